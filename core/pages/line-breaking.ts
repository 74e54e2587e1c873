import { A4_PAGE, CHARACTER_SPACING, PAGE_MARGINS, TITLE_SIZE } from '../export/page-layout.js';

/**
 * How many lines a paragraph takes and where they break, estimated the way LibreOffice and Word
 * break Chinese text: a greedy fill of the type area's width with
 * 禁则 (no ，。” at a line's start, no “（ at its end) and hanging ，。、
 * (they may stand in the right margin). The page view (core/pages/paginate.ts) and the compilation's
 * table of contents use it to know on which page each paragraph starts
 * before any word processor has laid the document out.
 *
 * Limits: Latin letters and digits are measured with Times New Roman's
 * widths; a machine that substitutes another font (LibreOffice without the
 * font, e.g. DejaVu Serif, is ~25 % wider for digits) can break a line
 * with many digits one character earlier. Kerning and justification never
 * change where a line breaks on the grid, so Chinese text is exact.
 */

/** Width of the type area in twips (156 mm). */
export const TYPE_AREA_WIDTH = A4_PAGE.width - PAGE_MARGINS.left - PAGE_MARGINS.right;

/** Characters that may not start a line (GB/T 15834 and the renderers' zh-CN 禁则 lists). */
const NO_LINE_START = new Set([...'，。、；：？！”’）》」』】〕〗〉…—·～%,.;:?!)]}’”']);
/** Characters that may not end a line. */
const NO_LINE_END = new Set([...'“‘（《「『【〔〖〈([{']);
/** Punctuation allowed to hang into the right margin instead of moving to the next line. */
const HANGING = new Set([...'，。、．,.']);

/**
 * Times New Roman advance widths (thousandths of an em) for printable ASCII,
 * from space (0x20) to tilde (0x7e).
 */
// prettier-ignore
const TIMES_WIDTHS = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, // space ! " # $ % & ' ( ) * + , - . /
  500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0-9 : ; < = > ?
  921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @ A-O
  556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P-Z [ \ ] ^ _
  333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // ` a-o
  500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,      // p-z { | } ~
];

/** Width of one character in thousandths of an em: full width for everything set in the East Asian font. */
function charWidthMilli(code: number): number {
  if (code >= 0x20 && code <= 0x7e) return TIMES_WIDTHS[code - 0x20] ?? 500;
  // Latin-1 and other alphabetic scripts: an average Latin letter. · (U+00B7) is set in the East Asian font (hint).
  if (code < 0x2000 && code !== 0xb7) return 500;
  return 1000;
}

/**
 * The space word processors add between Chinese and a Latin letter or digit
 * (Word's and LibreOffice's autospace, w:autoSpaceDE/DN): measured in
 * LibreOffice as a fifth of an em.
 */
const AUTOSPACE_MILLI = 200;
const isHanOrFullWidth = (char: string): boolean => charWidthMilli(char.codePointAt(0) ?? 0) === 1000;
// By code, not a regular expression: called for every character of a 5,000-page 汇编.
const isLatinOrDigit = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
};

const OPENING_QUOTES = new Set([...'“‘']);
const CLOSING_QUOTES = new Set([...'”’']);
/**
 * What LibreOffice adds around a curly quotation mark set in the Chinese
 * font, measured (eval:pages and its probes): about 3 % of an em per mark,
 * except for a paragraph's first character and a closing mark directly
 * followed by an opening one (”“), which cost nothing extra.
 */
const QUOTE_EXTRA_MILLI = 30;
const WEAK_PUNCTUATION = new Set([...',.;:!?%']);
const WEAK_EXTRA_MILLI = 40;

/**
 * Width added before each character beyond its own advance, thousandths of
 * an em: autospace where Chinese meets a Latin letter or digit, and the
 * quotation marks' extra.
 */
function extraWidthsMilli(chars: readonly string[]): Float64Array {
  // One pass over codes (called for every character of a 5,000-page 汇编).
  const extras = new Float64Array(chars.length);
  let beforeHan = false;
  let beforeLatin = false;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    const han = charWidthMilli(char.codePointAt(0) ?? 0) === 1000;
    const latin = isLatinOrDigit(char);
    let extra = 0;
    if (i > 0 && ((beforeHan && latin) || (beforeLatin && han))) extra += AUTOSPACE_MILLI;
    if (i > 0 && OPENING_QUOTES.has(char) && !CLOSING_QUOTES.has(chars[i - 1] ?? '')) extra += QUOTE_EXTRA_MILLI;
    if (CLOSING_QUOTES.has(char) && !OPENING_QUOTES.has(chars[i + 1] ?? '')) extra += QUOTE_EXTRA_MILLI;
    // Half-width punctuation between Chinese characters (pasted text): the same extra.
    if (i > 0 && beforeHan && WEAK_PUNCTUATION.has(char)) extra += WEAK_EXTRA_MILLI;
    extras[i] = extra;
    beforeHan = han;
    beforeLatin = latin;
  }
  return extras;
}

/** The width of `text` on one line, in twips, at `size` half-points (grid character spacing and autospace included). */
export function textWidth(text: string, size: number): number {
  const chars = [...text];
  return chars.reduce((width, char, i) => {
    const before = chars[i - 1];
    const autospace = before && ((isHanOrFullWidth(before) && isLatinOrDigit(char)) || (isLatinOrDigit(before) && isHanOrFullWidth(char)));
    return width + ((charWidthMilli(char.codePointAt(0) ?? 0) + (autospace ? AUTOSPACE_MILLI : 0)) * size * 10) / 1000 + CHARACTER_SPACING;
  }, 0);
}

/** Letters, digits and the marks inside a number (14.6): a run of them is not broken. */
const isWordChar = (char: string): boolean => /[A-Za-z0-9.%]/.test(char);

export interface LineMetrics {
  /** Font size in half-points. */
  size: number;
  /** Width available to the lines, twips. */
  width: number;
  /** First-line indent, twips. */
  firstLineIndent: number;
}

/** A title line: 二号, centred over the full type area. */
export const TITLE_LINE: LineMetrics = { size: TITLE_SIZE, width: TYPE_AREA_WIDTH, firstLineIndent: 0 };

/** Body text: 三号 with a two-character first-line indent, the full type area. */
export const BODY_LINE: LineMetrics = { size: 32, width: TYPE_AREA_WIDTH, firstLineIndent: 640 };

/**
 * Where `text` breaks into lines: the index (in code points) just past each
 * line's last character, the last one being the text's length. An empty
 * paragraph still takes its line: [0].
 */
export function lineEnds(text: string, metrics: LineMetrics = BODY_LINE): number[] {
  const chars = [...text];
  if (chars.length === 0) return [0];
  const emTwips = metrics.size * 10;
  const widths = new Float64Array(chars.length);
  const extras = extraWidthsMilli(chars);
  for (let i = 0; i < chars.length; i++) {
    widths[i] = (charWidthMilli(chars[i]?.codePointAt(0) ?? 0) * emTwips) / 1000 + CHARACTER_SPACING;
    extras[i] = ((extras[i] ?? 0) * emTwips) / 1000;
  }
  const ends: number[] = [];
  let start = 0;
  while (start < chars.length) {
    const available = metrics.width - (ends.length === 0 ? metrics.firstLineIndent : 0);
    start = lineEnd(chars, widths, extras, start, available);
    ends.push(start);
  }
  return ends;
}

/** `text` broken into its printed lines (one empty line for an empty text). */
export function breakLines(text: string, metrics: LineMetrics = BODY_LINE): string[] {
  const chars = [...text];
  let start = 0;
  return lineEnds(text, metrics).map((end) => {
    const line = chars.slice(start, end).join('');
    start = end;
    return line;
  });
}

/**
 * The number of lines `text` breaks into (at least 1: an empty paragraph
 * still takes its line).
 */
export function countLines(text: string, metrics: LineMetrics = BODY_LINE): number {
  return lineEnds(text, metrics).length;
}

/** Index just past the last character of the line that starts at `start`. */
function lineEnd(chars: readonly string[], widths: Float64Array, extras: Float64Array, start: number, available: number): number {
  // The first character of a line has no space before it (autospace is between characters on one line).
  let used = -(extras[start] ?? 0);
  let end = start;
  while (end < chars.length && used + (widths[end] ?? 0) + (extras[end] ?? 0) <= available) {
    used += (widths[end] ?? 0) + (extras[end] ?? 0);
    end++;
  }
  if (end >= chars.length) return chars.length;
  if (end === start) return start + 1; // a character wider than the line: it takes the line alone
  if (HANGING.has(chars[end] ?? '')) return end + 1;
  let breakAt = end;
  // Step back until the break is allowed on both sides; never leave the line empty.
  while (breakAt > start + 1 && !breakAllowed(chars[breakAt - 1] ?? '', chars[breakAt] ?? '')) breakAt--;
  return breakAt;
}

/** Whether a line may end between `before` and `after` (禁则, and no break inside a Latin word or a number). */
export function breakAllowed(before: string, after: string): boolean {
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false;
  // A Latin word or a number is not broken.
  return !(isWordChar(before) && isWordChar(after));
}
