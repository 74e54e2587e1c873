import chardet from 'chardet';
import { GaojiangError } from '../errors.js';
import { ownValue } from '../own-key.js';

/**
 * The one decoder of text files, for the app (renderer/src/app/import) and
 * the CLI (core/node/text-file.ts). Chinese office machines write UTF-8 (with
 * or without a BOM), GBK/GB18030 (Notepad's “ANSI”), UTF-16 (Notepad's
 * “Unicode”) and now and then Big5. Bytes alone often fit several of them
 * (GBK “一要学习” is valid UTF-8, as Cyrillic), so every candidate is decoded
 * whole and judged by what Chinese text looks like: common Han characters,
 * Chinese punctuation, ASCII — not Cyrillic, private-use or damaged
 * characters. A text that reads as nothing plausible is refused in Chinese
 * rather than imported as mojibake.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The last character was cut off (a truncated copy or download) and dropped. */
  truncatedEnd: boolean;
  /** Bytes no character could be read from, shown as U+FFFD. */
  damaged: number;
}

/** core has neither DOM nor Node types; TextDecoder (WHATWG Encoding) exists in both. */
type Decoder = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(bytes: Uint8Array): string };
const TextDecoderClass = (globalThis as unknown as { TextDecoder: Decoder }).TextDecoder;

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16（Unicode）',
  'utf-16be': 'UTF-16（大端）',
  gb18030: 'GBK（GB18030）',
  big5: 'Big5（繁体）',
};

/** The sentences a preview shows about how the text was read. */
export function encodingNotes(decoded: Pick<DecodedText, 'encoding' | 'truncatedEnd' | 'damaged'>): string[] {
  return [
    `文本按 ${ENCODING_NAMES[decoded.encoding]} 编码读取。`,
    ...(decoded.truncatedEnd ? ['文件末尾有一个不完整的字符（文件可能没有复制完整），已舍去。'] : []),
    ...(decoded.damaged > 0 ? [`有 ${decoded.damaged} 处字节已损坏、无法识别，显示为 �。`] : []),
  ];
}

const REPLACEMENT = 0xfffd;

/**
 * The 3,755 most frequent Han characters: GB2312's first level (rows
 * 0xB0–0xD7), decoded once. Real Chinese text, even traditional, is mostly
 * made of them; UTF-8 bytes read as GBK land in GB2312's rarer second level.
 */
let frequentHan: Set<number> | undefined;
function isFrequentHan(code: number): boolean {
  if (!frequentHan) {
    const bytes: number[] = [];
    for (let row = 0xb0; row <= 0xd7; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
    frequentHan = new Set([...new TextDecoderClass('gb18030').decode(new Uint8Array(bytes))].map((c) => c.codePointAt(0)!));
  }
  return frequentHan.has(code);
}

const isHan = (code: number): boolean => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x20000 && code <= 0x3134f);

/** Characters Chinese text uses besides ASCII and Han: punctuation, full-width forms, bullets, ①, № … */
const isChinesePunctuationOrSymbol = (code: number): boolean =>
  (code >= 0x3000 && code <= 0x303f) || // CJK punctuation: 。、「」《》
  (code >= 0xff00 && code <= 0xffef) || // full-width forms: ，！（）
  (code >= 0x2000 && code <= 0x206f) || // general punctuation: “”‘’…—
  (code >= 0x2100 && code <= 0x27bf) || // letterlike, numbers, arrows, ①–⑳, boxes, shapes
  code === 0xb7 || code === 0xd7 || code === 0xf7 || code === 0xa0 || code === 0xb0 || code === 0xa7 || code === 0xfeff;

interface Plausibility {
  /** Non-ASCII characters that Chinese text uses, over all non-ASCII characters (1 when there are none). */
  chinese: number;
  /** Frequent Han characters over all Han characters (1 when there are none). */
  frequent: number;
  replacements: number;
  nonAscii: number;
  han: number;
}

/** How much a decoding looks like Chinese text, over the whole text. */
function plausibility(text: string): Plausibility {
  let nonAscii = 0;
  let chinese = 0;
  let han = 0;
  let frequent = 0;
  let replacements = 0;
  let controls = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) controls++;
      continue;
    }
    nonAscii++;
    if (code === REPLACEMENT) replacements++;
    else if (isHan(code)) {
      han++;
      chinese++;
      if (isFrequentHan(code)) frequent++;
    } else if (isChinesePunctuationOrSymbol(code)) chinese++;
  }
  // Control characters (NULs of UTF-16 read as bytes) count against a decoding like foreign characters.
  const total = nonAscii + controls;
  return { chinese: total === 0 ? 1 : chinese / total, frequent: han === 0 ? 1 : frequent / han, replacements, nonAscii: total, han };
}

/**
 * Worth showing: most non-ASCII characters are Chinese ones, a fair share of
 * the Han ones frequent (judged from a few on: a name like 喆 alone is rare
 * but real), damage rare.
 */
const MIN_CHINESE_SHARE = 0.8;
const MIN_FREQUENT_SHARE = 0.3;
const MIN_HAN_FOR_FREQUENCY = 8;
const MAX_DAMAGED_SHARE = 0.01;

const passes = (p: Plausibility): boolean =>
  p.chinese >= MIN_CHINESE_SHARE &&
  (p.han < MIN_HAN_FOR_FREQUENCY || p.frequent >= MIN_FREQUENT_SHARE) &&
  p.replacements <= Math.max(0, p.nonAscii * MAX_DAMAGED_SHARE);

/** Higher is more Chinese-looking; damage weighs double. */
const score = (p: Plausibility): number => p.chinese + p.frequent - (p.nonAscii === 0 ? 0 : (2 * p.replacements) / p.nonAscii);

/** Bytes of a character cut off at the very end, in `encoding` (0 when the end is whole). */
function cutTail(bytes: Uint8Array, encoding: TextEncoding): number {
  const n = bytes.length;
  if (encoding === 'utf-8') {
    // Up to three continuation bytes (10xxxxxx) after a lead byte that announces more.
    for (let back = 1; back <= Math.min(4, n); back++) {
      const byte = bytes[n - back]!;
      if ((byte & 0xc0) === 0x80) continue;
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return length > back ? back : 0;
    }
    return 0;
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    if (n % 2 === 1) return 1;
    if (n < 2) return 0;
    const unit = encoding === 'utf-16le' ? bytes[n - 2]! | (bytes[n - 1]! << 8) : (bytes[n - 2]! << 8) | bytes[n - 1]!;
    return unit >= 0xd800 && unit <= 0xdbff ? 2 : 0; // a high surrogate without its low half
  }
  // GB18030 and Big5: a lead byte that lost its trail. Leads and most trails are ≥ 0x81, so an odd run of
  // such bytes at the end leaves the last one alone (a four-byte GB18030 form cut short shows as damage).
  let high = 0;
  for (let at = n - 1; at >= 0 && bytes[at]! >= 0x81; at--) high++;
  return high % 2 === 1 ? 1 : 0;
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding, bomLength: number): DecodedText {
  const body = bytes.subarray(bomLength);
  const cut = cutTail(body, encoding);
  const text = new TextDecoderClass(encoding, { ignoreBOM: true }).decode(body.subarray(0, body.length - cut));
  let damaged = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) damaged++;
  return { text, encoding, truncatedEnd: cut > 0, damaged };
}

function byteOrderMark(bytes: Uint8Array): { encoding: TextEncoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Encodings chardet names that we read besides UTF-8 and GB18030 (UTF-16 without a BOM, Big5). */
const FROM_CHARDET: Record<string, TextEncoding> = { 'UTF-16LE': 'utf-16le', 'UTF-16BE': 'utf-16be', Big5: 'big5' };

const unreadable = (detail: string): GaojiangError =>
  new GaojiangError(
    'invalid-input',
    '无法识别这个文本文件的编码，读出来是乱码，没有导入。请用记事本或 WPS 打开它，另存为“UTF-8”编码后再导入。',
    `text encoding not recognised: ${detail}`,
  );

/**
 * Decodes a text file's bytes. A byte order mark decides; otherwise UTF-8 and
 * GB18030 (and what chardet proposes when both fail) are decoded whole and the
 * most Chinese-looking decoding that passes wins. Throws a Chinese error when
 * none passes: mojibake is never imported as if it were text.
 */
export function decodeChineseBytes(bytes: Uint8Array): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom) return decodeAs(bytes, bom.encoding, bom.length);
  const judged = (list: DecodedText[]) => list.map((decoded) => ({ decoded, p: plausibility(decoded.text) })).filter(({ p }) => passes(p));
  // Undamaged UTF-8 that reads as Chinese is taken at once: GBK bytes are (almost) never valid UTF-8 that
  // also looks Chinese — “一要学习” is valid UTF-8 but Cyrillic, and fails here — and a large file is judged once.
  const utf8 = decodeAs(bytes, 'utf-8', 0);
  const [clean] = utf8.damaged === 0 ? judged([utf8]) : [];
  if (clean) return clean.decoded;
  let passing = judged([utf8, decodeAs(bytes, 'gb18030', 0)]);
  if (passing.length === 0) {
    // chardet only proposes (from a sample, so a large file stays fast); the whole text still has to pass.
    const proposals = chardet
      .analyse(bytes.subarray(0, 64 * 1024))
      .map((match) => ownValue(FROM_CHARDET, match.name))
      .filter((encoding): encoding is TextEncoding => encoding !== undefined);
    passing = judged([...new Set(proposals)].map((encoding) => decodeAs(bytes, encoding, 0)));
  }
  // Equal scores (pure ASCII, or text valid both ways): UTF-8, listed first, wins.
  const best = passing.reduce<(typeof passing)[number] | undefined>((top, entry) => (!top || score(entry.p) > score(top.p) ? entry : top), undefined);
  if (!best) throw unreadable(`${bytes.length} bytes, no plausible decoding`);
  return best.decoded;
}
