import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { GaojiangError } from '../errors.js';
import { importDocument, type ImportDocumentOptions, type ImportSource } from '../import/import-document.js';
import type { ImportResult } from '../import/import-text.js';
import { fileError } from './file-system.js';
import { decodeChineseTextDetected } from './text-file.js';

/**
 * Importing a file from disk: the one place the import touches the file
 * system. It reads exactly the file named — nothing beside it, so a .docx
 * that links a picture to an outside file cannot make 稿匠 read that file —
 * and hands the content to the pure `importDocument`.
 */

/** Material larger than this is refused before reading (a long speech as .docx is well under 1 MB). */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;

const DOCX = new Set(['.docx', '.docm', '.dotx']);
const HTML = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT = new Set(['.txt', '.text', '.md']);

/** Old or foreign formats named by extension, with what to do instead. */
const UNSUPPORTED: Record<string, string> = {
  '.doc': '稿匠不能直接导入旧版 Word 文档（.doc）。请在 Word 或 WPS 中打开，“另存为” .docx 后再导入。',
  '.wps': '稿匠不能直接导入 WPS 文字文档（.wps）。请在 WPS 中“另存为” .docx 后再导入。',
  '.pdf': '稿匠不能导入 PDF。请复制其中的文字后粘贴导入，或先转换为 .docx。',
  '.rtf': '稿匠不能导入 RTF 文件。请在 Word 或 WPS 中“另存为” .docx 后再导入。',
  '.odt': '稿匠不能导入 .odt 文档。请在 WPS 或 LibreOffice 中“另存为” .docx 后再导入。',
};

export async function readImportSource(filePath: string): Promise<ImportSource> {
  const name = path.basename(filePath);
  const extension = path.extname(filePath).toLowerCase();
  const unsupported = UNSUPPORTED[extension];
  if (unsupported) throw new GaojiangError('invalid-input', unsupported, `unsupported import format ${extension}`);
  const info = await stat(filePath).catch((error: NodeJS.ErrnoException) => {
    throw fileError(error, filePath);
  });
  if (!info.isFile()) throw new GaojiangError('file-unreadable', `“${name}”不是文件。`, `not a file: ${filePath}`);
  if (info.size > MAX_IMPORT_FILE_BYTES) {
    throw new GaojiangError('file-too-large', `“${name}”过大（超过 50 MB），无法导入。`, `import file too large: ${filePath}`);
  }
  const bytes = new Uint8Array(
    await readFile(filePath).catch((error: NodeJS.ErrnoException) => {
      throw fileError(error, filePath);
    }),
  );
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (DOCX.has(extension) || (isZip && !TEXT.has(extension) && !HTML.has(extension))) return { kind: 'docx', bytes };
  const { text, encoding } = decodeChineseTextDetected(bytes);
  if (HTML.has(extension) || (!TEXT.has(extension) && /^\s*(?:<!doctype html|<html[\s>])/i.test(text))) {
    return { kind: 'html', html: text, encoding };
  }
  return { kind: 'text', text, encoding };
}

/** Imports the file at `filePath`; the file name (without extension) is the title when the text has none. */
export async function importFile(filePath: string, options: ImportDocumentOptions = {}): Promise<ImportResult> {
  const source = await readImportSource(filePath);
  const fallbackTitle = options.fallbackTitle ?? path.basename(filePath, path.extname(filePath));
  return importDocument(source, { ...options, fallbackTitle });
}
