import { GaojiangError } from '../core/errors.js';
import { exportFileName } from '../core/file-name.js';

/** A .docx larger than this is not something we produced. */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

/** Checks the renderer's (untrusted) saveExport arguments; the name becomes a safe `*.docx` file name. */
export function parseSaveExportArgs(args: unknown[]): { bytes: Uint8Array; fileName: string } {
  const [bytes, suggestedName] = args;
  if (!(bytes instanceof Uint8Array) || bytes.length === 0 || bytes.length > MAX_EXPORT_BYTES) {
    throw new GaojiangError('invalid-input', '要保存的文件内容无效。', 'saveExport: bytes missing, empty or too large');
  }
  if (typeof suggestedName !== 'string' || suggestedName.length > 1_000) {
    throw new GaojiangError('invalid-input', '要保存的文件名无效。', 'saveExport: bad suggested name');
  }
  return { bytes, fileName: exportFileName(suggestedName) };
}
