import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { GaojiangError } from '../errors.js';
import type { ImportDocumentOptions, ImportSource } from '../import/import-document.js';
import { checkMaterialName, materialKind } from '../import/material-kind.js';
import type { ImportResult } from '../import/import-text.js';
import { fileError } from './file-system.js';
import { importIsolated } from './isolated-import.js';
import { decodeChineseTextDetected } from './text-file.js';

/**
 * Importing a file from disk: the one place the import touches the file
 * system. It reads exactly the file named — nothing beside it, so a .docx
 * that links a picture to an outside file cannot make 稿匠 read that file —
 * and hands the content to the pure `importDocument`, run in a worker with
 * capped memory and time (isolated-import.ts).
 */

/** Material larger than this is refused before reading (a long speech as .docx is well under 1 MB). */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;

export async function readImportSource(filePath: string): Promise<ImportSource> {
  const name = path.basename(filePath);
  checkMaterialName(name);
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
  let decoded: ReturnType<typeof decodeChineseTextDetected> | undefined;
  const decode = () => (decoded ??= decodeChineseTextDetected(bytes));
  const kind = materialKind(name, bytes, () => decode().text);
  if (kind === 'docx') return { kind: 'docx', bytes };
  const { text, encoding } = decode();
  return kind === 'html' ? { kind: 'html', html: text, encoding } : { kind: 'text', text, encoding };
}

/** Imports the file at `filePath`; the file name (without extension) is the title when the text has none. */
export async function importFile(filePath: string, options: ImportDocumentOptions = {}): Promise<ImportResult> {
  const source = await readImportSource(filePath);
  const fallbackTitle = options.fallbackTitle ?? path.basename(filePath, path.extname(filePath));
  return importIsolated(source, { ...options, fallbackTitle });
}
