import { fingerprints } from './similarity-fingerprints.js';
import { normalizeForComparison, type NormalizedText } from './similarity-normalize.js';
import { evidenceChars, growSeeds, setPhraseMask, type SharedRun } from './similarity-passages.js';
import type { ComparableText } from './similarity-text.js';
import { SET_PHRASES } from './set-phrases.js';

/**
 * 查重: which submissions share passages with each other or with known
 * online 范文, and how much of each submission those passages cover.
 *
 * - Texts are compared normalized (similarity-normalize.ts): letters and
 *   digits only, 繁→简, quotations cut out.
 * - Candidates come from winnowed 10-character shingles; every passage of
 *   at least MIN_PASSAGE_CHARS shared by two texts is then found exactly.
 * - MIN_PASSAGE_CHARS = 20: single 提法 stay under it (the longest common
 *   ones, 习近平新时代中国特色社会主义思想 16, 增强四个意识坚定四个自信做到
 *   两个维护 18), chains of them are discounted (set-phrases.ts), while one
 *   copied sentence of the genre (30–60 characters) is over it.
 * - Share = characters covered by shared passages ÷ the submission's
 *   letters and digits (quotations count in the total, never as covered).
 */
export const MIN_PASSAGE_CHARS = 20;
export const DEFAULT_THRESHOLD = 0.3;
const SHINGLE = 10;
/** A shingle in more texts than this is a formula everybody writes, not evidence; it is not used as a seed. */
const MAX_SHINGLE_TEXTS = 400;

export interface SimilarityDocument extends ComparableText {
  id: string;
  name: string;
}

export interface SimilarityOptions {
  /** Share above which a submission is flagged (0–1). */
  threshold?: number;
  minPassageChars?: number;
  setPhrases?: readonly string[];
}

export type SourceKind = 'submission' | 'reference';

export interface OverlapPassage {
  otherId: string;
  /** [start, end) in this submission's text and in the other text. */
  start: number;
  end: number;
  otherStart: number;
  otherEnd: number;
  /** Letters and digits in the passage. */
  chars: number;
}

export interface SourceOverlap {
  id: string;
  name: string;
  kind: SourceKind;
  /** Characters of this submission covered by passages shared with that text. */
  chars: number;
  share: number;
  passages: number;
}

export interface SubmissionSimilarity {
  id: string;
  name: string;
  /** Letters and digits in the submission. */
  chars: number;
  coveredChars: number;
  share: number;
  exceeds: boolean;
  /** Texts it shares passages with, largest share first. */
  sources: SourceOverlap[];
  /** In text order. */
  passages: OverlapPassage[];
}

export interface SimilarityReport {
  threshold: number;
  minPassageChars: number;
  referenceCount: number;
  submissions: SubmissionSimilarity[];
}

interface Prepared {
  doc: SimilarityDocument;
  kind: SourceKind;
  normalized: NormalizedText;
  mask: Uint8Array;
}

const phraseCodes = (phrases: readonly string[]): Int32Array[] =>
  phrases.map((phrase) => normalizeForComparison(phrase).codes).filter((codes) => codes.length > 0);

/** Pairs of texts (by index) sharing a fingerprint, with the shingle positions in both. Reference pairs are not compared. */
function seedsByPair(texts: readonly Prepared[], window: number): Map<number, [number, number][]> {
  const postings = new Map<number, number[]>();
  texts.forEach((text, index) => {
    for (const { hash, position } of fingerprints(text.normalized.codes, SHINGLE, window)) {
      let list = postings.get(hash);
      if (!list) postings.set(hash, (list = []));
      list.push(index, position);
    }
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

function span(text: Prepared, start: number, length: number): { start: number; end: number } {
  const { origin, codes } = text.normalized;
  const last = start + length - 1;
  return { start: origin[start] ?? 0, end: (origin[last] ?? 0) + (codes[last] !== undefined && (codes[last] ?? 0) > 0xffff ? 2 : 1) };
}

function record(acc: Accumulator, self: Prepared, other: Prepared, otherIndex: number, run: SharedRun, selfStart: number, otherStart: number): void {
  acc.covered.fill(1, selfStart, selfStart + run.length);
  let perSource = acc.bySource.get(otherIndex);
  if (!perSource) acc.bySource.set(otherIndex, (perSource = new Uint8Array(self.normalized.codes.length)));
  perSource.fill(1, selfStart, selfStart + run.length);
  const mine = span(self, selfStart, run.length);
  const theirs = span(other, otherStart, run.length);
  acc.passages.push({ otherId: other.doc.id, start: mine.start, end: mine.end, otherStart: theirs.start, otherEnd: theirs.end, chars: run.length });
}

const countOnes = (flags: Uint8Array): number => flags.reduce((sum, flag) => sum + flag, 0);

export function findSimilarity(
  submissions: readonly SimilarityDocument[],
  references: readonly SimilarityDocument[] = [],
  options: SimilarityOptions = {},
): SimilarityReport {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const minPassage = Math.max(SHINGLE, options.minPassageChars ?? MIN_PASSAGE_CHARS);
  const phrases = phraseCodes(options.setPhrases ?? SET_PHRASES);
  const prepare = (doc: SimilarityDocument, kind: SourceKind): Prepared => {
    const normalized = normalizeForComparison(doc.text, doc.excluded);
    return { doc, kind, normalized, mask: setPhraseMask(normalized.codes, phrases) };
  };
  const texts = [...submissions.map((doc) => prepare(doc, 'submission')), ...references.map((doc) => prepare(doc, 'reference'))];
  const accumulators: Accumulator[] = submissions.map((_, i) => ({
    covered: new Uint8Array(texts[i]?.normalized.codes.length ?? 0),
    passages: [],
    bySource: new Map(),
  }));

  for (const [key, seeds] of seedsByPair(texts, minPassage - SHINGLE + 1)) {
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
    referenceCount: references.length,
    submissions: submissions.map((doc, i) => {
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
