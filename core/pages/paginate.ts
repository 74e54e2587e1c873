import { splitRunInHeading } from '../model/run-in-heading.js';
import { printedItems, type PrintedItem } from '../export/printed-items.js';
import { SIGNATURE_RIGHT_INDENT } from '../export/page-layout.js';
import { CLOSE_QUOTE, OPEN_QUOTE } from '../model/text.js';
import type { Block, Draft, HeadingLevel, Inline } from '../model/schema.js';
import { layOutPagesWithFragments, type LaidOutParagraph, type PageFragment } from './layout.js';
import { BODY_LINE, lineEnds, TITLE_LINE, TYPE_AREA_WIDTH, type LineMetrics } from './line-breaking.js';

/**
 * A draft as the exporter prints it, broken into lines and pages with the
 * export's rules (core/export: GB/T 9704, 22 lines × 28 characters): the
 * title group, the author line and the blank lines the exporter adds,
 * headings that keep with the next paragraph, the signature block. The page
 * view draws it; the 汇编's 目录 (core/collect/page-plan.ts) counts with it.
 */

/** Which of the export's text looks a piece of text is set in (core/export/text-looks.ts). */
export type LookName = 'title' | 'authorLine' | 'body' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'signature';

export interface Span {
  text: string;
  look: LookName;
  bold: boolean;
}

export type ParagraphKind = 'title' | 'author-line' | 'heading' | 'body' | 'salutation' | 'signature' | 'blank';

export interface PrintedParagraph {
  /** Index in the draft's children of the block printed, or -1 for an empty line the exporter adds. */
  block: number;
  kind: ParagraphKind;
  level?: HeadingLevel;
  align: 'center' | 'justify' | 'left' | 'right';
  /** First-line indent and right indent, twips. */
  firstLineIndent: number;
  rightIndent: number;
  /** Font size of the paragraph's type, half-points. */
  size: number;
  /** Each printed line as its spans. */
  lines: Span[][];
  keepWithNext: boolean;
}

export interface PaginatedDraft {
  paragraphs: PrintedParagraph[];
  /** For each paragraph, the page (from 1) its first line is printed on. */
  starts: number[];
  /** What each page prints, top to bottom. */
  pages: PageFragment[][];
}

export const UNINDENTED_LINE: LineMetrics = { ...BODY_LINE, firstLineIndent: 0 };
export const SIGNATURE_LINE: LineMetrics = { ...BODY_LINE, width: TYPE_AREA_WIDTH - SIGNATURE_RIGHT_INDENT, firstLineIndent: 0 };

/** Inline content as spans in one look, a quotation gaining its “” and bold/lead leaves their weight. */
function spansOf(children: readonly Inline[], look: LookName, bold: boolean): Span[] {
  return children.flatMap((inline) => {
    if (!('type' in inline)) return [{ text: inline.text, look, bold: bold || Boolean(inline.bold || inline.lead) }];
    const leaves = inline.children.map((leaf) => ({ text: leaf.text, look, bold: bold || Boolean(leaf.bold || leaf.lead) }));
    const first = leaves[0];
    const last = leaves[leaves.length - 1];
    if (first) first.text = OPEN_QUOTE + first.text;
    if (last) last.text += CLOSE_QUOTE;
    return leaves;
  });
}

interface ParagraphShape {
  kind: ParagraphKind;
  level?: HeadingLevel;
  align: PrintedParagraph['align'];
  metrics: LineMetrics;
  spans: Span[];
  keepWithNext: boolean;
}

const headingLook = (level: HeadingLevel): LookName => `heading${level}`;

function shapeOf(block: Block, label: string, rightIndent: number | undefined): ParagraphShape {
  switch (block.type) {
    case 'title':
      return { kind: 'title', align: 'center', metrics: TITLE_LINE, spans: spansOf(block.children, 'title', false), keepWithNext: false };
    case 'author-line':
      return { kind: 'author-line', align: 'center', metrics: UNINDENTED_LINE, spans: spansOf(block.children, 'authorLine', false), keepWithNext: false };
    case 'heading': {
      const look = headingLook(block.level);
      const bold = block.level === 3;
      const runIn = splitRunInHeading(block.children);
      const spans = runIn
        ? [{ text: label, look, bold }, ...spansOf(runIn[0], look, bold), ...spansOf(runIn[1], 'body', false)]
        : [{ text: label, look, bold }, ...spansOf(block.children, look, bold)];
      return { kind: 'heading', level: block.level, align: 'justify', metrics: BODY_LINE, spans, keepWithNext: true };
    }
    case 'point':
      return { kind: 'body', align: 'justify', metrics: BODY_LINE, spans: [{ text: label, look: 'body', bold: true }, ...spansOf(block.children, 'body', false)], keepWithNext: false };
    case 'paragraph':
    case 'closing':
      return { kind: 'body', align: 'justify', metrics: BODY_LINE, spans: spansOf(block.children, 'body', false), keepWithNext: false };
    case 'salutation':
      return { kind: 'salutation', align: 'left', metrics: UNINDENTED_LINE, spans: spansOf(block.children, 'body', false), keepWithNext: false };
    case 'signature': {
      const metrics = rightIndent === undefined ? SIGNATURE_LINE : { ...SIGNATURE_LINE, width: TYPE_AREA_WIDTH - rightIndent };
      return { kind: 'signature', align: 'right', metrics, spans: spansOf(block.children, 'signature', false), keepWithNext: false };
    }
  }
}

/** Spans cut at the given line ends (code point indexes into their joined text). */
function splitSpans(spans: readonly Span[], ends: readonly number[]): Span[][] {
  const lines: Span[][] = ends.map(() => []);
  let line = 0;
  let at = 0;
  for (const span of spans) {
    const chars = [...span.text];
    let from = 0;
    while (from < chars.length) {
      while (line < ends.length - 1 && at >= ends[line]!) line++;
      const take = Math.min(chars.length - from, ends[line]! - at);
      const size = take > 0 ? take : chars.length - from;
      lines[line]!.push({ ...span, text: chars.slice(from, from + size).join('') });
      from += size;
      at += size;
    }
  }
  return lines;
}

function printedParagraph(block: Block, index: number, label: string, rightIndent: number | undefined): PrintedParagraph {
  const shape = shapeOf(block, label, rightIndent);
  const spans = shape.spans.filter((span) => span.text !== '');
  const text = spans.map((span) => span.text).join('');
  const lines = splitSpans(spans, lineEnds(text, shape.metrics));
  return {
    block: index,
    kind: shape.kind,
    ...(shape.level ? { level: shape.level } : {}),
    align: shape.align,
    firstLineIndent: shape.metrics.firstLineIndent,
    rightIndent: TYPE_AREA_WIDTH - shape.metrics.width,
    size: shape.metrics.size,
    lines,
    keepWithNext: shape.keepWithNext,
  };
}

const BLANK: Omit<PrintedParagraph, 'block'> = {
  kind: 'blank',
  align: 'left',
  firstLineIndent: 0,
  rightIndent: 0,
  size: BODY_LINE.size,
  lines: [[]],
  keepWithNext: false,
};

/**
 * Per block, its last printed form: a keystroke changes one block object
 * (Slate and the store replace only what changed), so re-paginating after it
 * breaks one paragraph into lines and only re-stacks the rest.
 */
const cache = new WeakMap<Block, { key: string; paragraph: PrintedParagraph }>();

function cachedParagraph(block: Block, index: number, label: string, rightIndent: number | undefined): PrintedParagraph {
  const key = `${index}\u0000${label}\u0000${rightIndent ?? ''}`;
  const hit = cache.get(block);
  if (hit && hit.key === key) return hit.paragraph;
  const paragraph = printedParagraph(block, index, label, rightIndent);
  cache.set(block, { key, paragraph });
  return paragraph;
}

/** The draft's printed paragraphs, in order, as the exporter writes them (see printedItems). */
export function printedParagraphs(draft: Draft, printAuthorLine = true): PrintedParagraph[] {
  const indexes = new Map<Block, number>(draft.children.map((block, i) => [block, i]));
  return printedItems(draft, printAuthorLine).map((item: PrintedItem) =>
    item.kind === 'blank' ? { ...BLANK, block: -1 } : cachedParagraph(item.block, indexes.get(item.block) ?? -1, item.label, item.rightIndent),
  );
}

/** A printed paragraph as the page layout sees it. */
export const laidOut = (paragraph: PrintedParagraph): LaidOutParagraph => ({ lines: paragraph.lines.length, keepWithNext: paragraph.keepWithNext });

/** The draft in pages: where each printed paragraph starts and what each page holds. */
export function paginateDraft(draft: Draft, options: { printAuthorLine?: boolean } = {}): PaginatedDraft {
  const paragraphs = printedParagraphs(draft, options.printAuthorLine ?? true);
  const { starts, fragments } = layOutPagesWithFragments(paragraphs.map(laidOut));
  return { paragraphs, starts, pages: fragments };
}

/** For each block of the draft, the page its first line is printed on (undefined for a block not printed). */
export function blockStartPages(paginated: PaginatedDraft): Map<number, number> {
  const pages = new Map<number, number>();
  paginated.paragraphs.forEach((paragraph, i) => {
    if (paragraph.block >= 0 && !pages.has(paragraph.block)) pages.set(paragraph.block, paginated.starts[i]!);
  });
  return pages;
}
