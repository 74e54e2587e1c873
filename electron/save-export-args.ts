import { exportFileName } from '../core/file-name.js';
import { PLATFORM_CHANNELS } from '../core/services/bridge.js';
import { parsePlatformArgs } from './platform-args.js';

export { MAX_EXPORT_BYTES } from './platform-args.js';

/** Checks the renderer's (untrusted) saveExport arguments; the name becomes a safe `*.docx` file name. */
export function parseSaveExportArgs(args: unknown[]): { bytes: Uint8Array; fileName: string } {
  const [bytes, suggestedName] = parsePlatformArgs(PLATFORM_CHANNELS.saveExport, args, '要保存的文件内容或文件名无效。');
  return { bytes, fileName: exportFileName(suggestedName) };
}
