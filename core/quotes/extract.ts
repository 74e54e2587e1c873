import { foldText } from './normalize.js';
import { DEFAULT_SPEAKERS, DEFAULT_VERBS, VERB_ADVERBS } from './speakers.js';

/**
 * Finds quotations in running text:
 * - attributed: a speaker (习近平总书记, 毛泽东同志 …), maybe 在……时/中, maybe an
 *   adverb, a saying verb (强调, 指出, 深刻指出 …), then “……” — and the
 *   quotations that follow it directly (指出，“甲”“乙”);
 * - standalone: a whole sentence of at least 15 characters in “” with no
 *   attribution (江山就是人民……).
 * Short quoted terms (“千万工程”, “两个确立”, 最讲党性、最讲政治) are names, not
 * quotations, and are left alone. Matching runs on folded text (half-width
 * punctuation, traditional characters), offsets are the original's.
 */
export interface ExtractedQuotation {
  kind: 'attributed' | 'standalone';
  /** The quoted words as written, without the quote marks. */
  text: string;
  /** [start, end) of the words in the text searched. */
  start: number;
  end: number;
  /** The speaker as written; '' when standalone. */
  speaker: string;
  /** The saying verb as written (指出, 深刻指出); '' when standalone. */
  verb: string;
}

export interface ExtractOptions {
  speakers?: readonly string[];
  verbs?: readonly string[];
  /** Standalone quotations need at least this many characters (punctuation not counted). */
  minStandaloneChars?: number;
}

const MIN_STANDALONE_CHARS = 15;
/** An attributed quotation shorter than this without a clause inside is a term (提出“两个确立”). */
const MIN_ATTRIBUTED_CHARS = 6;
const MIN_ATTRIBUTED_CLAUSE_CHARS = 4;
/** How far before a quotation its attribution may start. */
const ATTRIBUTION_WINDOW = 90;

/** Punctuation that makes words a sentence rather than a name or a list of names. */
const CLAUSE_PUNCTUATION = /[，；：。！？]/;
const WORD_CHARS = /[\p{L}\p{N}]/gu;
/** Between two quotations of one attribution: nothing, or 、，和 …. */
const CONTINUATION_GAP = /^[、，和及与]?$/;

interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
}

export function extractQuotations(text: string, options: ExtractOptions = {}): ExtractedQuotation[] {
  const folded = foldText(text);
  const attribution = attributionPattern(options.speakers ?? DEFAULT_SPEAKERS, options.verbs ?? DEFAULT_VERBS);
  const minStandalone = options.minStandaloneChars ?? MIN_STANDALONE_CHARS;
  const found: ExtractedQuotation[] = [];
  let previous: { span: QuoteSpan; speaker: string; verb: string } | undefined;

  for (const span of topLevelQuoteSpans(folded)) {
    const words = folded.slice(span.open + 1, span.close);
    const said = findAttribution(folded, text, span.open, attribution) ?? inherited(folded, span, previous);
    previous = said ? { span, ...said } : undefined;
    const quotation = { text: text.slice(span.open + 1, span.close), start: span.open + 1, end: span.close };
    if (said && looksLikeAttributedWords(words)) {
      found.push({ kind: 'attributed', ...quotation, ...said });
    } else if (!said && looksLikeStandaloneSentence(words, minStandalone)) {
      found.push({ kind: 'standalone', ...quotation, speaker: '', verb: '' });
    }
  }
  return found;
}

/**
 * Outermost “……” pairs within one line. ASCII " opens when nothing is open
 * and closes otherwise; inner ‘’ and nested “” stay inside their quotation.
 */
function topLevelQuoteSpans(folded: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < folded.length; i++) {
    const char = folded.charAt(i);
    const opens = char === '“' || (char === '"' && depth === 0);
    const closes = char === '”' || (char === '"' && depth > 0);
    if (char === '\n') depth = 0;
    else if (opens) {
      if (depth === 0) open = i;
      depth++;
    } else if (closes && depth > 0) {
      depth--;
      if (depth === 0) spans.push({ open, close: i });
    }
  }
  return spans;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(foldText(w))).join('|');

/**
 * speaker [的重要讲话] [[adverbs] 在……时/中/上] [adverbs] (verb | 所verb的[那样]) [，：] — anchored at
 * the quotation's opening mark. Groups: 1 speaker, 2 verb phrase.
 */
function attributionPattern(speakers: readonly string[], verbs: readonly string[]): RegExp {
  const adverbs = `(?:${alternation(VERB_ADVERBS)})*`;
  // Adverbs before 在……时 belong to it (曾在……时指出); those after it belong to the verb.
  const place = `(?:${adverbs}在[^。！？；“”\\n]{1,40}?(?:时|中|上|期间|之际|以来)[，]?)?`;
  // 习近平总书记的重要讲话指出, 总书记的回信中写道.
  const work = '(?:的(?:重要)?(?:讲话|论述|指示|批示|回信|贺信|文章|著作)(?:精神)?(?:中)?)?';
  const verb = `(?:${alternation(verbs)})`;
  const verbPhrase = `(${adverbs}(?:所${verb}的(?:那样)?|${verb}(?:道|过)?))`;
  return new RegExp(`(${alternation(speakers)})${work}${place}${verbPhrase}[，：]?$`, 'u');
}

function findAttribution(
  folded: string,
  original: string,
  openIndex: number,
  pattern: RegExp,
): { speaker: string; verb: string } | undefined {
  let from = Math.max(0, openIndex - ATTRIBUTION_WINDOW);
  const lineStart = folded.lastIndexOf('\n', openIndex - 1) + 1;
  from = Math.max(from, lineStart);
  const before = folded.slice(from, openIndex);
  const match = pattern.exec(before);
  if (!match || match[1] === undefined || match[2] === undefined) return undefined;
  const speakerStart = from + match.index;
  const verbStart = from + before.lastIndexOf(match[2]);
  return {
    speaker: original.slice(speakerStart, speakerStart + match[1].length),
    verb: original.slice(verbStart, verbStart + match[2].length),
  };
}

/** A quotation right after an attributed one (“甲”“乙”, “甲”、“乙”) has the same speaker. */
function inherited(
  folded: string,
  span: QuoteSpan,
  previous: { span: QuoteSpan; speaker: string; verb: string } | undefined,
): { speaker: string; verb: string } | undefined {
  if (!previous) return undefined;
  const gap = folded.slice(previous.span.close + 1, span.open);
  return CONTINUATION_GAP.test(gap) ? { speaker: previous.speaker, verb: previous.verb } : undefined;
}

function wordCount(words: string): number {
  return words.match(WORD_CHARS)?.length ?? 0;
}

function looksLikeAttributedWords(words: string): boolean {
  const count = wordCount(words);
  return count >= MIN_ATTRIBUTED_CHARS || (count >= MIN_ATTRIBUTED_CLAUSE_CHARS && CLAUSE_PUNCTUATION.test(words));
}

/**
 * A whole sentence: long enough and with clause punctuation. A list joined
 * only by 、 (最讲党性、最讲政治、最讲忠诚、最讲担当) is a set of names.
 */
function looksLikeStandaloneSentence(words: string, minChars: number): boolean {
  return wordCount(words) >= minChars && CLAUSE_PUNCTUATION.test(words);
}
