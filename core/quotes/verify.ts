import type { Draft, Inline } from '../model/schema.js';
import { blockText, inlineText } from '../model/text.js';
import { alignWithin, type Alignment } from './align.js';
import { splitIntoPieces } from './lookup.js';
import { extractQuotations, type ExtractOptions } from './extract.js';
import { normalizeQuoteText, originalSpan, wordKey, type MatchKey } from './normalize.js';
import type { Quote } from './schema.js';
import { agreementText, sourceText } from './source-line.js';
import { differentSpeakers } from './speakers.js';
import type { QuoteLookup } from './store-port.js';

/**
 * 引文核校: every quotation of a draft against the library. Words are
 * compared without punctuation (wordKey): 、 or ， between clauses or a final
 * 。 is not a different wording. A ✓ never overclaims:
 * - ok (✓): the words are an 已核 library wording, or a passage of one,
 *   named with its source (与《……》2021-07-01 表述一致);
 * - pending: they match only 待核 entries: 库中有此句（出处待核）;
 * - near-miss: no wording of the library has these words, but one differs
 *   by a few characters: the differences and the library's words;
 * - not-found (未收录): nothing close in the library.
 * A quotation matching any wording exactly is never a near miss of another
 * wording of the same saying. Quote elements and leaders' quotations found in
 * the text (extract.ts: not formulas, slogans or paraphrases without “”)
 * are all reported; an unattributed sentence in “” only when it is (nearly)
 * a library quotation, since it may be nobody's words.
 */
export interface QuotationInDraft {
  origin: 'quote-element' | 'attributed-text' | 'standalone-text';
  /** Index of the block in draft.children. */
  blockIndex: number;
  /** [start, end) of the quoted words in the block's text (blockText, quote marks included). */
  start: number;
  end: number;
  text: string;
  speaker: string;
}

export interface DiffSegment {
  /** same: as in the library; removed: in the draft, not in the library; added: in the library, missing from the draft. */
  kind: 'same' | 'removed' | 'added';
  text: string;
}

export type LibrarySummary = Pick<Quote, 'id' | 'text' | 'speaker' | 'source' | 'date' | 'publishedIn' | 'url' | 'status'>;

export interface QuoteFinding extends QuotationInDraft {
  status: 'ok' | 'pending' | 'near-miss' | 'not-found';
  /** The library quotation matched (ok, pending) or nearly matched (near-miss). */
  library?: LibrarySummary;
  /** ok or pending: the same words, punctuated differently from the library's wording. */
  punctuationDiffers?: boolean;
  /** near-miss: the library's words for the quoted passage, to replace `text` with. */
  suggestion?: string;
  diff?: DiffSegment[];
  /** Changed + added + dropped characters. */
  differences?: number;
  /** The draft names someone else than the library does. */
  speakerMismatch: boolean;
}

export interface VerifyReport {
  findings: QuoteFinding[];
  counts: { ok: number; pending: number; nearMiss: number; notFound: number };
}

/** Library candidates aligned per quotation, those sharing most pieces first: more only slows the check. */
const SIMILAR_CANDIDATES = 20;
const CONTAINING_CANDIDATES = 20;

export function verifyDraft(draft: Draft, lookup: QuoteLookup, options: ExtractOptions = {}): VerifyReport {
  const findings = findDraftQuotations(draft, options)
    .map((quotation) => checkQuotation(quotation, lookup))
    .filter((finding): finding is QuoteFinding => finding !== undefined);
  const counts = { ok: 0, pending: 0, nearMiss: 0, notFound: 0 };
  for (const finding of findings) {
    if (finding.status === 'ok') counts.ok++;
    else if (finding.status === 'pending') counts.pending++;
    else if (finding.status === 'near-miss') counts.nearMiss++;
    else counts.notFound++;
  }
  return { findings, counts };
}

/** Quote elements, then quotations found in each block's plain text, in reading order. */
export function findDraftQuotations(draft: Draft, options: ExtractOptions = {}): QuotationInDraft[] {
  const found: QuotationInDraft[] = [];
  draft.children.forEach((block, blockIndex) => {
    const elements: QuotationInDraft[] = [];
    let offset = 0;
    for (const inline of block.children as readonly Inline[]) {
      const shown = inlineText(inline);
      if ('type' in inline) {
        const words = shown.slice(1, -1);
        elements.push({ origin: 'quote-element', blockIndex, start: offset + 1, end: offset + 1 + words.length, text: words, speaker: inline.speaker });
      }
      offset += shown.length;
    }
    const plain = blockText(block);
    const inText = extractQuotations(plain, options)
      .filter((q) => !elements.some((e) => q.start < e.end && e.start < q.end))
      .map((q): QuotationInDraft => ({
        origin: q.kind === 'attributed' ? 'attributed-text' : 'standalone-text',
        blockIndex,
        start: q.start,
        end: q.end,
        // As written: the extractor returns simplified text, the finding points at the draft's own characters.
        text: plain.slice(q.start, q.end),
        speaker: q.speaker,
      }));
    found.push(...[...elements, ...inText].sort((a, b) => a.start - b.start));
  });
  return found;
}

/** How many differing characters still make a near miss rather than other words. */
export function allowedDifferences(length: number): number {
  return length < 5 ? 0 : Math.max(1, Math.floor(length / 5));
}

/** An elided quotation (甲……乙) in its parts, each as words without punctuation. */
function elidedParts(text: string): string[] {
  return text
    .split(/…+|\.{3,}/)
    .map((part) => wordKey(part).key)
    .filter((part) => part.length > 0);
}

function containsInOrder(key: string, parts: readonly string[]): boolean {
  let from = 0;
  return parts.every((part) => {
    const at = key.indexOf(part, from);
    from = at + part.length;
    return at >= 0;
  });
}

export function checkQuotation(quotation: QuotationInDraft, lookup: QuoteLookup): QuoteFinding | undefined {
  const parts = elidedParts(quotation.text);
  const draftWords = wordKey(quotation.text);
  if (draftWords.key.length < 2) return undefined;
  const allowed = allowedDifferences(draftWords.key.length);
  const candidates = libraryCandidates(lookup, quotation.text, draftWords.key, allowed);

  const exact = bestQuote(
    quotation,
    candidates.filter((c) => containsInOrder(c.words.key, parts)).map((c) => c.quote),
  );
  if (exact) {
    const punctuated = normalizeQuoteText(quotation.text).split(/…+|\.{3,}/).map(trimPunctuation).filter(Boolean);
    return {
      ...quotation,
      status: exact.status === '已核' ? 'ok' : 'pending',
      library: summary(exact),
      punctuationDiffers: !containsInOrder(normalizeQuoteText(exact.text), punctuated),
      speakerMismatch: differentSpeakers(quotation.speaker, exact.speaker),
    };
  }

  const near = allowed > 0 ? closestPassage(draftWords.key, candidates, quotation, allowed) : undefined;
  if (near) {
    const { quote, libraryWords, alignment } = near;
    const passage = originalSpan(libraryWords, alignment.textStart, alignment.textEnd);
    return {
      ...quotation,
      status: 'near-miss',
      library: summary(quote),
      suggestion: quote.text.slice(passage.start, passage.end),
      diff: diffSegments(alignment.ops, quotation.text, draftWords, quote.text, libraryWords),
      differences: alignment.distance,
      speakerMismatch: differentSpeakers(quotation.speaker, quote.speaker),
    };
  }
  if (quotation.origin === 'standalone-text') return undefined;
  return { ...quotation, status: 'not-found', speakerMismatch: false };
}

/**
 * At least `count` pieces of the quotation's words, never across its own
 * punctuation: the library keeps its punctuation (norm), so a piece spanning
 * a draft's 、 or “ would not be found in it. Each clause is cut into pieces
 * in proportion to its length.
 */
function wordPieces(key: string, count: number): string[] {
  const runs = key.split(/[^\p{L}\p{N}]+/u).filter((run) => run.length > 0);
  const total = runs.reduce((sum, run) => sum + run.length, 0);
  return runs.flatMap((run) => splitIntoPieces(run, Math.max(1, Math.ceil((run.length * count) / Math.max(1, total)))));
}

function trimPunctuation(key: string): string {
  return key.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

interface Candidate {
  quote: Quote;
  /** The library wording without punctuation, with the way back to its text. */
  words: MatchKey;
}

/**
 * Library wordings that may hold the quotation: those containing its longest
 * part as punctuated, and those containing most of its pieces (see
 * wordPieces), so a library text punctuated differently is found too.
 */
function libraryCandidates(lookup: QuoteLookup, text: string, words: string, allowed: number): Candidate[] {
  const longest = normalizeQuoteText(text)
    .split(/…+|\.{3,}/)
    .map(trimPunctuation)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  const pieces = wordPieces(normalizeQuoteText(text), Math.max(allowed + 1, Math.ceil(words.length / 8)));
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const { quote } of [...lookup.containing(longest, CONTAINING_CANDIDATES), ...lookup.containingAny(pieces, SIMILAR_CANDIDATES)]) {
    if (seen.has(quote.id)) continue;
    seen.add(quote.id);
    candidates.push({ quote, words: wordKey(quote.text) });
  }
  return candidates;
}

/** Prefer an 已核 wording (a ✓ needs one), then the same speaker, then the most used. */
function bestQuote(quotation: QuotationInDraft, quotes: readonly Quote[]): Quote | undefined {
  const score = (q: Quote): number => (q.status === '已核' ? 4 : 0) + (differentSpeakers(quotation.speaker, q.speaker) ? 0 : 2);
  return [...quotes].sort((a, b) => score(b) - score(a) || b.usageCount - a.usageCount)[0];
}

/** The candidate passage nearest to `key` (words only) within `maxDistance` differing characters, if any. */
function closestPassage(key: string, candidates: readonly Candidate[], quotation: QuotationInDraft, maxDistance: number) {
  let best: { quote: Quote; libraryWords: MatchKey; alignment: Alignment } | undefined;
  for (const { quote, words } of candidates) {
    const alignment = alignWithin(key, words.key, best?.alignment.distance ?? maxDistance);
    if (!alignment) continue;
    const better =
      !best ||
      alignment.distance < best.alignment.distance ||
      (alignment.distance === best.alignment.distance && bestQuote(quotation, [best.quote, quote]) === quote);
    if (better) best = { quote, libraryWords: words, alignment };
  }
  return best;
}

function summary(quote: Quote): LibrarySummary {
  const { id, text, speaker, source, date, publishedIn, url, status } = quote;
  return { id, text, speaker, source, date, publishedIn, url, status };
}

/**
 * The alignment as runs of same / removed / added text in original characters:
 * a run of differences shows first what the draft has, then what the library has.
 */
function diffSegments(
  ops: Alignment['ops'],
  draftText: string,
  draftKey: MatchKey,
  libraryText: string,
  libraryKey: MatchKey,
): DiffSegment[] {
  const segments: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const push = (kind: DiffSegment['kind'], text: string): void => {
    const last = segments[segments.length - 1];
    if (last?.kind === kind) last.text += text;
    else if (text !== '') segments.push({ kind, text });
  };
  const flush = (): void => {
    push('removed', removed);
    push('added', added);
    removed = '';
    added = '';
  };
  const draftChar = (p: number): string => draftText.charAt(draftKey.origin[p] ?? 0);
  const libraryChar = (t: number): string => libraryText.charAt(libraryKey.origin[t] ?? 0);
  // Words are compared without punctuation; the draft's own punctuation between them is shown as it is.
  let lastDraft = -1;
  const punctuationBefore = (p: number): string => {
    const at = draftKey.origin[p] ?? 0;
    const gap = lastDraft < 0 ? '' : draftText.slice(lastDraft + 1, at);
    lastDraft = at;
    return gap;
  };
  for (const op of ops) {
    const gap = op.kind === 'dropped' ? '' : punctuationBefore(op.p);
    if (gap !== '') {
      flush();
      push('same', gap);
    }
    if (op.kind === 'same') {
      flush();
      push('same', draftChar(op.p));
    } else {
      if (op.kind !== 'dropped') removed += draftChar(op.p);
      if (op.kind !== 'added') added += libraryChar(op.t);
    }
  }
  flush();
  return segments;
}

/** One Chinese sentence per finding, without its location. */
export function describeFinding(finding: QuoteFinding): string {
  const who = finding.speaker ? `${finding.speaker}：` : '';
  const quoted = `${who}“${finding.text}”`;
  const library = finding.library;
  const mismatch = finding.speakerMismatch && library ? `；讲话人与金句库不符（金句库：${library.speaker || '未注明'}）` : '';
  const punctuation = finding.punctuationDiffers ? '（仅标点与库中不同）' : '';
  if (finding.status === 'ok' && library) return `✓ ${quoted} ${agreementText(library)}${punctuation}${mismatch}`;
  if (finding.status === 'pending' && library) {
    return `库中有此句（出处待核）：${quoted}${punctuation}；所录出处：${sourceText(library) || '未录入'}，使用前请对照原文核实${mismatch}`;
  }
  if (finding.status === 'near-miss' && library) {
    const diff = (finding.diff ?? [])
      .map((s) => (s.kind === 'same' ? s.text : s.kind === 'removed' ? `〔删：${s.text}〕` : `〔补：${s.text}〕`))
      .join('');
    return `引文与金句库有 ${finding.differences ?? 0} 处字词不同 ${quoted}，应为“${finding.suggestion ?? ''}”（出处：${sourceText(library) || '未录入'}，${library.status}）；差异：${diff}${mismatch}`;
  }
  return `未收录：${quoted} 在金句库中找不到，请核对原文出处`;
}
