import { GaojiangError } from '../../../../core/errors.js';
import { checkMaterialName, materialKind } from '../../../../core/import/material-kind.js';
import type { ServiceInput } from '../../../../core/services/contract.js';
import { decodeChineseBytes, type DecodedText } from '../../../../core/import/text-encoding.js';

export type MaterialSource = ServiceInput<'importMaterial'>['source'];

/** The service refuses more than this; saying so before reading the file spares the wait. */
const MAX_MATERIAL_BYTES = 50 * 1024 * 1024;

export interface Material {
  name: string;
  source: MaterialSource;
  /** How a text file or web page was decoded, shown in the preview. */
  decoded?: Omit<DecodedText, 'text'>;
}

/**
 * A file the user picked, as the importMaterial service takes it: a Word
 * document's bytes, or a text file or web page decoded by the one decoder
 * the CLI uses too (UTF-8, GBK/GB18030, UTF-16; mojibake refused).
 */
export async function readMaterialFile(file: File): Promise<Material> {
  checkMaterialName(file.name);
  if (file.size > MAX_MATERIAL_BYTES) {
    throw new GaojiangError('file-too-large', `“${file.name}”过大（超过 50 MB），无法导入。`, `import upload of ${file.size} bytes refused`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let decoded: DecodedText | undefined;
  const decode = () => (decoded ??= decodeChineseBytes(bytes));
  const kind = materialKind(file.name, bytes, () => decode().text);
  if (kind === 'docx') return { name: file.name, source: { kind: 'docx', bytes } };
  const { text, ...how } = decode();
  return { name: file.name, decoded: how, source: kind === 'html' ? { kind: 'html', html: text } : { kind: 'text', text } };
}

export function pastedMaterial(text: string): Material {
  return { name: '粘贴的文字', source: { kind: 'paste', text } };
}
