import { BREAK } from './similarity-normalize.js';

/**
 * Winnowing (Schleimer, Wilkerson, Aiken 2003): hash every k-character
 * shingle, keep the smallest hash of each window of w consecutive shingles.
 * Any passage two texts share of at least w + k − 1 characters contains a
 * window whose kept hash both texts keep, so comparing only the kept
 * hashes (about 2 / (w + 1) of the shingles) finds every such passage.
 * A BREAK (an excluded quotation) ends a run: no shingle spans it.
 */
export interface Fingerprints {
  /** The kept hashes, in text order (typed arrays: a collection of 5,000 texts holds millions). */
  hashes: Uint32Array;
  /** positions[i]: the first character of hashes[i]'s shingle in the normalized codes. */
  positions: Int32Array;
}

const MULTIPLIER = 0x01000193;

/** The shingle hashes of one BREAK-free run [from, to) of codes, or none if it is shorter than k. */
function shingleHashes(codes: Int32Array, from: number, to: number, k: number): Uint32Array {
  const count = to - from - k + 1;
  if (count <= 0) return new Uint32Array(0);
  const hashes = new Uint32Array(count);
  // Polynomial hash of each shingle from scratch: k is ~10, and it stays exact (no rolling subtraction to get wrong).
  for (let i = 0; i < count; i++) {
    let hash = 0x811c9dc5;
    for (let j = 0; j < k; j++) hash = Math.imul(hash ^ (codes[from + i + j] ?? 0), MULTIPLIER);
    hashes[i] = hash >>> 0;
  }
  return hashes;
}

/** The winnowed fingerprints of a run: the rightmost smallest hash of each window, each kept once. */
function winnowRun(hashes: Uint32Array, offset: number, window: number, keep: (hash: number, position: number) => void): void {
  if (hashes.length === 0) return;
  const w = Math.min(window, hashes.length);
  let lastKept = -1;
  for (let end = w - 1; end < hashes.length; end++) {
    let min = end;
    for (let i = end - 1; i > end - w; i--) if ((hashes[i] ?? 0) < (hashes[min] ?? 0)) min = i;
    if (min !== lastKept) {
      keep(hashes[min] ?? 0, offset + min);
      lastKept = min;
    }
  }
}

export function fingerprints(codes: Int32Array, k: number, window: number): Fingerprints {
  const hashes: number[] = [];
  const positions: number[] = [];
  let runStart = 0;
  for (let i = 0; i <= codes.length; i++) {
    if (i === codes.length || codes[i] === BREAK) {
      winnowRun(shingleHashes(codes, runStart, i, k), runStart, window, (hash, position) => {
        hashes.push(hash);
        positions.push(position);
      });
      runStart = i + 1;
    }
  }
  return { hashes: Uint32Array.from(hashes), positions: Int32Array.from(positions) };
}
