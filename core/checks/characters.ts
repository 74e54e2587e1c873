/**
 * Character classes shared by the checks. “Chinese” means a Han character
 * or a Chinese (full-width) punctuation mark: the neighbours that make a
 * half-width mark wrong. The corpus test spells the same set out on its own.
 */
const HAN_RANGES = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** CJK symbols (、。《》「」【】…, not the ideographic space), full-width forms, small and vertical forms, curly quotes, ellipsis, dash. */
const CHINESE_PUNCT_RANGES = '\\u3001-\\u303f\\uff01-\\uff65\\ufe10-\\ufe6b“”‘’…—';

export const HAN = `[${HAN_RANGES}]`;
export const CHINESE = `[${HAN_RANGES}${CHINESE_PUNCT_RANGES}]`;

const hanTest = new RegExp(`^${HAN}$`);
const chineseTest = new RegExp(`^${CHINESE}$`);

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && hanTest.test(ch);
}

export function isChinese(ch: string | undefined): boolean {
  return ch !== undefined && chineseTest.test(ch);
}

/** Spaces typed inside a line: ASCII, ideographic, no-break, tab. */
export const INLINE_SPACE = '[ \\t\\u00a0\\u3000]';

/** Characters that count towards a phrase's length: Han, Latin letters, digits. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && (isHan(ch) || /^[A-Za-z0-9\uff10-\uff19]$/.test(ch));
}

/** How many word characters `text` has (punctuation and spaces are not counted). */
export function wordLength(text: string): number {
  let n = 0;
  for (const ch of text) if (isWordChar(ch)) n++;
  return n;
}
