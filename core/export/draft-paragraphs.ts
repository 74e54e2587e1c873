import type { Block, Draft } from '../model/schema.js';
import { blankLine, blockParagraph, signatureParagraph } from './block-paragraphs.js';
import { printedItems } from './printed-items.js';
import type { TextLooks } from './text-looks.js';

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
    .map((item) => {
      if (item.kind === 'blank') return blankLine();
      if (item.rightIndent !== undefined) return signatureParagraph(item.block, looks, item.rightIndent);
      return paragraphOf(item.block, item.label, looks);
    })
    .join('');
}
