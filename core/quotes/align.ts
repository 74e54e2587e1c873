/**
 * Semi-global alignment: the whole of `pattern` (a quotation as a draft has
 * it) against the best-matching passage of `text` (a library quotation),
 * with unit costs for a changed, an added and a dropped character. The
 * passage may start and end anywhere in `text`, so quoting part of a longer
 * library text costs nothing.
 */
export type AlignOp =
  | { kind: 'same'; p: number; t: number }
  | { kind: 'changed'; p: number; t: number }
  /** A character the draft has and the library text does not. */
  | { kind: 'added'; p: number }
  /** A library character the draft dropped. */
  | { kind: 'dropped'; t: number };

export interface Alignment {
  /** Number of changed, added and dropped characters. */
  distance: number;
  /** The aligned passage of `text`: [textStart, textEnd). */
  textStart: number;
  textEnd: number;
  ops: AlignOp[];
}

/** Larger problems are refused rather than slowing a check down (a quotation is short). */
export const MAX_ALIGNMENT_CELLS = 4_000_000;

const FROM_DIAGONAL = 0;
const FROM_ABOVE = 1; // consumed a pattern character only: added in the draft
const FROM_LEFT = 2; // consumed a text character only: dropped from the draft

/**
 * The best alignment, or undefined when it would cost more than
 * `maxDistance` (checked row by row, so an unrelated text is given up on
 * early) or the problem is too large.
 */
export function alignWithin(pattern: string, text: string, maxDistance = Number.POSITIVE_INFINITY): Alignment | undefined {
  const m = pattern.length;
  const n = text.length;
  if ((m + 1) * (n + 1) > MAX_ALIGNMENT_CELLS) return undefined;
  const width = n + 1;
  const from = new Uint8Array((m + 1) * width);
  let previous = new Uint32Array(width); // row 0: the passage may start anywhere, for free
  let current = new Uint32Array(width);
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    from[i * width] = FROM_ABOVE;
    let rowMinimum = i;
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const diagonal = (previous[j - 1] ?? 0) + (p === text.charCodeAt(j - 1) ? 0 : 1);
      const above = (previous[j] ?? 0) + 1;
      const left = (current[j - 1] ?? 0) + 1;
      // Prefer the diagonal on ties: a changed character reads better than a drop plus an add.
      let best = diagonal;
      let direction = FROM_DIAGONAL;
      if (above < best) {
        best = above;
        direction = FROM_ABOVE;
      }
      if (left < best) {
        best = left;
        direction = FROM_LEFT;
      }
      current[j] = best;
      from[i * width + j] = direction;
      if (best < rowMinimum) rowMinimum = best;
    }
    // Costs never fall from one row to the next: past the limit here, past it at the end.
    if (rowMinimum > maxDistance) return undefined;
    [previous, current] = [current, previous];
  }
  // The passage may end anywhere: take the cheapest end, the earliest on ties.
  let end = 0;
  for (let j = 1; j <= n; j++) if ((previous[j] ?? 0) < (previous[end] ?? 0)) end = j;
  const distance = previous[end] ?? 0;
  if (distance > maxDistance) return undefined;
  return { distance, ...traceBack(from, width, pattern, text, m, end) };
}

function traceBack(
  from: Uint8Array,
  width: number,
  pattern: string,
  text: string,
  m: number,
  end: number,
): { textStart: number; textEnd: number; ops: AlignOp[] } {
  const ops: AlignOp[] = [];
  let i = m;
  let j = end;
  while (i > 0) {
    const direction = j === 0 ? FROM_ABOVE : from[i * width + j];
    if (direction === FROM_DIAGONAL) {
      const kind = pattern.charCodeAt(i - 1) === text.charCodeAt(j - 1) ? 'same' : 'changed';
      ops.push({ kind, p: i - 1, t: j - 1 });
      i--;
      j--;
    } else if (direction === FROM_ABOVE) {
      ops.push({ kind: 'added', p: i - 1 });
      i--;
    } else {
      ops.push({ kind: 'dropped', t: j - 1 });
      j--;
    }
  }
  ops.reverse();
  return { textStart: j, textEnd: end, ops };
}
