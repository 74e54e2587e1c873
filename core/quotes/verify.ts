import type { Draft, Inline } from '../model/schema.js';
import { blockText, inlineText } from '../model/text.js';
import { alignWithin, type Alignment } from './align.js';
import { splitIntoPieces } from './lookup.js';
import { extractQuotations, type ExtractOptions } from './extract.js';
import { matchKey, originalSpan, trimTrailingPunctuation, type MatchKey } from './normalize.js';
import type { Quote } from './schema.js';
import { differentSpeakers } from './speakers.js';
import type { LibraryMatch, QuoteLookup } from './store-port.js';

/**
 * 引文核校: every quotation of a draft against the library.
 * - ok: the words are a library quotation, or a passage of one, once
 *   punctuation width, spaces and 繁/简 are ignored;
 * - near-miss: a slightly different version of a library passage (a
 *   changed, added or dropped character): the differences and the library's
 *   words to put instead;
 * - not-found (未收录): nothing close in the library.
 * Quote elements and attributed quotations found in the plain text are all
 * reported; an unattributed sentence in “” is reported only when it is
 * (nearly) a library quotation, since it may be nobody's words.
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

export interface QuoteFinding extends QuotationInDraft {
  status: 'ok' | 'near-miss' | 'not-found';
  /** The library quotation matched (ok) or nearly matched (near-miss). */
  library?: Pick<Quote, 'id' | 'text' | 'speaker' | 'source' | 'verified'>;
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
  counts: { ok: number; nearMiss: number; notFound: number };
}

/** Library candidates aligned per quotation, those sharing most pieces first: more only slows the check. */
const SIMILAR_CANDIDATES = 10;
const CONTAINING_CANDIDATES = 20;

export function verifyDraft(draft: Draft, lookup: QuoteLookup, options: ExtractOptions = {}): VerifyReport {
  const findings = findDraftQuotations(draft, options)
    .map((quotation) => checkQuotation(quotation, lookup))
    .filter((finding): finding is QuoteFinding => finding !== undefined);
  const counts = { ok: 0, nearMiss: 0, notFound: 0 };
  for (const finding of findings) {
    if (finding.status === 'ok') counts.ok++;
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
    const inText = extractQuotations(blockText(block), options)
      .filter((q) => !elements.some((e) => q.start < e.end && e.start < q.end))
      .map((q): QuotationInDraft => ({
        origin: q.kind === 'attributed' ? 'attributed-text' : 'standalone-text',
        blockIndex,
        start: q.start,
        end: q.end,
        text: q.text,
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

export function checkQuotation(quotation: QuotationInDraft, lookup: QuoteLookup): QuoteFinding | undefined {
  const draftKey = matchKey(quotation.text);
  // An elision mark at either end (……守的是人民的心) only says the quotation is partial.
  const leading = /^[….]*/.exec(draftKey.key)?.[0].length ?? 0;
  const key = trimTrailingPunctuation(draftKey.key.slice(leading));
  if (key.length < 2) return undefined;
  const exact = bestQuote(quotation, containingAllParts(lookup, key).map((match) => match.quote));
  if (exact) return { ...quotation, status: 'ok', library: summary(exact), speakerMismatch: differentSpeakers(quotation.speaker, exact.speaker) };

  const allowed = allowedDifferences(key.length);
  const candidates = allowed > 0 ? lookup.containingAny(splitIntoPieces(key, allowed + 1), SIMILAR_CANDIDATES) : [];
  const near = closestPassage(key, candidates, quotation, allowed);
  if (near) {
    const { quote, libraryKey, alignment } = near;
    const passage = originalSpan(libraryKey, alignment.textStart, alignment.textEnd);
    return {
      ...quotation,
      status: 'near-miss',
      library: summary(quote),
      suggestion: quote.text.slice(passage.start, passage.end),
      diff: diffSegments(alignment.ops, quotation.text, draftKey, leading, quote.text, libraryKey),
      differences: alignment.distance,
      speakerMismatch: differentSpeakers(quotation.speaker, quote.speaker),
    };
  }
  if (quotation.origin === 'standalone-text') return undefined;
  return { ...quotation, status: 'not-found', speakerMismatch: false };
}

/** Library quotations holding every part of an elided quotation (甲……乙) in order. */
function containingAllParts(lookup: QuoteLookup, key: string): LibraryMatch[] {
  const parts = key.split(/…+/).filter((part) => part.length > 0);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  const candidates = lookup.containing(longest, CONTAINING_CANDIDATES);
  if (parts.length === 1) return candidates;
  return candidates.filter(({ key: libraryKey }) => {
    let from = 0;
    return parts.every((part) => {
      const at = libraryKey.indexOf(part, from);
      from = at + part.length;
      return at >= 0;
    });
  });
}

/** Prefer the same speaker, then a checked source, then the most used. */
function bestQuote(quotation: QuotationInDraft, quotes: readonly Quote[]): Quote | undefined {
  const score = (q: Quote): number => (differentSpeakers(quotation.speaker, q.speaker) ? 0 : 4) + (q.verified ? 2 : 0);
  return [...quotes].sort((a, b) => score(b) - score(a) || b.usageCount - a.usageCount)[0];
}

/** The candidate passage nearest to `key` within `maxDistance` differences, if any. */
function closestPassage(key: string, candidates: readonly LibraryMatch[], quotation: QuotationInDraft, maxDistance: number) {
  let best: { quote: Quote; alignment: Alignment } | undefined;
  for (const { quote, key: candidateKey } of candidates) {
    const alignment = alignWithin(key, candidateKey, best?.alignment.distance ?? maxDistance);
    if (!alignment) continue;
    const better =
      !best ||
      alignment.distance < best.alignment.distance ||
      (alignment.distance === best.alignment.distance && bestQuote(quotation, [best.quote, quote]) === quote);
    if (better) best = { quote, alignment };
  }
  if (!best) return undefined;
  // Offsets back into the library's own text need its key with origins; realign if the stored key is stale.
  const libraryKey = matchKey(best.quote.text);
  const alignment = alignWithin(key, libraryKey.key, maxDistance);
  return alignment ? { quote: best.quote, libraryKey, alignment } : undefined;
}

function summary(quote: Quote): NonNullable<QuoteFinding['library']> {
  return { id: quote.id, text: quote.text, speaker: quote.speaker, source: quote.source, verified: quote.verified };
}

/**
 * The alignment as runs of same / removed / added text in original characters:
 * a run of differences shows first what the draft has, then what the library has.
 */
function diffSegments(
  ops: Alignment['ops'],
  draftText: string,
  draftKey: MatchKey,
  keyOffset: number,
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
  const draftChar = (p: number): string => draftText.charAt(draftKey.origin[p + keyOffset] ?? 0);
  const libraryChar = (t: number): string => libraryText.charAt(libraryKey.origin[t] ?? 0);
  for (const op of ops) {
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
  const mismatch = finding.speakerMismatch && finding.library ? `；讲话人与金句库不符（金句库：${finding.library.speaker}）` : '';
  const source = (q: NonNullable<QuoteFinding['library']>): string =>
    q.source ? `出处：${q.source}${q.verified ? '' : '，待核'}` : '出处未录入，待核';
  if (finding.status === 'ok' && finding.library) return `引文与金句库一致 ${quoted}（${source(finding.library)}）${mismatch}`;
  if (finding.status === 'near-miss' && finding.library) {
    const diff = (finding.diff ?? [])
      .map((s) => (s.kind === 'same' ? s.text : s.kind === 'removed' ? `〔删：${s.text}〕` : `〔补：${s.text}〕`))
      .join('');
    return `引文与金句库有 ${finding.differences ?? 0} 处不同 ${quoted}，应为“${finding.suggestion ?? ''}”（${source(finding.library)}）；差异：${diff}${mismatch}`;
  }
  return `未收录：${quoted} 在金句库中找不到，请核对原文出处`;
}
