import { matchLineMarker, type LineMarker } from '../../import/markers.js';
import type { HeadingLevel } from '../../model/schema.js';

/**
 * A number typed at the start of a block's text (一是 / 一、 / （一） / 1. /
 * （1） / 第一， / 首先，), recognised as the plain-text import recognises a
 * line's number. `length` is how much to strip: the number, its punctuation
 * and the spaces after it.
 */
export interface LiteralNumber {
  marker: LineMarker;
  length: number;
  /** What the number is, for messages: the literal as typed, e.g. “三是”. */
  literal: string;
}

export function literalNumberAt(text: string): LiteralNumber | undefined {
  const marker = matchLineMarker(text);
  if (!marker) return undefined;
  const length = text.length - marker.rest.length;
  return { marker, length, literal: text.slice(0, length).trim() };
}

/** The sequence a literal number belongs to: run-in points of one style, or headings of one level. */
export function sequenceKey(marker: LineMarker): string {
  return marker.kind === 'point' ? marker.style : `heading${marker.level}`;
}

/** Headings open a new scope for every deeper level and for points. */
export function headingLevelOf(marker: LineMarker): HeadingLevel | undefined {
  return marker.kind === 'heading' ? marker.level : undefined;
}

const SEQUENCE_WORDS = ['首先', '其次', '再次', '最后'];

/**
 * A point opening with 首先/其次/再次/最后 without the comma the line
 * marker needs (首先要……): in a point the word can only be its number.
 */
export function sequenceWordAt(text: string): LiteralNumber | undefined {
  const m = /^(首先|其次|再次|最后)[，,、：:]?\s*/.exec(text);
  if (!m || m[0].length === text.length) return undefined;
  const number = SEQUENCE_WORDS.indexOf(m[1] ?? '') + 1;
  return { marker: { kind: 'point', style: 'shou-xian', number, rest: text.slice(m[0].length) }, length: m[0].length, literal: m[0].trim() };
}
