import { charCount, hasSentenceEnd } from './text-shape.js';

/**
 * The end of a speech: the closing pledge paragraph and the signature
 * (unit, name, date) lines.
 */
const DATE = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?$/;
const MAX_SIGNATURE_CHARS = 30;

export const isDateLine = (text: string): boolean => DATE.test(text);

/**
 * How many lines at the end of `texts` are the signature: a date line last,
 * and up to two short lines (unit, name) right before it.
 */
export function signatureLength(texts: readonly string[]): number {
  const last = texts[texts.length - 1];
  if (last === undefined || !isDateLine(last)) return 0;
  let count = 1;
  while (count < 3) {
    const before = texts[texts.length - 1 - count];
    if (before === undefined || charCount(before) > MAX_SIGNATURE_CHARS || hasSentenceEnd(before) || /[，,]/.test(before)) break;
    count++;
  }
  // Never take the whole text for a signature.
  return count >= texts.length ? 0 : count;
}

/** Openings and phrases of a closing pledge paragraph. */
const CLOSING_OPENINGS = /^(?:总之|总而言之|综上所述|新时代新征程|新征程上|站在新的起点|展望未来|让我们|今后|下一步|在今后的工作中|我们将|我将|我们要以|我们一定)/;
const CLOSING_PHRASES = /以上是我的|以上发言|不当之处|不妥之处|批评指正|谢谢大家/;

export function isClosingParagraph(text: string): boolean {
  return hasSentenceEnd(text) && (CLOSING_OPENINGS.test(text) || CLOSING_PHRASES.test(text));
}
