import { GaojiangError } from '../../../../core/errors.js';
import { checkMaterialName, materialKind } from '../../../../core/import/material-kind.js';
import type { ServiceInput } from '../../../../core/services/contract.js';

export type MaterialSource = ServiceInput<'importMaterial'>['source'];

/** The service refuses more than this; saying so before reading the file spares the wait. */
const MAX_MATERIAL_BYTES = 50 * 1024 * 1024;

export interface Material {
  name: string;
  source: MaterialSource;
  /** How a text file was decoded, to show when it was not UTF-8. */
  encoding?: 'utf-8' | 'gb18030';
}

/**
 * A file the user picked, as the importMaterial service takes it: a Word
 * document's bytes, or a text file or web page decoded (UTF-8, else GB18030,
 * which reads the GBK files Windows Notepad long saved by default).
 */
export async function readMaterialFile(file: File): Promise<Material> {
  checkMaterialName(file.name);
  if (file.size > MAX_MATERIAL_BYTES) {
    throw new GaojiangError('file-too-large', `“${file.name}”过大（超过 50 MB），无法导入。`, `import upload of ${file.size} bytes refused`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let decoded: { text: string; encoding: 'utf-8' | 'gb18030' } | undefined;
  const decode = () => (decoded ??= decodeText(bytes));
  const kind = materialKind(file.name, bytes, () => decode().text);
  if (kind === 'docx') return { name: file.name, source: { kind: 'docx', bytes } };
  const { text, encoding } = decode();
  return { name: file.name, encoding, source: kind === 'html' ? { kind: 'html', html: text } : { kind: 'text', text } };
}

export function pastedMaterial(text: string): Material {
  return { name: '粘贴的文字', source: { kind: 'paste', text } };
}

function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
