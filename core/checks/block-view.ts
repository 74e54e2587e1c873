import { CLOSE_QUOTE, OPEN_QUOTE } from '../model/text.js';
import type { Block, Inline } from '../model/schema.js';

/**
 * A block as the checks read it: its text as a reader sees it, with the “”
 * that quote elements get on screen and in print. Those marks are not in the
 * model (a quote element stores only the quoted words), so their positions
 * are kept to map offsets back to the model's leaf offsets.
 */
export interface BlockView {
  index: number;
  block: Block;
  /** Reader text: leaves concatenated, each quote element wrapped in “”. */
  text: string;
  /** Reader offsets of the “ and ” added for quote elements, ascending. */
  virtual: readonly number[];
}

export function viewBlock(block: Block, index: number): BlockView {
  const virtual: number[] = [];
  let text = '';
  for (const inline of block.children as readonly Inline[]) {
    if ('type' in inline) {
      virtual.push(text.length);
      text += OPEN_QUOTE;
      for (const leaf of inline.children) text += leaf.text;
      virtual.push(text.length);
      text += CLOSE_QUOTE;
    } else {
      text += inline.text;
    }
  }
  return { index, block, text, virtual };
}

/** The leaf offset (model coordinates) of a reader offset. */
export function toLeafOffset(view: BlockView, readerOffset: number): number {
  let before = 0;
  for (const v of view.virtual) {
    if (v >= readerOffset) break;
    before++;
  }
  return readerOffset - before;
}

/** The reader offset of a leaf offset; a boundary next to a quote element maps outside it. */
export function toReaderOffset(view: BlockView, leafOffset: number): number {
  let reader = leafOffset;
  for (const v of view.virtual) {
    if (v <= reader) reader++;
    else break;
  }
  return reader;
}

/** Whether `[start, end)` in reader text includes a mark that is not in the model. */
export function coversVirtual(view: BlockView, start: number, end: number): boolean {
  return view.virtual.some((v) => v >= start && v < end);
}

/** Body text blocks: where sentences, spaces and repetitions matter. */
export function isBodyBlock(block: Block): boolean {
  return block.type === 'paragraph' || block.type === 'point' || block.type === 'closing';
}

/** The text of a block's lead-marked leaves (a point's run-in lead clause) and where it ends in reader text. */
export function leadClause(view: BlockView): { text: string; end: number } | undefined {
  if (view.block.type !== 'point') return undefined;
  let reader = 0;
  let text = '';
  for (const inline of view.block.children) {
    const isQuote = 'type' in inline;
    const leaves = isQuote ? inline.children : [inline];
    const width = leaves.reduce((sum, leaf) => sum + leaf.text.length, 0) + (isQuote ? 2 : 0);
    // The lead is the run of lead-marked inlines at the start of the point.
    const isLead = leaves.length > 0 && leaves.every((leaf) => leaf.lead === true);
    if (!isLead) break;
    text += view.text.slice(reader, reader + width);
    reader += width;
  }
  return text === '' ? undefined : { text, end: reader };
}
