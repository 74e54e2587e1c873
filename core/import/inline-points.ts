import { parseChineseNumeral } from '../model/chinese-numerals.js';

/**
 * Run-in points written inside one paragraph: “…在“成”上求果。一是完善工作
 * 机制。……二是搭建工作平台。……”. Each 一是/二是 that opens a sentence
 * becomes its own point so the draft can derive the labels.
 *
 * Conservative on purpose: a label counts only at the start of a sentence
 * (after 。！？, not after ：or ；, where 一是…；二是… is an enumeration
 * inside one sentence), outside quotation marks, and in sequence.
 */
const LABEL = /([一二三四五六七八九十]{1,3})是/g;

/**
 * Where the points start in `text`: the indices of their labels, for the
 * numbers `first`, `first + 1` … in order. Empty unless at least
 * `minimum` points are found.
 */
export function findInlinePointStarts(text: string, first: number, minimum: number): number[] {
  const starts: number[] = [];
  let expected = first;
  for (const match of text.matchAll(LABEL)) {
    const index = match.index ?? 0;
    if (parseChineseNumeral(match[1] ?? '') !== expected) continue;
    if (!opensSentence(text, index) || isInsideQuote(text, index)) continue;
    if (text.slice(index + match[0].length).trim() === '') continue;
    starts.push(index);
    expected++;
  }
  return starts.length >= minimum ? starts : [];
}

function opensSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/[”’」』）)\s]+$/, '');
  return before === '' || /[。！？!?]$/.test(before);
}

function isInsideQuote(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
}

/**
 * Splits `text` at the given label indices: the text before the first
 * label, then each point's text with its literal label removed.
 */
export function splitAtLabels(text: string, starts: readonly number[]): { before: string; points: string[] } {
  const before = text.slice(0, starts[0] ?? text.length);
  const points = starts.map((start, i) => {
    const end = starts[i + 1] ?? text.length;
    return text.slice(start, end).replace(/^[一二三四五六七八九十]{1,3}是/, '');
  });
  return { before, points };
}
