import { deriveLabels } from '../model/numbering.js';
import { blockText } from '../model/text.js';
import type { Block, Draft } from '../model/schema.js';
import { blankLine, blockParagraph } from './block-paragraphs.js';
import type { TextLooks } from './text-looks.js';

const isHeadBlock = (block: Block): boolean => block.type === 'title' || block.type === 'author-line';
const isEmptyParagraph = (block: Block): boolean => block.type === 'paragraph' && blockText(block).trim() === '';

/** What the exporter prints, in order: a block with its derived label, or the empty line it owns between head and body. */
export type PrintedItem = { kind: 'block'; block: Block; label: string } | { kind: 'blank' };

/**
 * The document's paragraphs in order, as items. The exporter owns the
 * spacing of the head: one empty line after the title group and one after
 * the author line; the draft's own empty paragraphs right there (a new draft
 * starts with one) are dropped so the gap stays exactly one line.
 * The compilation's page estimate reads the same items, so what it counts
 * is what is printed.
 */
export function printedItems(draft: Draft, printAuthorLine: boolean): PrintedItem[] {
  // Labels over all blocks: positions must not depend on which blocks are printed.
  const labels = deriveLabels(draft.children, draft.numbering);
  const printed = draft.children
    .map((block, i) => ({ block, label: labels[i] ?? '' }))
    .filter(({ block }) => printAuthorLine || block.type !== 'author-line');

  const items: PrintedItem[] = [];
  let afterHead = false;
  printed.forEach(({ block, label }, i) => {
    if (afterHead && isEmptyParagraph(block)) return;
    afterHead = false;
    items.push({ kind: 'block', block, label });
    const next = printed[i + 1]?.block;
    if (isHeadBlock(block) && next && next.type !== block.type) {
      items.push({ kind: 'blank' });
      afterHead = true;
    }
  });
  return items;
}

/** Builds one block's paragraph; the compilation swaps in its own for article titles. */
export type BlockParagraphBuilder = (block: Block, label: string, looks: TextLooks) => string;

/** The document's paragraphs in order (see printedItems), as XML. */
export function draftParagraphs(
  draft: Draft,
  looks: TextLooks,
  printAuthorLine: boolean,
  paragraphOf: BlockParagraphBuilder = blockParagraph,
): string {
  return printedItems(draft, printAuthorLine)
    .map((item) => (item.kind === 'blank' ? blankLine() : paragraphOf(item.block, item.label, looks)))
    .join('');
}
