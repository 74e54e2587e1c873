import type { Block, Draft, Inline } from '../model/schema.js';
import { inlineText } from '../model/text.js';
import { extractQuotations } from '../quotes/extract.js';

/**
 * The text of a submission as 查重 compares it, with the spans that are
 * not the writer's own words: quotations of leaders. Quoting the same
 * speech is not copying, so these spans never count as overlap.
 */
export interface TextRange {
  start: number;
  end: number;
}

export interface ComparableText {
  text: string;
  /** Spans left out of matching: the draft's quote elements and the quotations extraction finds. */
  excluded: TextRange[];
}

/** Title, author line and signature say who and what, not what was written: only the body is compared. */
const COMPARED_BLOCKS = new Set<Block['type']>(['heading', 'paragraph', 'point', 'closing']);

/** A draft's body as one text (a block a line) with its quote elements' spans. */
export function draftComparableText(draft: Draft): ComparableText {
  let text = '';
  const excluded: TextRange[] = [];
  for (const block of draft.children) {
    if (!COMPARED_BLOCKS.has(block.type)) continue;
    if (text !== '') text += '\n';
    for (const inline of block.children as readonly Inline[]) {
      const piece = inlineText(inline);
      if ('type' in inline) excluded.push({ start: text.length, end: text.length + piece.length });
      text += piece;
    }
  }
  return withExtractedQuotations({ text, excluded });
}

/** Adds the quotations found in running text (习近平总书记指出，“……”; a whole quoted sentence) to the excluded spans. */
export function withExtractedQuotations(comparable: ComparableText): ComparableText {
  const found = extractQuotations(comparable.text).map(({ start, end }) => ({ start, end }));
  return { text: comparable.text, excluded: [...comparable.excluded, ...found].sort((a, b) => a.start - b.start) };
}

/** Plain text (a reference 范文 read as text) with its quotations excluded. */
export function plainComparableText(text: string): ComparableText {
  return withExtractedQuotations({ text, excluded: [] });
}
