import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { GaojiangError } from '../errors.js';
import type { ImportDocumentOptions, ImportSource } from '../import/import-document.js';
import { checkMaterialName, materialKind } from '../import/material-kind.js';
import type { ImportResult } from '../import/import-text.js';
import { fileError } from './file-system.js';
import { importIsolated } from './isolated-worker.js';
import { decodeChineseBytes, encodingNotes, type DecodedText } from '../import/text-encoding.js';
import { note } from '../import/notes.js';

/**
 * Importing a file from disk: the one place the import touches the file
 * system. It reads exactly the file named — nothing beside it, so a .docx
 * that links a picture to an outside file cannot make 稿匠 read that file —
 * and hands the content to the pure `importDocument`, run in a worker with
 * capped memory and time (isolated-worker.ts).
 */

/** Material larger than this is refused before reading (a long speech as .docx is well under 1 MB). */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;

/** A material file's content, and for a text file or web page how its bytes were decoded. */
export async function readImportSource(filePath: string): Promise<{ source: ImportSource; decoded?: DecodedText }> {
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
  let decoded: DecodedText | undefined;
  const decode = () => (decoded ??= decodeChineseBytes(bytes));
  const kind = materialKind(name, bytes, () => decode().text);
  if (kind === 'docx') return { source: { kind: 'docx', bytes } };
  const { text, encoding } = decode();
  return { source: kind === 'html' ? { kind: 'html', html: text, encoding } : { kind: 'text', text, encoding }, decoded: decode() };
}

/**
 * Imports the file at `filePath`. A Word document without a title line is titled by its file name; a
 * text or web page never is (a saved page's name is the site's, 'index', '2271350'): its title is the one
 * found above the article, or empty with a note asking for one. A text file's notes begin with how it
 * was decoded (its encoding, a cut-off last character, damaged bytes).
 */
export async function importFile(filePath: string, options: ImportDocumentOptions = {}): Promise<ImportResult> {
  const { source, decoded } = await readImportSource(filePath);
  if (source.kind !== 'docx') return withEncodingNotes(await importIsolated(source, options), decoded);
  const fallbackTitle = options.fallbackTitle ?? path.basename(filePath, path.extname(filePath));
  return importIsolated(source, { ...options, fallbackTitle });
}

function withEncodingNotes(result: ImportResult, decoded: DecodedText | undefined): ImportResult {
  if (!decoded) return result;
  return { ...result, notes: [...encodingNotes(decoded).map((message) => note('info', message)), ...result.notes] };
}
