import { breakAllowed, countLines, type LineMetrics } from '../pages/line-breaking.js';

/**
 * A display title (the cover's) split into lines of about equal length at
 * places a reader would pause — after ”, 、, a space or —— and before “ —
 * rather than wherever the line happens to fill up (学习“千万工程”“浦江经 /
 * 验”研讨……). Returns the title whole when it fits one line, or when no
 * split keeps every line within the width.
 */
const PAUSE_AFTER = new Set([...'”’、，：） ']);
const PAUSE_BEFORE = new Set([...'“‘（《']);

function breakScore(chars: readonly string[], at: number, ideal: number): number {
  const before = chars[at - 1] ?? '';
  const after = chars[at] ?? '';
  if (!breakAllowed(before, after)) return Number.POSITIVE_INFINITY;
  const pause = PAUSE_AFTER.has(before) || PAUSE_BEFORE.has(after) ? 0 : 3;
  return Math.abs(at - ideal) + pause;
}

export function balancedLines(text: string, metrics: LineMetrics): string[] {
  const chars = [...text.trim()];
  const lines = countLines(chars.join(''), metrics);
  if (lines <= 1) return [chars.join('')];
  const result: string[] = [];
  let start = 0;
  for (let line = 1; line < lines; line++) {
    const ideal = start + (chars.length - start) / (lines - line + 1);
    let best = -1;
    for (let at = start + 1; at < chars.length; at++) {
      if (countLines(chars.slice(start, at).join('').trim(), metrics) > 1) break;
      // On a tie the later break wins: a longer first line reads better than a long last one.
      if (best === -1 || breakScore(chars, at, ideal) <= breakScore(chars, best, ideal)) best = at;
    }
    if (best === -1 || !Number.isFinite(breakScore(chars, best, ideal))) return [chars.join('')];
    result.push(chars.slice(start, best).join('').trim());
    start = best;
  }
  const rest = chars.slice(start).join('').trim();
  if (countLines(rest, metrics) > 1) return [chars.join('')];
  return [...result, rest];
}
