import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { GaojiangError } from '../errors.js';
import { fileError } from './file-system.js';

/** Text material larger than this is refused (a long speech is ~50 KB). */
export const MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Reads a text file written by any Chinese office machine: UTF-8 (with or
 * without BOM), or GB18030/GBK, which Windows Notepad long saved by default.
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

export function decodeChineseText(bytes: Uint8Array): string {
  return decodeChineseTextDetected(bytes).text;
}

/**
 * The text and the encoding it was read in: UTF-8 when the bytes are UTF-8,
 * else GB18030 (a superset of GBK). A UTF-8 file with a few damaged bytes
 * stays UTF-8, the damaged ones shown as U+FFFD — read as GB18030 it would
 * turn every character into another — as long as they are under 1 % of its
 * non-ASCII characters. GBK text read as UTF-8 fails on nearly every one.
 */
export function decodeChineseTextDetected(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not wholly UTF-8: damaged UTF-8, or GBK.
  }
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  let damaged = 0;
  let valid = 0;
  for (let i = 0; i < utf8.length; i++) {
    const code = utf8.charCodeAt(i);
    if (code === 0xfffd) damaged++;
    else if (code > 0x7f) valid++;
  }
  if (damaged * 100 <= valid) return { text: utf8, encoding: 'utf-8' };
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}
