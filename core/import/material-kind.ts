import { GaojiangError } from '../errors.js';
import { ownValue } from '../own-key.js';

/**
 * Which import source a file is, judged by its name (and, for a file with
 * an unknown extension, its first bytes). Shared by the Node reader and the
 * app's 导入 dialog, so both accept and refuse the same files.
 */
export type MaterialKind = 'docx' | 'html' | 'text';

const DOCX = new Set(['.docx', '.docm', '.dotx']);
const HTML = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT = new Set(['.txt', '.text', '.md']);

/** What the file chooser offers. */
export const MATERIAL_FILE_ACCEPT = [...DOCX, ...HTML, ...TEXT].join(',');

/** Old or foreign formats named by extension, with what to do instead. */
const UNSUPPORTED: Record<string, string> = {
  '.doc': '稿匠不能直接导入旧版 Word 文档（.doc）。请在 Word 或 WPS 中打开，“另存为” .docx 后再导入。',
  '.wps': '稿匠不能直接导入 WPS 文字文档（.wps）。请在 WPS 中“另存为” .docx 后再导入。',
  '.pdf': '稿匠不能导入 PDF。请复制其中的文字后粘贴导入，或先转换为 .docx。',
  '.rtf': '稿匠不能导入 RTF 文件。请在 Word 或 WPS 中“另存为” .docx 后再导入。',
  '.odt': '稿匠不能导入 .odt 文档。请在 WPS 或 LibreOffice 中“另存为” .docx 后再导入。',
};

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot).toLowerCase();
}

/** Refuses the formats 稿匠 cannot read, with what to do instead. */
export function checkMaterialName(fileName: string): void {
  const extension = extensionOf(fileName);
  const unsupported = ownValue(UNSUPPORTED, extension);
  if (unsupported) throw new GaojiangError('invalid-input', unsupported, `unsupported import format ${extension}`);
}

/** A zip is a Word document unless its name says text or web page; text that starts like HTML is a web page. */
export function materialKind(fileName: string, bytes: Uint8Array, decodedStart: () => string): MaterialKind {
  const extension = extensionOf(fileName);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (DOCX.has(extension) || (isZip && !TEXT.has(extension) && !HTML.has(extension))) return 'docx';
  if (HTML.has(extension) || (!TEXT.has(extension) && /^\s*(?:<!doctype html|<html[\s>])/i.test(decodedStart()))) return 'html';
  return 'text';
}
