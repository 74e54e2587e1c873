import { EMPTY_META } from '../model/create.js';
import { DEFAULT_NUMBERING } from '../model/numbering.js';
import {
  DRAFT_SCHEMA_VERSION,
  type Block,
  type Draft,
  type Genre,
  type HeadingLevel,
  type Inline,
  type NumberStyle,
  type NumberingScheme,
} from '../model/schema.js';
import { parseAuthorLine, type AuthorLine } from './author-line.js';
import { parseByline, type Byline } from './byline.js';
import { isClosingParagraph, signatureLength } from './ending.js';
import { findInlinePointStarts, splitAtLabels } from './inline-points.js';
import { findLeadPoints } from './lead-points.js';
import { matchLineMarker, type LineMarker } from './markers.js';
import { note, type ImportNote } from './notes.js';
import { isShortHeading } from './short-headings.js';
import type { SourceLine } from './source-lines.js';
import { charCount, firstSentenceEnd, hasSentenceEnd, MAX_HEADING_CHARS, MAX_LEAD_CHARS } from './text-shape.js';

/**
 * Structure recognition: source lines → one draft. The first line is the
 * title when it looks like one, then an author line; lines opening with
 * 一是/二是, 首先/其次, 第一/第二 become points and lines opening with
 * 一、（一）1.（1） headings, their literal numbers removed (the draft
 * derives them); 一是/二是 inside a paragraph, unnumbered short headings,
 * parallel lead sentences, the closing and the signature are recognised
 * too. Text is kept exactly: nothing is dropped here (cleanup is a
 * separate, earlier stage).
 */
export interface StructureOptions {
  /** Used as the title when the first line does not look like one (e.g. the file name). */
  fallbackTitle?: string;
  /** Page extraction decided: true, the first line is the title; false, the text has none (the title stays empty). */
  titled?: boolean;
  /** The byline, source and date page extraction read off the page. */
  byline?: Byline;
}

export interface StructuredDraft {
  draft: Draft;
  notes: ImportNote[];
}

/** A title is one short line that does not end a sentence. */
const MAX_TITLE_CHARS = 60;

/** A block being built, with what recognition needs to know of its origin. */
interface Piece {
  block: Block;
  line: number;
  /** The block is a whole source line without a marker: it may still be an unnumbered heading or lead point. */
  plain?: SourceLine;
}

export function looksLikeTitle(line: string): boolean {
  return charCount(line) <= MAX_TITLE_CHARS && !/[。！？；;!?]$/.test(line) && matchLineMarker(line) === undefined;
}

export function draftFromLines(sourceLines: readonly SourceLine[], options: StructureOptions = {}): StructuredDraft {
  const notes: ImportNote[] = [];
  const lines = [...sourceLines];
  let title = options.fallbackTitle ?? '';
  let titleFromText = false;
  if (options.titled === false) {
    if (title === '') notes.push(note('review', '没有找到文章标题，标题留空，请补上。'));
  } else if (lines[0] !== undefined && (options.titled === true || looksLikeTitle(lines[0].text))) {
    title = lines.shift()?.text ?? '';
    titleFromText = true;
  }
  const head: Block[] = [{ type: 'title', children: [{ text: title }] }];
  let author: AuthorLine | undefined;
  // A byline that also names a source or date (作者:徐浩然;来源:《浙江日报》): its author prints, the rest goes to the details.
  let byline = options.byline;
  if (titleFromText && lines[0] !== undefined) {
    const fields = parseByline(lines[0].text);
    const withDetails = fields?.author && (fields.source || fields.date) ? fields : undefined;
    author = withDetails ? { unit: withDetails.unit ?? '', author: withDetails.author ?? '' } : parseAuthorLine(lines[0].text);
    if (withDetails) byline = { ...withDetails, ...options.byline };
    const line = author ? lines.shift() : undefined;
    if (author && line) head.push({ type: 'author-line', children: [{ text: withDetails ? [author.unit, author.author].filter(Boolean).join(' ') : line.text }] });
  }
  if (titleFromText) noteSubtitle(lines, notes);

  const signatureCount = signatureLength(lines.map((line) => line.text));
  const signature = lines.splice(lines.length - signatureCount, signatureCount);

  const body = recogniseBody(lines, notes, { unnumbered: true });
  const children: Block[] = [
    ...head,
    ...body.blocks,
    ...signature.map((line): Block => ({ type: 'signature', children: [{ text: line.text }] })),
  ];
  if (children.length === head.length) children.push({ type: 'paragraph', children: [{ text: '' }] });
  const numbering: NumberingScheme = { ...DEFAULT_NUMBERING, ...body.numbering };
  const draft: Draft = {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    meta: {
      ...EMPTY_META,
      genre: guessGenre(title),
      author: author?.author ?? byline?.author ?? '',
      unit: author?.unit ?? byline?.unit ?? '',
      date: byline?.date ?? '',
      ...(byline?.source ? { source: byline.source } : {}),
    },
    numbering,
    children,
  };
  return { draft, notes };
}

export interface RecognisedBody {
  blocks: Block[];
  /** The styles the body needs: its run-in point style, 'none' for levels it uses without numbers. */
  numbering: Partial<NumberingScheme>;
  pointStyle: NumberStyle | undefined;
}

/**
 * Body lines → blocks. `unnumbered` also recognises unnumbered short
 * headings and lead points, which need the draft's numbering to style
 * their levels 'none'.
 */
export function recogniseBody(lines: readonly SourceLine[], notes: ImportNote[], options: { unnumbered: boolean }): RecognisedBody {
  const body = bodyPieces(lines);
  const numbering: Partial<NumberingScheme> = {};
  if (options.unnumbered) {
    const levels = recogniseShortHeadings(body.pieces, lines, body.numberedLevels, notes);
    for (const level of levels.unnumbered) numbering[`heading${level}`] = 'none';
  }
  let pointStyle = splitInlinePoints(body.pieces, body.pointStyle);
  if (options.unnumbered && pointStyle === undefined && recogniseLeadPoints(body.pieces)) pointStyle = 'none';
  if (options.unnumbered) markClosing(body.pieces);
  if (pointStyle !== undefined) numbering.point = pointStyle;
  return { blocks: body.pieces.map((piece) => piece.block), numbering, pointStyle };
}

/** A short line right after the title may be a subtitle: it stays body text, but a person should check. */
function noteSubtitle(lines: readonly SourceLine[], notes: ImportNote[]): void {
  const first = lines[0];
  if (!first || lines.length < 2 || hasSentenceEnd(first.text) || charCount(first.text) > MAX_TITLE_CHARS) return;
  if (matchLineMarker(first.text) !== undefined) return;
  notes.push(note('review', '标题下这一行像是副标题，已作为正文第一段保留，请确认。', first.line, first.text));
}

function bodyPieces(lines: readonly SourceLine[]) {
  const markers = lines.map((line) => matchLineMarker(line.text));
  const pointStyle = choosePointStyle(markers);
  const numberedLevels = new Set<HeadingLevel>();
  const pieces: Piece[] = [];
  lines.forEach((line, i) => {
    const marker = markers[i];
    if (marker?.kind === 'point' && marker.style === pointStyle) {
      pieces.push({ block: { type: 'point', children: splitLeadClause(marker.rest) }, line: line.line });
    } else if (marker?.kind === 'heading') {
      numberedLevels.add(marker.level);
      const [heading, rest] = splitRunInHeading(marker.rest);
      pieces.push({ block: { type: 'heading', level: marker.level, children: [{ text: heading }] }, line: line.line });
      if (rest) pieces.push({ block: { type: 'paragraph', children: [{ text: rest }] }, line: line.line });
    } else {
      pieces.push({ block: { type: 'paragraph', children: paragraphInlines(line) }, line: line.line, plain: line });
    }
  });
  return { pieces, pointStyle, numberedLevels };
}

/** A paragraph's text, its bold opening kept bold when the source had one. */
function paragraphInlines(line: SourceLine): Inline[] {
  const bold = line.boldLead ?? 0;
  if (bold <= 0) return [{ text: line.text }];
  if (bold >= line.text.length) return [{ text: line.text, bold: true }];
  return [{ text: line.text.slice(0, bold), bold: true }, { text: line.text.slice(bold) }];
}

/**
 * Which run-in style the points use. 一是 always marks a point; 首先 and 第一
 * are ordinary words too, so they count only when the text has a sequence of
 * them (two or more lines).
 */
function choosePointStyle(markers: readonly (LineMarker | undefined)[]): NumberStyle | undefined {
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

/**
 * Unnumbered short headings become headings at the first level the source
 * did not number, styled 'none'. With all four levels numbered there is no
 * level left: the line stays a paragraph and a note says so.
 */
function recogniseShortHeadings(
  pieces: Piece[],
  lines: readonly SourceLine[],
  numberedLevels: ReadonlySet<HeadingLevel>,
  notes: ImportNote[],
): { unnumbered: Set<HeadingLevel> } {
  // Numbered levels keep their default styles (一、（一）1.（1）); the unnumbered ones nest below them.
  const unnumbered = new Set<HeadingLevel>();
  const deepest = Math.max(0, ...numberedLevels);
  const level = deepest < 4 ? ((deepest + 1) as HeadingLevel) : undefined;
  const lineIndex = new Map(lines.map((line, i) => [line, i]));
  for (const piece of pieces) {
    if (!piece.plain) continue;
    const i = lineIndex.get(piece.plain) ?? -1;
    if (!isShortHeading(piece.plain, lines[i - 1], lines[i + 1])) continue;
    if (level === undefined) {
      notes.push(note('review', '这一行像是小标题，但一至四级标题都已有编号，已作为段落保留。', piece.line, piece.plain.text));
      continue;
    }
    piece.block = { type: 'heading', level, children: [{ text: piece.plain.text }] };
    piece.plain = undefined;
    unnumbered.add(level);
  }
  return { unnumbered };
}

/**
 * Splits paragraphs and points that hold further 一是/二是 points inside
 * them. Returns the point style after the split.
 */
function splitInlinePoints(pieces: Piece[], pointStyle: NumberStyle | undefined): NumberStyle | undefined {
  if (pointStyle !== undefined && pointStyle !== 'yi-shi') return pointStyle;
  let style = pointStyle;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    const { block } = piece;
    if ((block.type !== 'paragraph' && block.type !== 'point') || block.children.some((inline) => 'type' in inline || inline.bold)) continue;
    const text = block.children.map((inline) => ('text' in inline ? inline.text : '')).join('');
    // A point already had its 一是: look for 二是 onward. A paragraph needs a run of two or more.
    const starts = block.type === 'point' ? findInlinePointStarts(text, 2, 1) : findInlinePointStarts(text, 1, 2);
    if (starts.length === 0) continue;
    const { before, points } = splitAtLabels(text, starts);
    const replaced: Piece[] = [];
    if (block.type === 'point') replaced.push({ block: { type: 'point', children: splitLeadClause(before) }, line: piece.line });
    else if (before.trim() !== '') replaced.push({ block: { type: 'paragraph', children: [{ text: before }] }, line: piece.line });
    for (const point of points) replaced.push({ block: { type: 'point', children: splitLeadClause(point) }, line: piece.line });
    pieces.splice(i, 1, ...replaced);
    i += replaced.length - 1;
    style = 'yi-shi';
  }
  return style;
}

/** Turns parallel lead-sentence paragraphs into unnumbered points; true if any were found. */
function recogniseLeadPoints(pieces: Piece[]): boolean {
  const candidates = pieces.map((piece) => (piece.plain && piece.block.type === 'paragraph' ? piece.plain : undefined));
  const isLead = findLeadPoints(candidates);
  let found = false;
  pieces.forEach((piece, i) => {
    if (!isLead[i] || !piece.plain) return;
    piece.block = { type: 'point', children: splitLeadClause(piece.plain.text) };
    piece.plain = undefined;
    found = true;
  });
  return found;
}

/** The last paragraph is the closing when it reads like one and the text has a structure to close. */
function markClosing(pieces: Piece[]): void {
  const last = pieces[pieces.length - 1];
  const structured = pieces.some((piece) => piece.block.type === 'heading' || piece.block.type === 'point');
  if (!last || !structured || last.block.type !== 'paragraph') return;
  const text = last.block.children.map((inline) => ('text' in inline ? inline.text : '')).join('');
  if (isClosingParagraph(text)) last.block = { type: 'closing', children: last.block.children };
}

/** The lead clause of a point is its first sentence, when that is short enough to be one. */
export function splitLeadClause(text: string): Inline[] {
  const end = firstSentenceEnd(text) ?? text.length;
  if (end > MAX_LEAD_CHARS) return [{ text }];
  if (end === text.length) return [{ text, lead: true }];
  return [{ text: text.slice(0, end), lead: true }, { text: text.slice(end) }];
}

/** A long heading line is the heading (its first sentence) followed by body text. */
function splitRunInHeading(text: string): [string, string] {
  if (charCount(text) <= MAX_HEADING_CHARS) return [text, ''];
  const end = firstSentenceEnd(text);
  if (end === undefined || end > MAX_HEADING_CHARS) return [text, ''];
  return [text.slice(0, end), text.slice(end)];
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
  ['剖析材料', '对照检查材料'],
  ['述职', '述职报告'],
  ['批评意见', '批评意见'],
  ['思想汇报', '思想汇报'],
  ['申请书', '申请书'],
  ['转正申请', '申请书'],
  ['讲话', '讲话稿'],
  ['表态发言', '交流发言'],
];

export function guessGenre(title: string): Genre {
  return GENRE_WORDS.find(([word]) => title.includes(word))?.[1] ?? '其他';
}
