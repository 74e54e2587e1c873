import { BREAK } from './similarity-normalize.js';

/**
 * Exact shared passages between two normalized texts, grown from seeds
 * (positions where both texts hold the same shingle): each seed is
 * extended left and right while the characters agree, giving the maximal
 * common run through it. Seeds on the same run give it once.
 */
export interface SharedRun {
  /** Start in text A's and text B's normalized codes. */
  a: number;
  b: number;
  length: number;
}

export function growSeeds(a: Int32Array, b: Int32Array, seeds: readonly (readonly [number, number])[], k: number): SharedRun[] {
  const runs: SharedRun[] = [];
  const seen = new Set<number>();
  for (const [seedA, seedB] of seeds) {
    // Seeds inside a run already grown (many shingles of one copied paragraph) need no work.
    if (runs.some((run) => seedA - seedB === run.a - run.b && seedA >= run.a && seedA < run.a + run.length)) continue;
    // The shingle hashes matched; the characters may not (a hash collision).
    let same = true;
    for (let j = 0; j < k && same; j++) same = a[seedA + j] === b[seedB + j];
    if (!same) continue;
    let start = 0;
    while (seedA - start > 0 && seedB - start > 0 && a[seedA - start - 1] === b[seedB - start - 1] && a[seedA - start - 1] !== BREAK) start++;
    const runA = seedA - start;
    const runB = seedB - start;
    // A run is identified by where it starts in both texts: one key per diagonal and start.
    const key = runA * 0x100000 + runB;
    if (seen.has(key)) continue;
    seen.add(key);
    let length = start + k;
    while (runA + length < a.length && runB + length < b.length && a[runA + length] === b[runB + length] && a[runA + length] !== BREAK) length++;
    runs.push({ a: runA, b: runB, length });
  }
  return runs;
}

/** How many positions of [start, start + length) count as evidence of copying: those outside set phrases. */
export function evidenceChars(setPhraseMask: Uint8Array, start: number, length: number): number {
  let evidence = 0;
  for (let i = start; i < start + length; i++) if (setPhraseMask[i] === 0) evidence++;
  return evidence;
}

/** 1 at every position covered by one of the phrases (as normalized codes). */
export function setPhraseMask(codes: Int32Array, phrases: readonly Int32Array[]): Uint8Array {
  const mask = new Uint8Array(codes.length);
  for (const phrase of phrases) {
    const first = phrase[0];
    if (first === undefined) continue;
    for (let i = codes.indexOf(first); i !== -1 && i + phrase.length <= codes.length; i = codes.indexOf(first, i + 1)) {
      let match = true;
      for (let j = 1; j < phrase.length && match; j++) match = codes[i + j] === phrase[j];
      if (match) mask.fill(1, i, i + phrase.length);
    }
  }
  return mask;
}
