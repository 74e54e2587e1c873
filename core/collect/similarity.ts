import { clustersOf, type SimilarityCluster } from './similarity-clusters.js';
import { fingerprints, type Fingerprints } from './similarity-fingerprints.js';
import { activeStarts, CandidateIndex, sharedWindows, windowCoverage, windowsOf, type TextWindows } from './similarity-index.js';
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
 * - A passage counts when it is at least MIN_PASSAGE_CHARS long and shared
 *   by two texts. MIN_PASSAGE_CHARS = 20: single 提法 stay under it (the
 *   longest common ones, 习近平新时代中国特色社会主义思想 16, 增强四个意识
 *   坚定四个自信做到两个维护 18), chains of them are discounted
 *   (set-phrases.ts), while one copied sentence of the genre (30–60
 *   characters) is over it.
 * - A submission's rate = characters covered by shared passages ÷ its
 *   letters and digits (quotations count in the total, never as covered).
 *
 * It scales with copying (a collection of 5,000 where hundreds start from
 * the same 范文): the rate comes from one index of every 20-character
 * window of all texts (similarity-index.ts), with no pairs at all; the
 * sources of a submission come from a capped index of fingerprints that
 * proposes a few candidates, each then aligned exactly. The report holds
 * rates and pair ids only; the shared passages of a pair are computed when
 * they are shown or written (pairPassages). similarity-exact.ts keeps the
 * all-pairs computation as the reference the tests hold this one to.
 */
export const MIN_PASSAGE_CHARS = 20;
export const DEFAULT_THRESHOLD = 0.3;
export const SHINGLE = 10;
/** The strongest matches listed per submission. */
export const TOP_SOURCES = 5;
/** Candidates aligned exactly per submission to find its TOP_SOURCES. */
const CANDIDATES = 12;

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
  /** Its strongest matches (at most TOP_SOURCES), largest share first. */
  sources: SourceOverlap[];
}

/** A submission the run could not compare as given; named in the report, never stopping it. */
export interface SimilarityProblem {
  kind: 'unreadable' | 'empty' | 'duplicate';
  /** The submission or file it is about. */
  name: string;
  /** Chinese, for the organizer. */
  message: string;
  /** For a duplicate: the submission with the same content. */
  sameAs?: string;
}

export interface SimilarityReport {
  threshold: number;
  minPassageChars: number;
  referenceCount: number;
  /** Groups of submissions sharing most of one text, largest first. */
  clusters: SimilarityCluster[];
  problems: SimilarityProblem[];
  submissions: SubmissionSimilarity[];
}

export type { SimilarityCluster };

export interface Prepared {
  doc: SimilarityDocument;
  kind: SourceKind;
  normalized: NormalizedText;
  mask: Uint8Array;
}

interface Settings {
  threshold: number;
  minPassage: number;
  phrases: Int32Array[];
}

function settingsOf(options: SimilarityOptions): Settings {
  return {
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    minPassage: Math.max(SHINGLE, options.minPassageChars ?? MIN_PASSAGE_CHARS),
    phrases: (options.setPhrases ?? SET_PHRASES).map((phrase) => normalizeForComparison(phrase).codes).filter((codes) => codes.length > 0),
  };
}

export function prepareText(doc: SimilarityDocument, kind: SourceKind, phrases: readonly Int32Array[]): Prepared {
  const normalized = normalizeForComparison(doc.text, doc.excluded);
  return { doc, kind, normalized, mask: setPhraseMask(normalized.codes, phrases) };
}

/** The fingerprint window that guarantees every passage of minPassage characters holds a kept fingerprint. */
export const fingerprintWindow = (minPassage: number): number => minPassage - SHINGLE + 1;

/** A text's fingerprint positions by hash, to find the seeds it shares with any other text. */
export type FingerprintLookup = Map<number, number[]>;

export function fingerprintLookup({ hashes, positions }: Fingerprints): FingerprintLookup {
  const lookup: FingerprintLookup = new Map();
  hashes.forEach((hash, i) => {
    const list = lookup.get(hash);
    if (list) list.push(positions[i] ?? 0);
    else lookup.set(hash, [positions[i] ?? 0]);
  });
  return lookup;
}

const textFingerprints = (text: Prepared, minPassage: number): Fingerprints => fingerprints(text.normalized.codes, SHINGLE, fingerprintWindow(minPassage));

/** Every shared passage of a pair long enough to count, evidence counted on both sides (a set phrase is one in either text). */
export function alignPair(a: Prepared, b: Prepared, lookupA: FingerprintLookup, fb: Fingerprints, minPassage: number): SharedRun[] {
  // Seeds: positions where both keep the same fingerprint.
  const seeds: [number, number][] = [];
  fb.hashes.forEach((hash, j) => {
    for (const position of lookupA.get(hash) ?? []) seeds.push([position, fb.positions[j] ?? 0]);
  });
  return growSeeds(a.normalized.codes, b.normalized.codes, seeds, SHINGLE).filter(
    (run) => run.length >= minPassage && Math.min(evidenceChars(a.mask, run.a, run.length), evidenceChars(b.mask, run.b, run.length)) >= minPassage,
  );
}

/** Characters of `length` codes covered by the runs' side `side`. */
export function coveredBy(runs: readonly SharedRun[], side: 'a' | 'b', length: number): number {
  const flags = new Uint8Array(length);
  for (const run of runs) flags.fill(1, run[side], run[side] + run.length);
  return flags.reduce((sum, flag) => sum + flag, 0);
}

/** [start, end) in the original text of `length` normalized codes from `start`. */
function span(text: Prepared, start: number, length: number): { start: number; end: number } {
  const { origin, codes } = text.normalized;
  const last = start + length - 1;
  return { start: origin[start] ?? 0, end: (origin[last] ?? 0) + ((codes[last] ?? 0) > 0xffff ? 2 : 1) };
}

export function passageOf(self: Prepared, other: Prepared, selfStart: number, otherStart: number, length: number): OverlapPassage {
  const mine = span(self, selfStart, length);
  const theirs = span(other, otherStart, length);
  return { otherId: other.doc.id, start: mine.start, end: mine.end, otherStart: theirs.start, otherEnd: theirs.end, chars: length };
}

/**
 * The passages `doc` shares with `other`, in `doc`'s text order: what the
 * report leaves out, computed when a pair is opened or written.
 */
export function pairPassages(doc: SimilarityDocument, other: SimilarityDocument, options: SimilarityOptions = {}): OverlapPassage[] {
  const { minPassage, phrases } = settingsOf(options);
  const [a, b] = [prepareText(doc, 'submission', phrases), prepareText(other, 'submission', phrases)];
  return alignPair(a, b, fingerprintLookup(textFingerprints(a, minPassage)), textFingerprints(b, minPassage), minPassage)
    .sort((p, q) => p.a - q.a)
    .map((run) => passageOf(a, b, run.a, run.b, run.length));
}

const NOT_CONTENT = /[^\p{L}\p{N}]/gu;

/** Same content (letters and digits): a file handed in twice under two names. Index of a later copy → index of the first. */
function duplicatesOf(texts: readonly Prepared[]): Map<number, number> {
  const firstByContent = new Map<string, number>();
  const duplicateOf = new Map<number, number>();
  texts.forEach((text, index) => {
    if (text.normalized.contentChars === 0) return;
    // The whole content as the key: the map compares texts, never a hash alone.
    const key = text.doc.text.replace(NOT_CONTENT, '');
    const first = firstByContent.get(key);
    if (first === undefined) firstByContent.set(key, index);
    else duplicateOf.set(index, first);
  });
  return duplicateOf;
}

const toShare = (chars: number, total: number): number => (total === 0 ? 0 : chars / total);

export function findSimilarity(
  submissions: readonly SimilarityDocument[],
  references: readonly SimilarityDocument[] = [],
  options: SimilarityOptions = {},
): SimilarityReport {
  const { threshold, minPassage, phrases } = settingsOf(options);
  const texts = [...submissions.map((doc) => prepareText(doc, 'submission', phrases)), ...references.map((doc) => prepareText(doc, 'reference', phrases))];
  const duplicateOf = duplicatesOf(texts.slice(0, submissions.length));
  // A second copy of one file would make both 100 % alike; it is compared as its first copy and named.
  const compared = (index: number): boolean => !duplicateOf.has(index) && (texts[index]?.normalized.contentChars ?? 0) > 0;

  const fingerprintsOf = texts.map((text, index): Fingerprints => (compared(index) ? textFingerprints(text, minPassage) : { hashes: new Uint32Array(0), positions: new Int32Array(0) }));
  const index = new CandidateIndex(
    fingerprintsOf.map((f) => f.hashes),
    submissions.length,
  );
  const windows = texts.map((text, i) => {
    if (!compared(i)) return undefined;
    const { hashes, positions } = fingerprintsOf[i] as Fingerprints;
    // A shared window may start up to a window plus a shingle before a fingerprint, or as far after it.
    const active = activeStarts(text.normalized.codes.length, positions, hashes, index, fingerprintWindow(minPassage) + SHINGLE);
    return windowsOf({ ...text, active }, minPassage);
  });
  const shared = sharedWindows(windows);

  const sourceOf = (self: Prepared, lookup: FingerprintLookup, otherIndex: number): SourceOverlap | undefined => {
    const other = texts[otherIndex] as Prepared;
    const runs = alignPair(self, other, lookup, fingerprintsOf[otherIndex] as Fingerprints, minPassage);
    if (runs.length === 0) return undefined;
    const chars = coveredBy(runs, 'a', self.normalized.codes.length);
    return { id: other.doc.id, name: other.doc.name, kind: other.kind, chars, share: toShare(chars, self.normalized.contentChars), passages: runs.length };
  };

  const rows: SubmissionSimilarity[] = submissions.map((doc, i) => {
    const text = texts[i] as Prepared;
    const chars = text.normalized.contentChars;
    if (!compared(i)) return { id: doc.id, name: doc.name, chars, coveredChars: 0, share: 0, exceeds: false, sources: [] };
    const coveredChars = windowCoverage(text.normalized.codes, windows[i] as TextWindows, shared);
    const lookup = fingerprintLookup(fingerprintsOf[i] as Fingerprints);
    const sources = index
      .candidates(i, CANDIDATES)
      .map((other) => sourceOf(text, lookup, other))
      .filter((source): source is SourceOverlap => source !== undefined)
      .sort((p, q) => q.share - p.share)
      .slice(0, TOP_SOURCES);
    const share = toShare(coveredChars, chars);
    return { id: doc.id, name: doc.name, chars, coveredChars, share, exceeds: share > threshold, sources };
  });

  const problems: SimilarityProblem[] = [];
  submissions.forEach((doc, i) => {
    const first = duplicateOf.get(i);
    if (first !== undefined) {
      const original = rows[first] as SubmissionSimilarity;
      const row = rows[i] as SubmissionSimilarity;
      const whole = (of: SubmissionSimilarity): SourceOverlap => ({ id: of.id, name: of.name, kind: 'submission', chars: row.chars, share: 1, passages: 1 });
      rows[i] = { ...row, coveredChars: row.chars, share: 1, exceeds: 1 > threshold, sources: [whole(original), ...original.sources].slice(0, TOP_SOURCES) };
      rows[first] = { ...original, coveredChars: original.chars, share: 1, exceeds: 1 > threshold, sources: [whole(row), ...original.sources].slice(0, TOP_SOURCES) };
      problems.push({ kind: 'duplicate', name: doc.name, sameAs: original.name, message: `“${doc.name}”与“${original.name}”内容完全相同（可能是同一文件以不同名称重复提交）` });
    } else if ((texts[i]?.normalized.contentChars ?? 0) === 0) {
      problems.push({ kind: 'empty', name: doc.name, message: `“${doc.name}”没有可比对的正文文字，未参与查重` });
    }
  });

  return {
    threshold,
    minPassageChars: minPassage,
    referenceCount: references.length,
    clusters: clustersOf(rows, threshold),
    problems,
    submissions: rows,
  };
}
