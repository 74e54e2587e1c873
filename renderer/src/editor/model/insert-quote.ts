import { Editor, Node, Path, Range, Transforms, type BasePoint } from 'slate';
import type { QuoteInline } from '../../../../core/model/schema.js';
import { isBlock, isQuote, TEXT_ONLY_BLOCKS } from './blocks.js';

/** A library quotation as the editor inserts it. */
export interface QuotationToInsert {
  id: string;
  text: string;
  speaker: string;
  source: string;
  date: string;
}

/** The verb of the lead-in: 习近平总书记强调：“…”. */
export const LEAD_IN_VERB = '强调';

const SENTENCE_END = /[。！？…]$/;
const STARTS_WITH_PUNCTUATION = /^[，。、；：！？”’）》…—]/;
const ENDS_WITH_COLON = /[：:]\s*$/;

/** Where the quotation's source is shown (tooltip, footnote): 《之江新语》，2007年3月. */
export function sourceLine(source: string, date: string): string {
  const parts = [source.trim(), date.trim()].filter((part) => part !== '');
  return parts.join('，');
}

/** The quote element for a library quotation, bound to its id. */
export function quoteElement(quotation: QuotationToInsert): QuoteInline {
  const source = sourceLine(quotation.source, quotation.date);
  return {
    type: 'quote',
    quoteId: quotation.id,
    speaker: quotation.speaker.trim(),
    ...(source ? { source } : {}),
    children: [{ text: quotation.text.trim() }],
  };
}

/** Whether a quotation may go into the block at `index` (titles, author lines and signatures hold plain text). */
function acceptsQuote(editor: Editor, index: number): boolean {
  const block = editor.children[index];
  return isBlock(block) && !TEXT_ONLY_BLOCKS.has(block.type);
}

/**
 * Where the quotation goes: the cursor when it is in body text, else the
 * end of the body block nearest before it (or the last body block).
 */
export function quotationPoint(editor: Editor): BasePoint | undefined {
  const selection = editor.selection;
  if (selection) {
    const point = Range.isCollapsed(selection) ? selection.anchor : Range.end(selection);
    const index = point.path[0] ?? 0;
    if (acceptsQuote(editor, index)) return Range.isCollapsed(selection) ? point : undefined;
    for (let i = index; i >= 0; i--) if (acceptsQuote(editor, i)) return Editor.end(editor, [i]);
  }
  for (let i = editor.children.length - 1; i >= 0; i--) if (acceptsQuote(editor, i)) return Editor.end(editor, [i]);
  return undefined;
}

/** The text of the block at `point` before and after it. */
function textAround(editor: Editor, point: BasePoint): { before: string; after: string } {
  const blockPath = point.path.slice(0, 1);
  const before = Editor.string(editor, { anchor: Editor.start(editor, blockPath), focus: point });
  const after = Editor.string(editor, { anchor: point, focus: Editor.end(editor, blockPath) });
  return { before, after };
}

/**
 * Inserts a library quotation at the cursor in the genre's form:
 * 习近平总书记强调：“…”。 — the lead-in only when there is a speaker and the
 * text before does not already end with a colon; the full stop only when
 * the quoted words are not a whole sentence and no punctuation follows.
 * A selection is replaced. Returns false when the draft has no body text.
 */
export function insertQuotation(editor: Editor, quotation: QuotationToInsert): boolean {
  if (editor.selection && !Range.isCollapsed(editor.selection) && acceptsQuote(editor, Range.start(editor.selection).path[0] ?? 0)) {
    Transforms.delete(editor);
  }
  const point = quotationPoint(editor);
  if (!point) return false;
  const element = quoteElement(quotation);
  const { before, after } = textAround(editor, point);
  const leadIn = element.speaker && !ENDS_WITH_COLON.test(before) ? `${element.speaker}${LEAD_IN_VERB}：` : '';
  const tail = SENTENCE_END.test(Node.string(element)) || STARTS_WITH_PUNCTUATION.test(after) ? '' : '。';

  Transforms.select(editor, point);
  if (leadIn) Transforms.insertText(editor, leadIn);
  // Inserting an inline leaves the caret at the end of its words; normalisation keeps a text node after it.
  Transforms.insertNodes(editor, element);
  const inserted = Editor.above(editor, { match: isQuote });
  if (inserted) {
    Transforms.select(editor, Editor.start(editor, Path.next(inserted[1])));
    if (tail) Transforms.insertText(editor, tail);
  }
  return true;
}
