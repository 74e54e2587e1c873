import { wordsOf } from '../checks/words/segmenter.js';
import { breakAllowed, countLines, type LineMetrics } from '../pages/line-breaking.js';

/**
 * A title split into lines of about equal length (GB/T 9704 7.3.1: a
 * multi-line title is set as a 梯形 or 菱形, lines of similar length) at
 * places a reader would pause — after ”, 、, a space or —— and before “ —
 * rather than wherever the line happens to fill up (学习“千万工程”“浦江经 /
 * 验”研讨……), and never inside a word: with the word segmenter loaded
 * (jieba, core/checks/words/segmenter.ts) a line breaks only between its
 * words (深入学习 / 贯彻, not 深入学 / 习贯彻) unless no line can end between
 * words within the width. Returns the title whole when it fits one line, or when no split keeps every line within the width.
 */
const PAUSE_AFTER = new Set([...'”’、，：） ']);
const PAUSE_BEFORE = new Set([...'“‘（《']);
/** What breaking inside a word costs, in characters of imbalance: more than any line's worth of it. */
const INSIDE_WORD = 1_000;
/** A break between two of these is inside a run of Chinese text, where the segmenter knows the words. */
const isHan = (char: string): boolean => /\p{Script=Han}/u.test(char);

/** Character offsets (code points) at which a word starts, when the segmenter is loaded. */
function wordStarts(chars: readonly string[]): Set<number> | undefined {
  const text = chars.join('');
  const words = wordsOf(text);
  if (!words) return undefined;
  // jieba's offsets are UTF-16 units; titles are Han text, but convert anyway.
  const unitToChar = new Map<number, number>();
  let unit = 0;
  chars.forEach((char, i) => {
    unitToChar.set(unit, i);
    unit += char.length;
  });
  unitToChar.set(unit, chars.length);
  return new Set(words.map((word) => unitToChar.get(word.start)).filter((at): at is number => at !== undefined));
}

function breakScore(chars: readonly string[], at: number, ideal: number, words: Set<number> | undefined): number {
  const before = chars[at - 1] ?? '';
  const after = chars[at] ?? '';
  if (!breakAllowed(before, after)) return Number.POSITIVE_INFINITY;
  const pause = PAUSE_AFTER.has(before) || PAUSE_BEFORE.has(after) ? 0 : 3;
  // Inside a word only when no line can end between words (a 20-character term across the middle of the title).
  const insideWord = words && isHan(before) && isHan(after) && !words.has(at) ? INSIDE_WORD : 0;
  return Math.abs(at - ideal) + pause + insideWord;
}

/**
 * Where the lines of `text` (trimmed) break, as code-point offsets into the
 * trimmed text; [] when it stays one line (it fits, or no balanced split fits).
 */
export function balancedBreaks(text: string, metrics: LineMetrics): number[] {
  const chars = [...text.trim()];
  const lines = countLines(chars.join(''), metrics);
  if (lines <= 1) return [];
  const words = wordStarts(chars);
  const breaks: number[] = [];
  let start = 0;
  for (let line = 1; line < lines; line++) {
    const ideal = start + (chars.length - start) / (lines - line + 1);
    let best = -1;
    for (let at = start + 1; at < chars.length; at++) {
      if (countLines(chars.slice(start, at).join('').trim(), metrics) > 1) break;
      // The rest must still fit the lines left.
      if (countLines(chars.slice(at).join('').trim(), metrics) > lines - line) continue;
      // On a tie the later break wins: a longer first line reads better than a long last one.
      if (best === -1 || breakScore(chars, at, ideal, words) <= breakScore(chars, best, ideal, words)) best = at;
    }
    if (best === -1 || !Number.isFinite(breakScore(chars, best, ideal, words))) return [];
    breaks.push(best);
    start = best;
  }
  if (countLines(chars.slice(start).join('').trim(), metrics) > 1) return [];
  return breaks;
}

export function balancedLines(text: string, metrics: LineMetrics): string[] {
  const chars = [...text.trim()];
  const breaks = balancedBreaks(text, metrics);
  if (breaks.length === 0) return [chars.join('')];
  return [0, ...breaks].map((from, i) => chars.slice(from, breaks[i] ?? chars.length).join('').trim());
}

/**
 * The same breaks as UTF-16 offsets into `text` itself (untrimmed): where a
 * title paragraph gets its line breaks (w:br in the export, the editor's display).
 */
export function balancedBreakOffsets(text: string, metrics: LineMetrics): number[] {
  const lead = text.length - text.trimStart().length;
  const chars = [...text.trim()];
  return balancedBreaks(text, metrics).map((at) => lead + chars.slice(0, at).join('').length);
}
