import { withoutPinyinGlosses } from '../import/inline-junk.js';
import { toSimplified } from '../import/traditional.js';
import { foldText } from './normalize.js';
import { DEFAULT_SPEAKERS, DEFAULT_VERBS, DOCUMENT_SOURCE_PATTERN, LEADER_TITLE_PATTERN, VERB_ADVERBS } from './speakers.js';

/**
 * Finds leaders' words quoted in running text, telling them from the other
 * things texts of the genre put in “”: names of formulas and campaigns
 * (“四个意识”, “四下基层”), slogans, proverbs, and remarks of deputies,
 * villagers or scholars. For each “……” it weighs the sentence around it:
 * - before: a speaker (习近平总书记, 毛泽东同志, or 他 for the leader named last)
 *   as the subject of a saying verb (强调, 指出, 批示, 笑着说, 询问…) or of a
 *   clause ending in a colon (总书记有感而发：), then the quotation;
 * - after: a quotation opening its sentence, followed by who said it
 *   (“……”习近平总书记提出了…, “……”说这话时，老帅…); several quotations in a
 *   row share the attribution that follows the last;
 * - the quoted string itself: a short term, a numeral formula (两个确立), a
 *   list joined by 、 or a slogan of parallel short clauses is not a quotation;
 *   words that mention 总书记 are someone else's words about him.
 * A saying verb whose subject is not a leader (村民说, 代表回忆…说) makes the
 * quotation another person's remark. A long quoted sentence with no
 * attribution either way is kept as `standalone` (江山就是人民……).
 * Matching runs on folded text (half-width punctuation, traditional
 * characters); offsets are the original's, text and speaker are returned in
 * simplified characters.
 */
export interface ExtractedQuotation {
  kind: 'attributed' | 'standalone';
  /** The quoted words without the quote marks, in simplified characters. */
  text: string;
  /** [start, end) of the words in the text searched. */
  start: number;
  end: number;
  /** The speaker as the text names him (simplified); '' when standalone. */
  speaker: string;
  /** The saying verb as written (指出, 深刻指出); '' when standalone or named after the quotation. */
  verb: string;
}

export interface ExtractOptions {
  speakers?: readonly string[];
  verbs?: readonly string[];
  /** Standalone quotations need at least this many characters (punctuation not counted). */
  minStandaloneChars?: number;
}

const MIN_STANDALONE_CHARS = 15;
/** A standalone quotation that ends its own sentence inside the marks (“……深入基层。”) is words said at a shorter length. */
const MIN_STANDALONE_SENTENCE_CHARS = 10;
/** Without clause punctuation, fewer characters than this is a term (提出“两个确立”), not words said. */
const MIN_PHRASE_CHARS = 6;
/** How far back a pronoun (他说) looks for the leader it stands for. */
const PRONOUN_WINDOW = 300;
/** Longest object between a saying verb and its colon (询问来自……的张代表：). */
const MAX_OBJECT_CHARS = 24;
/** Longest lead-in between a saying verb's comma and the quotation (指出，坚定理想信念是共产党人“……”). */
const MAX_LEAD_CHARS = 20;

/** Punctuation that makes words a sentence rather than a name or a list of names. */
const CLAUSE_PUNCTUATION = /[，；：。！？]/;
/** What counts towards a quotation's length: Han characters and digits (not pinyin glosses such as (zhǔn)). */
const WORD_CHARS = /[\p{Script=Han}\p{N}]/gu;
/** Stands for quoted words in the masked text, so what a quotation says is never read as its context. */
const MASK = '□';
/** What may stand between two quotations of one attribution: 、，和, a footnote mark [1]17, 要. */
const CARRY_GAP = /^[ \t]*(?:[、，和及与]|\[\d+\][\d\-–]*)?[ \t]*(?:要|并|还要|也要|即)?[ \t]*$/;
/** Quotations in a row (also on lines of their own) that an attribution after the last covers. */
const ROW_GAP = /^(?:\s|[、，和及与]|\[\d+\][\d\-–]*)*$/;
/** A mention right after one of these is an object (向总书记汇报, 对总书记的心意, 以习近平同志为核心). */
const OBJECT_MARKER_WORDS = '对|向|给|同|与|跟|和|为|以|把|被|让|请|替|陪|及|在|告诉|询问|看望|会见|关于|有关|自从|随着';
const OBJECT_MARKERS = new RegExp(`(?:${OBJECT_MARKER_WORDS})$`, 'u');
/** An ordinary person as an object (跟老人拉家常, 给大学生回信): the marker a few characters before the role. */
const ROLE_AS_OBJECT = new RegExp(`(?:${OBJECT_MARKER_WORDS})[^，。]{0,6}$`, 'u');
/** A mention followed by 的 is a possessive (总书记的心意) unless what follows is his words. */
const WORDS_OF_SPEAKER = /^的(?:重要)?(?:讲话|论述|指示|批示|回信|贺信|文章|著作|话|这句话|这番话)/;
/** Ordinary people's roles: a saying verb after one of these has a different subject. */
const PEOPLE_ROLES = /一位|一名|[茶果菜瓜棉粮]农|村民|居民|群众|代表(?![团大通])|委员|专家|学者|教授|研究员|主任|局长|处长|科长|村支书|支部书记|党委书记|董事长|经理|职工|工人|农民|学员|学生|老师|记者|网友|老人|大姐|大爷|大妈|干部/;
/** Proverbs, classics and sayings of the ancients are nobody's words here. */
const SAYING_CONTEXT = /谚语|俗话|俗语|古语|古人|常言|老话|民谚|诗云|名言|歌词|口号|《[^》]*》[中里上]?(?:的|所说|说|讲|提出|写道)?[：，]?$/;
/** Words after a quotation that say someone said it (…”说这话时, …”总书记的这句话). */
const AFTER_SPEECH = /说|讲|问|答|谈|道来|介绍|提出|强调|指出|表示|回忆|感慨|叮嘱|嘱咐|嘱托|勉励|要求|告诉|讲述|这话|这句话|这番话|体会|反映|感受|提起|批示|寄语/;
/** Right after the quotation(s): the verb that says they are the subject's words (以“……”谈及). */
const INLINE_AFTER_VERB = /^[来去]?(?:谈及|谈到|形容|比喻|勉励|寄语|嘱托|叮嘱|要求|强调|指出|概括|称赞)/;
const SENTENCE_END = /[。！？\n]/;
const DOCUMENT_SOURCE = new RegExp(`^(?:${DOCUMENT_SOURCE_PATTERN})$`, 'u');
const NUMERAL_START = /^[一二三四五六七八九十两百千]/;

interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
}

type Attribution = { leader: true; speakerStart: number; speakerEnd: number; verb: string } | { leader: false };

interface Reader {
  folded: string;
  /** `folded` with every quotation's words replaced by MASK. */
  masked: string;
  mention: RegExp;
  verbs: string;
  adverbs: string;
}

export function extractQuotations(given: string, options: ExtractOptions = {}): ExtractedQuotation[] {
  // Read without the pinyin some sites print after characters (習(xí)近平), report offsets in the text given.
  const { text, original } = withoutPinyinGlosses(given);
  const folded = foldText(text);
  const spans = topLevelQuoteSpans(folded);
  const reader: Reader = {
    folded,
    masked: maskQuotations(folded, spans),
    mention: new RegExp(`${alternation(options.speakers ?? DEFAULT_SPEAKERS)}|${LEADER_TITLE_PATTERN}|${DOCUMENT_SOURCE_PATTERN}`, 'gu'),
    verbs: alternation(options.verbs ?? DEFAULT_VERBS),
    adverbs: `(?:${alternation(VERB_ADVERBS)})*`,
  };
  const minStandalone = options.minStandaloneChars ?? MIN_STANDALONE_CHARS;
  const found: ExtractedQuotation[] = [];
  const rows = quotationRows(folded, spans);
  let previous: { span: QuoteSpan; said: Attribution | undefined } | undefined;

  for (const row of rows) {
    const afterRow = attributionAfterRow(reader, row);
    for (const span of row) {
      const gap = previous ? folded.slice(previous.span.close + 1, span.open) : undefined;
      const carried = previous && gap !== undefined && CARRY_GAP.test(gap) ? previous.said : undefined;
      const words = folded.slice(span.open + 1, span.close);
      const said = attributionBefore(reader, span) ?? carried ?? afterRow ?? attributionInPreviousSentence(reader, span) ?? attributionByComma(reader, span, words);
      previous = { span, said };
      if (isTermOrFormula(words) || /总书记/.test(words)) continue;
      const quotation = { text: toSimplified(text.slice(span.open + 1, span.close)), start: original(span.open + 1), end: original(span.close) };
      if (said?.leader) {
        // A congress report's quoted phrase (党的二十大提出的“……工作机制”重要改革举措) names a measure; its sentences are quotations.
        if (DOCUMENT_SOURCE.test(folded.slice(said.speakerStart, said.speakerEnd)) && !CLAUSE_PUNCTUATION.test(words)) continue;
        const speaker = toSimplified(text.slice(said.speakerStart, said.speakerEnd));
        found.push({ kind: 'attributed', ...quotation, speaker, verb: said.verb === '' ? '' : toSimplified(said.verb) });
      } else if (!said && looksLikeStandaloneSentence(words, endsSentence(words) ? Math.min(minStandalone, MIN_STANDALONE_SENTENCE_CHARS) : minStandalone) && opensSentence(reader.masked, span.open) && !SAYING_CONTEXT.test(sentenceBefore(reader, span.open))) {
        found.push({ kind: 'standalone', ...quotation, speaker: '', verb: '' });
      }
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

function maskQuotations(folded: string, spans: readonly QuoteSpan[]): string {
  let masked = '';
  let from = 0;
  for (const { open, close } of spans) {
    masked += folded.slice(from, open + 1) + MASK.repeat(close - open - 1);
    from = close;
  }
  return masked + folded.slice(from);
}

/** Spans grouped into rows: quotations with nothing but 、，, spaces or line breaks between them. */
function quotationRows(folded: string, spans: readonly QuoteSpan[]): QuoteSpan[][] {
  const rows: QuoteSpan[][] = [];
  for (const span of spans) {
    const row = rows[rows.length - 1];
    const last = row?.[row.length - 1];
    if (row && last && ROW_GAP.test(folded.slice(last.close + 1, span.open))) row.push(span);
    else rows.push([span]);
  }
  return rows;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(foldText(w))).join('|');

/** Start of the sentence holding `index`: after the last 。！？ or line break. */
function sentenceStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (SENTENCE_END.test(text.charAt(i))) return i + 1;
  return 0;
}

function sentenceBefore(reader: Reader, open: number): string {
  return reader.masked.slice(sentenceStart(reader.masked, open), open);
}

/**
 * The speaker a sentence names as the subject before `end`: the last leader
 * mention that is neither an object (向总书记) nor a possessive (总书记的心意),
 * with no ordinary person's role between it and `end`; or 他/她 standing for
 * the leader named last.
 */
function subjectBefore(reader: Reader, from: number, end: number): { start: number; end: number } | undefined {
  const segment = reader.masked.slice(from, end);
  let subject: { start: number; end: number } | undefined;
  for (const match of segment.matchAll(reader.mention)) {
    const start = from + match.index;
    const stop = start + match[0].length;
    if (isSubjectMention(reader.masked, start, stop)) subject = { start, end: stop };
  }
  if (subject) return namesSomeoneElse(reader.masked, subject.end, end) ? undefined : subject;
  const clauseStart = Math.max(from, reader.masked.lastIndexOf('，', end - 1) + 1);
  const pronoun = /[他她]/.exec(reader.masked.slice(clauseStart, end));
  return pronoun ? leaderBefore(reader, clauseStart + pronoun.index) : undefined;
}

function isSubjectMention(masked: string, start: number, end: number): boolean {
  if (OBJECT_MARKERS.test(masked.slice(Math.max(0, start - 4), start))) return false;
  const after = masked.slice(end, end + 8);
  return !after.startsWith('的') || WORDS_OF_SPEAKER.test(after);
}

/**
 * The leader 他 (or an implied subject) stands for: the subject of the
 * nearest earlier sentence that names a leader as its subject (邓小平……加上了毛泽东。他说 → 邓小平),
 * with no ordinary person named since.
 */
function leaderBefore(reader: Reader, index: number): { start: number; end: number } | undefined {
  const limit = Math.max(0, index - PRONOUN_WINDOW);
  let end = index;
  while (end > limit) {
    const start = Math.max(limit, sentenceStart(reader.masked, end - 1));
    const subject = firstSubject(reader, start, end);
    if (subject) return namesSomeoneElse(reader.masked, subject.end, index) ? undefined : subject;
    end = start - 1;
  }
  return undefined;
}

/** An ordinary person (村民, 张代表) named between `from` and `end` other than as an object (跟老人拉家常). */
function namesSomeoneElse(masked: string, from: number, end: number): boolean {
  const roles = new RegExp(PEOPLE_ROLES.source, 'gu');
  for (const match of masked.slice(from, end).matchAll(roles)) {
    const lead = masked.slice(Math.max(0, from + match.index - 8), from + match.index);
    if (!ROLE_AS_OBJECT.test(lead)) return true;
  }
  return false;
}

function leaderAt(subject: { start: number; end: number }, verb: string): Attribution {
  return { leader: true, speakerStart: subject.start, speakerEnd: subject.end, verb };
}

/**
 * 习近平总书记强调：“…”, 总书记边听边询问：“…”, 询问来自……的张代表：“…”,
 * 总书记强调要“…”, 正如邓小平同志所说的那样，“…”, 习近平深受触动：“…”.
 */
function attributionBefore(reader: Reader, span: QuoteSpan): Attribution | undefined {
  const { masked } = reader;
  const start = sentenceStart(masked, span.open);
  // Only what follows an earlier quotation of the sentence introduces this one.
  const clauseFrom = Math.max(start, masked.lastIndexOf('”', span.open - 1) + 1);
  const before = masked.slice(clauseFrom, span.open);
  // verb, an object (询问……的张代表), a colon or comma, and a lead-in (指出，讲政治“……”).
  const verbPattern = new RegExp(
    `^([\\s\\S]*)(${reader.adverbs}(?:所)?(?:${reader.verbs})(?:道|着|了|过|到)?(?:的那样|的)?)([^，。；：！？□]{0,${MAX_OBJECT_CHARS}}?)([：，]?)([^，。；：！？□]{0,${MAX_LEAD_CHARS}})$`,
    'u',
  );
  const verbMatch = verbPattern.exec(before);
  if (verbMatch && introducesWords(verbMatch[3] ?? '', verbMatch[4] ?? '', verbMatch[5] ?? '', reader.folded.slice(span.open + 1, span.close))) {
    const verbEnd = clauseFrom + (verbMatch[1]?.length ?? 0) + (verbMatch[2]?.length ?? 0);
    // The greedy prefix takes the last verb and leaves its adverbs (深刻指出) behind: give them back.
    const adverbs = new RegExp(`${reader.adverbs}所?$`, 'u').exec(verbMatch[1] ?? '')?.[0] ?? '';
    const verbStart = clauseFrom + (verbMatch[1]?.length ?? 0) - adverbs.length;
    const subject = subjectBefore(reader, start, verbStart) ?? impliedSubject(reader, start, verbStart);
    const verb = reader.folded.slice(verbStart, verbEnd);
    return subject ? leaderAt(subject, verb) : { leader: false };
  }
  if (SAYING_CONTEXT.test(before)) return { leader: false };
  // A clause ending in a colon introduces words: its subject said them (总书记有感而发：).
  if (/[：]\s*$/.test(before)) {
    const subject = subjectBefore(reader, start, span.open);
    return subject ? leaderAt(subject, '') : undefined;
  }
  return undefined;
}

/**
 * What may stand between a saying verb and the quotation: nothing, 要/是, a
 * comma or colon and a short lead-in, an object ending in a colon, or (for
 * a whole quoted sentence) an object alone (强调学习原著的重要意义“……”).
 */
function introducesWords(object: string, mark: string, lead: string, words: string): boolean {
  if (mark === '') {
    const after = object + lead;
    return after === '' || after === '要' || after === '是' || (after.length <= MAX_OBJECT_CHARS && looksLikeStandaloneSentence(words, MIN_STANDALONE_CHARS));
  }
  return object === '' || (mark === '：' && lead === '');
}

/**
 * A saying verb with no subject in its clause (在正定，提出“……”; 郑重提出“……”):
 * the leader the text has been talking about, when nothing but adverbs and a
 * place stand before the verb and nobody else was named since.
 */
function impliedSubject(reader: Reader, sentenceFrom: number, verbStart: number): { start: number; end: number } | undefined {
  const clauseStart = Math.max(sentenceFrom, reader.masked.lastIndexOf('，', verbStart - 1) + 1);
  const clause = reader.masked.slice(clauseStart, verbStart).replace(new RegExp(`^(?:${reader.adverbs})$`, 'u'), '');
  if (clause !== '' || namesSomeoneElse(reader.masked, sentenceFrom, verbStart)) return undefined;
  return leaderBefore(reader, sentenceFrom);
}

/** “甲”“乙”……习近平总书记提出了…: the attribution after a row of quotations that opens its sentence. */
function attributionAfterRow(reader: Reader, row: readonly QuoteSpan[]): Attribution | undefined {
  const first = row[0];
  const last = row[row.length - 1];
  if (!first || !last) return undefined;
  const { masked } = reader;
  const inline = INLINE_AFTER_VERB.exec(masked.slice(last.close + 1));
  if (inline) {
    const start = sentenceStart(masked, first.open);
    const subject = subjectBefore(reader, start, first.open);
    return subject ? leaderAt(subject, '') : undefined;
  }
  if (!opensSentence(masked, first.open)) return undefined;
  let rest = masked.slice(last.close + 1);
  // A row on lines of its own: the attribution is the next paragraph's first sentence.
  if (/^[ \t]*\n/.test(rest)) rest = rest.replace(/^\s+/, '');
  const sentences = rest.split(/[。！？]|\n/, 2);
  for (const sentence of sentences) {
    // The next quotation's own attribution (“甲”总书记强调：“乙”) is not this row's.
    if (sentence.includes('“')) return undefined;
    const offset = masked.length - rest.length + rest.indexOf(sentence);
    const speech = AFTER_SPEECH.test(sentence);
    const subject = firstSubject(reader, offset, offset + sentence.length);
    if (speech) return subject ? leaderAt(subject, '') : { leader: false };
    // “……。”一位茶农放下锄头，同总书记唠起家常: the person the next sentence is about said it.
    if (!subject) return namesSomeoneElse(masked, offset, offset + sentence.length) ? { leader: false } : undefined;
  }
  return undefined;
}

/** A quotation standing as a sentence of its own: after 。！？, a line break, a colon, a dash or another quotation. */
function opensSentence(masked: string, open: number): boolean {
  return /(?:^|[。！？：\n”]|——)\s*$/.test(masked.slice(Math.max(0, open - 20), open));
}

function firstSubject(reader: Reader, from: number, end: number): { start: number; end: number } | undefined {
  for (const match of reader.masked.slice(from, end).matchAll(reader.mention)) {
    const start = from + match.index;
    if (isSubjectMention(reader.masked, start, start + match[0].length)) return { start, end: start + match[0].length };
  }
  return undefined;
}

/** 总书记在座谈时说，……变为现实。“……”: a quotation that continues what the sentence before reported him saying. */
function attributionInPreviousSentence(reader: Reader, span: QuoteSpan): Attribution | undefined {
  const { masked } = reader;
  const start = sentenceStart(masked, span.open);
  if (masked.slice(start, span.open).trim() !== '' || masked.charAt(start - 1) !== '。') return undefined;
  const previousStart = sentenceStart(masked, start - 1);
  const previous = masked.slice(previousStart, start - 1);
  if (previous.includes(MASK)) return undefined;
  const said = new RegExp(`(?:${reader.verbs})[，：]`, 'u').exec(previous);
  if (!said) return undefined;
  const subject = subjectBefore(reader, previousStart, previousStart + said.index);
  return subject ? leaderAt(subject, '') : undefined;
}

/**
 * 习近平……就听到过高西沟的名字，“你们这里……”; 总书记的讲话……宣告了一个目标，即“……”:
 * a whole quoted sentence attached by a comma (or 即) to a sentence whose
 * subject is a leader, with nobody else named in it, is his words.
 */
function attributionByComma(reader: Reader, span: QuoteSpan, words: string): Attribution | undefined {
  const { masked } = reader;
  const start = sentenceStart(masked, span.open);
  const before = masked.slice(start, span.open);
  if (!/，(?:即|就是)?\s*$/.test(before)) return undefined;
  if (!endsSentence(words) && !looksLikeStandaloneSentence(words, MIN_STANDALONE_CHARS)) return undefined;
  // Someone else named, or telling (刘明华告诉我们，……习近平来到这里，“……”): the teller's words.
  if (namesSomeoneElse(masked, start, span.open) || AFTER_SPEECH.test(before)) return undefined;
  const subject = firstSubject(reader, start, span.open) ?? leaderBefore(reader, start);
  return subject ? leaderAt(subject, '') : undefined;
}

/** Words that end their own sentence inside the marks: “……深入基层。” */
function endsSentence(words: string): boolean {
  return /[。！？]\s*$/.test(words) && wordCount(words) >= MIN_PHRASE_CHARS;
}

function wordCount(words: string): number {
  return words.match(WORD_CHARS)?.length ?? 0;
}

/**
 * Names, not words said: short strings without a clause (“千万工程”), numeral
 * formulas (两个确立, 四下基层), lists joined only by 、, and slogans of
 * parallel clauses (小事不出村，大事不出镇，矛盾不上交; ……下基层，……下基层).
 */
export function isTermOrFormula(words: string): boolean {
  const count = wordCount(words);
  const clause = CLAUSE_PUNCTUATION.test(words);
  if (NUMERAL_START.test(words) && count <= 8) return true;
  if (!clause) return count < MIN_PHRASE_CHARS || isListOfNames(words);
  const clauses = words.split(/[，；。！？：]/).map((c) => c.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  if (clauses.length < 3) return false;
  if (clauses.every((c) => c.length <= 5)) return true;
  const shared = (pick: (c: string) => string): boolean => clauses.every((c) => pick(c) === pick(clauses[0] ?? ''));
  return shared((c) => c.slice(-2)) || shared((c) => c.slice(0, 2));
}

/** 最讲党性、最讲政治、最讲忠诚 or 千村示范、万村整治: short items joined by 、 (not 努力成为可堪大用、能担重任的栋梁之才). */
function isListOfNames(words: string): boolean {
  const items = words.split('、');
  return items.length >= 3 || (items.length === 2 && items.every((item) => wordCount(item) <= 6));
}

/**
 * A whole sentence: long enough and with clause punctuation. A list joined
 * only by 、 (最讲党性、最讲政治、最讲忠诚、最讲担当) is a set of names.
 */
function looksLikeStandaloneSentence(words: string, minChars: number): boolean {
  return wordCount(words) >= minChars && CLAUSE_PUNCTUATION.test(words);
}
