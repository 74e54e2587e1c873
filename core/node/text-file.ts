import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { GaojiangError } from '../errors.js';
import { decodeChineseBytes } from '../import/text-encoding.js';
import { fileError } from './file-system.js';

/** Text material larger than this is refused (a long speech is ~50 KB). */
export const MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Reads a text file written by any Chinese office machine: UTF-8 (with or
 * without BOM), GB18030/GBK (Notepad's “ANSI”), UTF-16 (Notepad's “Unicode”).
 */
export async function readChineseTextFile(filePath: string): Promise<string> {
  const info = await stat(filePath).catch((error: NodeJS.ErrnoException) => {
    throw fileError(error, filePath);
  });
  if (info.isDirectory()) {
    throw new GaojiangError('file-unreadable', `“${path.basename(filePath)}”是文件夹，不是文件。`, `is a directory: ${filePath}`);
  }
  if (info.size > MAX_TEXT_FILE_BYTES) {
    throw new GaojiangError('file-too-large', `“${path.basename(filePath)}”过大（超过 50 MB），无法导入。`, `text file too large: ${filePath}`);
  }
  const bytes = await readFile(filePath).catch((error: NodeJS.ErrnoException) => {
    throw fileError(error, filePath);
  });
  return decodeChineseText(bytes);
}

/** The text of a file's bytes, in whichever encoding it was written (core/import/text-encoding.ts); mojibake is refused. */
export function decodeChineseText(bytes: Uint8Array): string {
  return decodeChineseBytes(bytes).text;
}
