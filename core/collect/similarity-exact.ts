import { fingerprints } from './similarity-fingerprints.js';
import { normalizeForComparison } from './similarity-normalize.js';
import { evidenceChars, growSeeds, type SharedRun } from './similarity-passages.js';
import {
  DEFAULT_THRESHOLD,
  fingerprintWindow,
  MIN_PASSAGE_CHARS,
  passageOf,
  prepareText,
  SHINGLE,
  type OverlapPassage,
  type Prepared,
  type SimilarityDocument,
  type SimilarityOptions,
  type SourceOverlap,
} from './similarity.js';
import { SET_PHRASES } from './set-phrases.js';

/**
 * The reference 查重: every pair of texts sharing a fingerprint is aligned
 * and every passage kept. Exact, but time, memory and result grow with the
 * square of how much is copied (a collection of 1,000 near-copies exhausts
 * the heap), so the app and the CLI use findSimilarity (similarity.ts); the
 * tests hold its rates to this one's.
 */
/** A shingle in more texts than this is a formula everybody writes, not evidence; it is not used as a seed. */
const MAX_SHINGLE_TEXTS = 400;

export interface ExactSubmissionSimilarity {
  id: string;
  name: string;
  chars: number;
  coveredChars: number;
  share: number;
  exceeds: boolean;
  /** Every text it shares passages with, largest share first. */
  sources: SourceOverlap[];
  /** In text order. */
  passages: OverlapPassage[];
}

export interface ExactSimilarityReport {
  threshold: number;
  minPassageChars: number;
  submissions: ExactSubmissionSimilarity[];
}

const phraseCodes = (phrases: readonly string[]): Int32Array[] =>
  phrases.map((phrase) => normalizeForComparison(phrase).codes).filter((codes) => codes.length > 0);

/** Pairs of texts (by index) sharing a fingerprint, with the shingle positions in both. Reference pairs are not compared. */
function seedsByPair(texts: readonly Prepared[], window: number): Map<number, [number, number][]> {
  const postings = new Map<number, number[]>();
  texts.forEach((text, index) => {
    const { hashes, positions } = fingerprints(text.normalized.codes, SHINGLE, window);
    hashes.forEach((hash, i) => {
      let list = postings.get(hash);
      if (!list) postings.set(hash, (list = []));
      list.push(index, positions[i] ?? 0);
    });
  });
  const pairs = new Map<number, [number, number][]>();
  for (const list of postings.values()) {
    if (list.length < 4 || list.length > 2 * MAX_SHINGLE_TEXTS) continue;
    for (let i = 0; i < list.length; i += 2) {
      for (let j = i + 2; j < list.length; j += 2) {
        const [x, y] = [list[i] ?? 0, list[j] ?? 0];
        if (x === y || (texts[x]?.kind === 'reference' && texts[y]?.kind === 'reference')) continue;
        const [first, second, p, q] = x < y ? [x, y, list[i + 1] ?? 0, list[j + 1] ?? 0] : [y, x, list[j + 1] ?? 0, list[i + 1] ?? 0];
        const key = first * texts.length + second;
        let seeds = pairs.get(key);
        if (!seeds) pairs.set(key, (seeds = []));
        seeds.push([p, q]);
      }
    }
  }
  return pairs;
}

interface Accumulator {
  covered: Uint8Array;
  passages: OverlapPassage[];
  bySource: Map<number, Uint8Array>;
}

function record(acc: Accumulator, self: Prepared, other: Prepared, otherIndex: number, run: SharedRun, selfStart: number, otherStart: number): void {
  acc.covered.fill(1, selfStart, selfStart + run.length);
  let perSource = acc.bySource.get(otherIndex);
  if (!perSource) acc.bySource.set(otherIndex, (perSource = new Uint8Array(self.normalized.codes.length)));
  perSource.fill(1, selfStart, selfStart + run.length);
  acc.passages.push(passageOf(self, other, selfStart, otherStart, run.length));
}

const countOnes = (flags: Uint8Array): number => flags.reduce((sum, flag) => sum + flag, 0);

export function findSimilarityExact(
  submissions: readonly SimilarityDocument[],
  references: readonly SimilarityDocument[] = [],
  options: SimilarityOptions = {},
): ExactSimilarityReport {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const minPassage = Math.max(SHINGLE, options.minPassageChars ?? MIN_PASSAGE_CHARS);
  const phrases = phraseCodes(options.setPhrases ?? SET_PHRASES);
  const texts = [...submissions.map((doc) => prepareText(doc, 'submission', phrases)), ...references.map((doc) => prepareText(doc, 'reference', phrases))];
  const accumulators: Accumulator[] = submissions.map((_, i) => ({
    covered: new Uint8Array(texts[i]?.normalized.codes.length ?? 0),
    passages: [],
    bySource: new Map(),
  }));

  for (const [key, seeds] of seedsByPair(texts, fingerprintWindow(minPassage))) {
    const x = Math.floor(key / texts.length);
    const y = key % texts.length;
    const [a, b] = [texts[x] as Prepared, texts[y] as Prepared];
    for (const run of growSeeds(a.normalized.codes, b.normalized.codes, seeds, SHINGLE)) {
      // Evidence counted on both sides: a set phrase is one in either text.
      if (run.length < minPassage || Math.min(evidenceChars(a.mask, run.a, run.length), evidenceChars(b.mask, run.b, run.length)) < minPassage) continue;
      if (accumulators[x]) record(accumulators[x], a, b, y, run, run.a, run.b);
      if (accumulators[y]) record(accumulators[y], b, a, x, run, run.b, run.a);
    }
  }

  return {
    threshold,
    minPassageChars: minPassage,
    submissions: submissions.map((doc, i): ExactSubmissionSimilarity => {
      const acc = accumulators[i] as Accumulator;
      const chars = texts[i]?.normalized.contentChars ?? 0;
      const coveredChars = countOnes(acc.covered);
      const share = chars === 0 ? 0 : coveredChars / chars;
      const sources = [...acc.bySource].map(([index, flags]): SourceOverlap => {
        const other = texts[index] as Prepared;
        const covered = countOnes(flags);
        const id = other.doc.id;
        return { id, name: other.doc.name, kind: other.kind, chars: covered, share: chars === 0 ? 0 : covered / chars, passages: acc.passages.filter((p) => p.otherId === id).length };
      });
      return {
        id: doc.id,
        name: doc.name,
        chars,
        coveredChars,
        share,
        exceeds: share > threshold,
        sources: sources.sort((p, q) => q.share - p.share),
        passages: acc.passages.sort((p, q) => p.start - q.start || p.otherId.localeCompare(q.otherId)),
      };
    }),
  };
}
