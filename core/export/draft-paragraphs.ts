import type { FileChild } from 'docx';
import { deriveLabels } from '../model/numbering.js';
import { blockText } from '../model/text.js';
import type { Block, Draft } from '../model/schema.js';
import { blankLine, blockParagraph } from './block-paragraphs.js';
import type { TextLooks } from './text-looks.js';

const isHeadBlock = (block: Block): boolean => block.type === 'title' || block.type === 'author-line';
const isEmptyParagraph = (block: Block): boolean => block.type === 'paragraph' && blockText(block).trim() === '';

/**
 * The document's paragraphs in order. The exporter owns the spacing of the
 * head: one empty line after the title group and one after the author
 * line; the draft's own empty paragraphs right there (a new draft starts
 * with one) are dropped so the gap stays exactly one line.
 */
export function draftParagraphs(draft: Draft, looks: TextLooks, printAuthorLine: boolean): FileChild[] {
  // Labels over all blocks: positions must not depend on which blocks are printed.
  const labels = deriveLabels(draft.children, draft.numbering);
  const printed = draft.children
    .map((block, i) => ({ block, label: labels[i] ?? '' }))
    .filter(({ block }) => printAuthorLine || block.type !== 'author-line');

  const paragraphs: FileChild[] = [];
  let afterHead = false;
  printed.forEach(({ block, label }, i) => {
    if (afterHead && isEmptyParagraph(block)) return;
    afterHead = false;
    paragraphs.push(blockParagraph(block, label, looks));
    const next = printed[i + 1]?.block;
    if (isHeadBlock(block) && next && next.type !== block.type) {
      paragraphs.push(blankLine());
      afterHead = true;
    }
  });
  return paragraphs;
}
