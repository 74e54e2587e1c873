import { parseChineseNumeral } from '../model/chinese-numerals.js';
import type { HeadingLevel, NumberStyle } from '../model/schema.js';

/**
 * The literal numbers that open a line in existing material. Importing
 * removes them because the draft derives its numbering; each match says
 * what the line is and how it was numbered.
 */
export type LineMarker =
  | { kind: 'heading'; level: HeadingLevel; number: number; rest: string }
  | { kind: 'point'; style: NumberStyle; number: number; rest: string };

const CN = '[一二三四五六七八九十]{1,3}';
const SHOU_XIAN_WORDS = ['首先', '其次', '再次', '最后'];

const PATTERNS: { regex: RegExp; build: (m: RegExpExecArray) => LineMarker | undefined }[] = [
  // 一是 二是 … 十二是 (run-in points)
  { regex: new RegExp(`^(${CN})是`), build: (m) => point('yi-shi', parseChineseNumeral(m[1] ?? ''), m) },
  // 一、 (level 1)
  { regex: new RegExp(`^(${CN})[、．.]\\s*`), build: (m) => heading(1, parseChineseNumeral(m[1] ?? ''), m) },
  // （一） (level 2), half-width parentheses too
  { regex: new RegExp(`^[（(](${CN})[）)]\\s*`), build: (m) => heading(2, parseChineseNumeral(m[1] ?? ''), m) },
  // 1. 1． 1、 (level 3) — but not a decimal such as 2.46万
  { regex: /^(\d{1,2})(?:[.．](?!\d)|、)\s*/, build: (m) => heading(3, Number(m[1]), m) },
  // （1） (level 4)
  { regex: /^[（(](\d{1,2})[）)]\s*/, build: (m) => heading(4, Number(m[1]), m) },
  // 第一， 第二、 (ordinal points)
  { regex: new RegExp(`^第(${CN})[，,、：:]\\s*`), build: (m) => point('di-yi', parseChineseNumeral(m[1] ?? ''), m) },
  // 首先， 其次， 再次， 最后，
  {
    regex: /^(首先|其次|再次|最后)[，,：:]\s*/,
    build: (m) => point('shou-xian', SHOU_XIAN_WORDS.indexOf(m[1] ?? '') + 1, m),
  },
];

function point(style: NumberStyle, number: number | undefined, m: RegExpExecArray): LineMarker | undefined {
  const rest = m.input.slice(m[0].length);
  return number && rest.trim() !== '' ? { kind: 'point', style, number, rest } : undefined;
}

function heading(level: HeadingLevel, number: number | undefined, m: RegExpExecArray): LineMarker | undefined {
  const rest = m.input.slice(m[0].length);
  return number && rest.trim() !== '' ? { kind: 'heading', level, number, rest } : undefined;
}

/** The numbering marker a line opens with, if any. */
export function matchLineMarker(line: string): LineMarker | undefined {
  for (const { regex, build } of PATTERNS) {
    const m = regex.exec(line);
    const marker = m ? build(m) : undefined;
    if (marker) return marker;
  }
  return undefined;
}
