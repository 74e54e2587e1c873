import { DEFAULT_NUMBERING } from '../model/numbering.js';
import { DRAFT_SCHEMA_VERSION, type Block, type Draft, type Genre, type Inline, type NumberStyle } from '../model/schema.js';
import { EMPTY_META } from '../model/create.js';
import { matchLineMarker, type LineMarker } from './markers.js';

export interface PlainTextImportOptions {
  /** Used as the title when the first line does not look like one (e.g. the file name). */
  fallbackTitle?: string;
}

/** A title is one short line that does not end a sentence. */
const MAX_TITLE_CHARS = 60;
/** A lead clause longer than this is a whole paragraph, not a lead. */
const MAX_LEAD_CHARS = 80;
/** A heading line longer than this holds the heading as its first sentence plus body text. */
const MAX_HEADING_CHARS = 50;

const SENTENCE_END = /[。！？!?]/;

/**
 * Plain text → draft. One paragraph per non-empty line; the first line is the
 * title when it looks like one; lines opening with 一是/二是, 首先/其次,
 * 第一/第二 become points and lines opening with 一、（一）1.（1） headings,
 * with their literal numbers removed (the draft derives them). Text is
 * otherwise kept exactly: cleanup of junk and 繁→简 belong to a later stage.
 */
export function importPlainText(text: string, options: PlainTextImportOptions = {}): Draft {
  const lines = splitLines(text);
  let title = options.fallbackTitle ?? '';
  if (lines[0] !== undefined && looksLikeTitle(lines[0])) title = lines.shift() ?? '';
  const body = linesToBlocks(lines);
  const children: Block[] = [{ type: 'title', children: [{ text: title }] }, ...body.blocks];
  if (children.length === 1) children.push({ type: 'paragraph', children: [{ text: '' }] });

  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    meta: { ...EMPTY_META, genre: guessGenre(title), templateId: '' },
    numbering: { ...DEFAULT_NUMBERING, point: body.pointStyle ?? DEFAULT_NUMBERING.point },
    children,
  };
}

/**
 * Body text → blocks, one or two per non-empty line (a run-in heading line
 * gives a heading and a paragraph). Also what the editor does with pasted
 * text. `pointStyle` is the run-in style the points used, if any.
 */
export function textToBlocks(text: string): { blocks: Block[]; pointStyle: NumberStyle | undefined } {
  return linesToBlocks(splitLines(text));
}

function linesToBlocks(lines: readonly string[]): { blocks: Block[]; pointStyle: NumberStyle | undefined } {
  const markers = lines.map(matchLineMarker);
  const pointStyle = choosePointStyle(markers);
  const blocks = lines.flatMap((line, i) => lineToBlocks(line, markers[i], pointStyle));
  return { blocks, pointStyle };
}

function splitLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line !== '');
}

function looksLikeTitle(line: string): boolean {
  return [...line].length <= MAX_TITLE_CHARS && !/[。！？；;!?]$/.test(line) && matchLineMarker(line) === undefined;
}

/**
 * Which run-in style the points use. 一是 always marks a point; 首先 and 第一
 * are ordinary words too, so they count only when the text has a sequence of
 * them (two or more lines).
 */
function choosePointStyle(markers: (LineMarker | undefined)[]): NumberStyle | undefined {
  const counts = new Map<NumberStyle, number>();
  for (const marker of markers) {
    if (marker?.kind === 'point') counts.set(marker.style, (counts.get(marker.style) ?? 0) + 1);
  }
  if (counts.has('yi-shi')) return 'yi-shi';
  for (const style of ['shou-xian', 'di-yi'] as const) {
    if ((counts.get(style) ?? 0) >= 2) return style;
  }
  return undefined;
}

function lineToBlocks(line: string, marker: LineMarker | undefined, pointStyle: NumberStyle | undefined): Block[] {
  if (marker?.kind === 'point' && marker.style === pointStyle) {
    return [{ type: 'point', children: splitLeadClause(marker.rest) }];
  }
  if (marker?.kind === 'heading') {
    const [heading, body] = splitRunInHeading(marker.rest);
    const blocks: Block[] = [{ type: 'heading', level: marker.level, children: [{ text: heading }] }];
    if (body) blocks.push({ type: 'paragraph', children: [{ text: body }] });
    return blocks;
  }
  return [{ type: 'paragraph', children: [{ text: line }] }];
}

/** The lead clause of a point is its first sentence, when that is short enough to be one. */
function splitLeadClause(text: string): Inline[] {
  const end = firstSentenceEnd(text) ?? text.length;
  if (end > MAX_LEAD_CHARS) return [{ text }];
  if (end === text.length) return [{ text, lead: true }];
  return [{ text: text.slice(0, end), lead: true }, { text: text.slice(end) }];
}

/** A long heading line is the heading (its first sentence) followed by body text. */
function splitRunInHeading(text: string): [string, string] {
  if ([...text].length <= MAX_HEADING_CHARS) return [text, ''];
  const end = firstSentenceEnd(text);
  if (end === undefined || end > MAX_HEADING_CHARS) return [text, ''];
  return [text.slice(0, end), text.slice(end)];
}

/** Index just past the first sentence-ending mark that is not inside “”. */
function firstSentenceEnd(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    else if (depth === 0 && SENTENCE_END.test(ch)) return i + 1;
  }
  return undefined;
}

const GENRE_WORDS: [string, Genre][] = [
  ['研讨发言', '研讨发言'],
  ['心得体会', '学习心得体会'],
  ['党课', '党课讲稿'],
  ['对照检查', '对照检查材料'],
  ['交流发言', '交流发言'],
  ['宣讲', '宣讲稿'],
  ['调研报告', '调研报告'],
  ['总结', '工作总结'],
];

export function guessGenre(title: string): Genre {
  return GENRE_WORDS.find(([word]) => title.includes(word))?.[1] ?? '其他';
}
