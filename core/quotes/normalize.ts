import { Converter } from 'opencc-js/t2cn';

/**
 * Normalisation for matching only: quotations are always shown and stored as
 * written. Two texts that differ only in punctuation width (，/,), spaces or
 * traditional/simplified characters are the same words; any other difference
 * is a difference a misquotation check must see.
 */

/** Half-width and variant punctuation → the full-width form a Chinese text uses. */
const PUNCTUATION: Record<string, string> = {
  ',': '，', '，': '，', '﹐': '，', '､': '、', '﹑': '、',
  ';': '；', '﹔': '；', ':': '：', '﹕': '：',
  '?': '？', '﹖': '？', '!': '！', '﹗': '！',
  '(': '（', '﹙': '（', ')': '）', '﹚': '）',
  '｡': '。', '．': '.', '～': '～', '~': '～',
  '「': '“', '『': '“', '﹁': '“', '﹃': '“', '」': '”', '』': '”', '﹂': '”', '﹄': '”',
  '＂': '"', '＇': "'",
  '・': '·', '•': '·', '‧': '·',
};

const toSimplified = Converter({ from: 't', to: 'cn' });

/** Folded code unit per code unit, filled on first sight (0: not yet): matching folds every library text it looks at. */
const foldedCodes = new Uint16Array(0x10000);

function computeFold(char: string): string {
  const punctuation = PUNCTUATION[char];
  if (punctuation !== undefined) return punctuation;
  const code = char.charCodeAt(0);
  // Full-width ASCII letters and digits (Ａ, １) → ASCII; full-width punctuation was mapped above.
  if (code >= 0xff01 && code <= 0xff5e) {
    const ascii = String.fromCharCode(code - 0xfee0);
    return PUNCTUATION[ascii] ?? ascii;
  }
  if (code === 0x3000) return ' ';
  if (code < 0x3400 || (code >= 0xd800 && code <= 0xdfff)) return char;
  const converted = toSimplified(char);
  // Only one-for-one conversions: a phrase-level one would shift offsets.
  return converted.length === 1 ? converted : char;
}

function foldCode(code: number): number {
  let folded = foldedCodes[code] ?? 0;
  if (folded === 0) {
    folded = computeFold(String.fromCharCode(code)).charCodeAt(0);
    foldedCodes[code] = folded;
  }
  return folded;
}

/**
 * One character folded for matching, always to exactly one UTF-16 unit so
 * offsets in folded text are offsets in the original.
 */
export function foldChar(char: string): string {
  return String.fromCharCode(foldCode(char.charCodeAt(0)));
}

/** The text folded character by character: same length, same offsets. */
export function foldText(text: string): string {
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = foldCode(text.charCodeAt(i));
  return codesToString(codes);
}

/** String.fromCharCode in chunks: spreading a long array would overflow the call stack. */
function codesToString(codes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

const SPACE = /[\s\u200b-\u200d\u2060\ufeff]/;

/**
 * All quote marks count as one for matching: a quotation nested in a draft's
 * own “” must use ‘’ where the library text, standing alone, has “”.
 */
const KEY_QUOTES: Record<string, string> = { '“': '"', '”': '"', '‘': '"', '’': '"', "'": '"' };

export interface MatchKey {
  /** The folded text without spaces: what is compared. */
  key: string;
  /** origin[i] is the index in the original text of key[i]. */
  origin: number[];
}

/** The matching form of a text, with the way back to original offsets. */
export function matchKey(text: string): MatchKey {
  const codes: number[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = keyCode(text.charCodeAt(i));
    if (code === DROPPED) continue;
    codes.push(code);
    origin.push(i);
  }
  return { key: codesToString(codes), origin };
}

const DROPPED = -1;
/** The key's code unit for a code unit of text (DROPPED for spaces), memoised like foldedCodes. */
const keyCodes = new Int32Array(0x10000);

function keyCode(code: number): number {
  let cached = keyCodes[code] ?? 0;
  if (cached === 0) {
    const char = String.fromCharCode(code);
    const folded = String.fromCharCode(foldCode(code));
    cached = SPACE.test(char) || folded === ' ' ? DROPPED : (KEY_QUOTES[folded] ?? folded.toLowerCase()).charCodeAt(0);
    keyCodes[code] = cached;
  }
  return cached;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The characters that make the wording, without punctuation: 、 or ， between
 * clauses, a final 。 or quote marks do not make a quotation different words.
 * Offsets map back to the text like matchKey's.
 */
export function wordKey(text: string): MatchKey {
  const full = matchKey(text);
  const codes: number[] = [];
  const origin: number[] = [];
  for (let i = 0; i < full.key.length; i++) {
    if (!WORD_CHAR.test(full.key.charAt(i))) continue;
    codes.push(full.key.charCodeAt(i));
    origin.push(full.origin[i] ?? 0);
  }
  return { key: codesToString(codes), origin };
}

/** The normalised text alone: duplicate detection and the library's `norm` column. */
export function normalizeQuoteText(text: string): string {
  return matchKey(text).key;
}

const TRAILING_PUNCTUATION = /[。，、；：！？.…]+$/;

/**
 * A quotation's key without its closing punctuation: a draft may end a
 * quotation embedded in its own sentence without the 。 the source has.
 */
export function trimTrailingPunctuation(key: string): string {
  return key.replace(TRAILING_PUNCTUATION, '');
}

/** The original span [start, end) of key[from, to). */
export function originalSpan(match: MatchKey, from: number, to: number): { start: number; end: number } {
  const start = match.origin[from] ?? 0;
  const last = match.origin[to - 1];
  return { start, end: last === undefined ? start : last + 1 };
}

const OUTER_QUOTES = /^\s*[“"「『‘']([\s\S]*)[”"」』’']\s*$/;

/** A quotation as typed or pasted: trimmed, without one pair of surrounding quote marks. */
export function cleanQuoteText(text: string): string {
  const trimmed = text.trim();
  const inner = OUTER_QUOTES.exec(trimmed)?.[1];
  // Only strip when the marks enclose the whole text (“甲”和“乙” is not one quotation).
  if (inner !== undefined && !/[“”"「」『』]/.test(inner)) return inner.trim();
  return trimmed;
}
