import { HAN } from './text-shape.js';

/**
 * Junk inside an article line, removed from the line while the line stays:
 * pinyin after the character it annotates (發(fā)言), paywall markers
 * (##paidbegin##), stray HTML tags (<br>, </p>), emoji runs injected as SEO
 * spam, mojibake runs (U+FFFD, 锟斤拷) and the random ASCII “jammer” strings
 * forum mirrors scatter against copying. Each kind is a shape, not a word
 * list, so it carries to sites nobody has seen. What was removed is
 * returned, for the preview's strike-through.
 */
export interface InlineJunkKind {
  reason: string;
  pattern: RegExp;
}

const TONE_VOWEL = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
/** A pinyin syllable with a tone mark, in brackets right after a Han character: 發(fā) (or with its “(” garbled to “?”). */
const PINYIN_AFTER_HAN = new RegExp(`(?<=[${HAN}])[(（][a-zü]*[${TONE_VOWEL}][a-zü]*[)）]|\\?[a-zü]*[${TONE_VOWEL}][a-zü]*\\)`, 'g');
/** Emoji and pictographic symbols with their modifiers, joiners and variation selectors. */
const EMOJI_RUN = /(?:[\p{Extended_Pictographic}\u2600-\u27BF\u2B00-\u2BFF\u{1F100}-\u{1F1FF}](?:[\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u20E3]|\u200D[\p{Extended_Pictographic}\u2640\u2642])*)+/gu;
/**
 * A jammer: four or more space-separated tokens of one or two ASCII
 * characters mixing punctuation, letters and digits (“+ O2 W- O: E/ I5 L9 Z”).
 * Ordinary text never strings such tokens together.
 */
const JAMMER = /(?:^|(?<=[\s\u4E00-\u9FFF。，；：！？、]))(?:[!-~]{1,2} ){3,}[!-~]{1,2}(?=$|\s|[\u4E00-\u9FFF。，；：！？、]|\d[.、．])/g;

/**
 * The text without pinyin glosses, and where each of its characters (and
 * its end) stood in the original: readers can then match 習(xí)近平 as a name
 * and still report offsets in the text they were given.
 */
export function withoutPinyinGlosses(text: string): { text: string; original: (index: number) => number } {
  const kept: number[] = [];
  let from = 0;
  let out = '';
  for (const match of text.matchAll(PINYIN_AFTER_HAN)) {
    for (let i = from; i < match.index; i++) kept.push(i);
    out += text.slice(from, match.index);
    from = match.index + match[0].length;
  }
  if (kept.length === 0 && from === 0) return { text, original: (index) => index };
  for (let i = from; i < text.length; i++) kept.push(i);
  out += text.slice(from);
  return { text: out, original: (index) => (index < kept.length ? (kept[index] ?? text.length) : text.length) };
}

/**
 * A 公文's printed page number, kept by a PDF-to-web conversion: —1— run into
 * the text (never a range: a number between dashes). Alone on its line it is
 * a page break, which the page-break rules join across.
 */
const PAGE_NUMBER = /(?:^|(?<=[。！？；：”\p{Script=Han}]))\s*[—－–-]{1,2}\s?\d{1,3}\s?[—－–-]{1,2}\s*(?=\p{Script=Han})/gu;
/**
 * Gambling spam injected into school and government pages: a Latin brand
 * glued to 官网 / 官方网站 / 老品牌 (best365官方网站登录入口, 9999js金沙老品牌).
 */
const BRAND_SPAM = /[A-Za-z0-9]{2,12}[\u4E00-\u9FFF]{0,3}(?:官方网站|官网|老品牌)(?:登录入口|入口|首页)?/g;
/** A site's name and address stamped before a paragraph: 某某范文宝典:www.example.com今天这次会议… (alone on a line, it is a junk line). */
const SITE_STAMP = /[\u4E00-\u9FFF]{2,16}[：:]\s*(?:https?:\/\/)?www\.[a-z0-9-]+(?:\.[a-z]{2,6}){1,2}(?=[\u4E00-\u9FFF])/gi;

export const INLINE_JUNK: readonly InlineJunkKind[] = [
  { reason: '拼音注音', pattern: PINYIN_AFTER_HAN },
  { reason: '页码', pattern: PAGE_NUMBER },
  { reason: '博彩广告', pattern: BRAND_SPAM },
  { reason: '网站水印', pattern: SITE_STAMP },
  { reason: '付费墙标记', pattern: /##[a-z]+##/gi },
  { reason: '网页标签残留', pattern: /<\/?(?:br|p|div|span|strong|b|em|i|font|a)\b[^<>]{0,80}>/gi },
  // A damaged character decodes to up to three U+FFFD: that stays, shown as damage; a longer run is mojibake.
  { reason: '乱码', pattern: /\uFFFD{4,}|(?:锟斤拷|烫烫烫|屯屯屯)+/g },
  { reason: '表情符号', pattern: EMOJI_RUN },
  { reason: '防采集乱码', pattern: JAMMER },
];

export interface InlineJunkResult {
  text: string;
  /** The removed pieces with why, in order found. */
  removed: { text: string; reason: string }[];
}

/** A jammer must mix kinds of characters: a run like “A B C D” (initials) is text. */
const isJammer = (run: string): boolean => {
  const kinds = [/[A-Za-z]/, /\d/, /[^\sA-Za-z\d]/].filter((kind) => kind.test(run)).length;
  return kinds >= 2 && /[^\sA-Za-z\d]/.test(run);
};

/**
 * Typographic entities a site printed as text (“程序问题&rdquo和…”), with or
 * without their semicolon: restored to the character. A handful, because
 * only these occur in Chinese prose; the HTML reader decodes real markup.
 */
const STRAY_ENTITIES: Record<string, string> = {
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·', quot: '"', nbsp: ' ', amp: '&',
};
const STRAY_ENTITY = /&(ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot|quot|nbsp|amp);?/g;

export function removeInlineJunk(text: string): InlineJunkResult {
  const removed: InlineJunkResult['removed'] = [];
  let out = text.replace(STRAY_ENTITY, (entity, name: string) => {
    removed.push({ text: entity, reason: '网页字符代码（已还原）' });
    return STRAY_ENTITIES[name] ?? entity;
  });
  for (const { reason, pattern } of INLINE_JUNK) {
    out = out.replace(pattern, (piece) => {
      if (pattern === JAMMER && !isJammer(piece)) return piece;
      if (pattern === EMOJI_RUN && /^[©®™]$/.test(piece)) return piece;
      removed.push({ text: piece, reason });
      return '';
    });
  }
  return { text: removed.length === 0 ? text : out.replace(/[ \t]{2,}/g, ' ').trim(), removed };
}
