import { Editor, Node, Range, Text, Transforms } from 'slate';
import { collapsedBlock } from './blocks.js';

export type MarkName = 'bold' | 'lead';

export function isMarkActive(editor: Editor, mark: MarkName): boolean {
  return Editor.marks(editor)?.[mark] === true;
}

export function toggleMark(editor: Editor, mark: MarkName): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

const SENTENCE_END = /[。！？!?]/;

/** Blocks whose opening sentence can be a lead clause. */
const LEAD_BLOCKS = new Set(['point', 'paragraph', 'closing']);

/**
 * Ctrl+L. With a selection, marks it as the lead clause (or unmarks it).
 * With a bare cursor in a point, the point's first sentence (up to 。) is
 * the lead clause; a point that already has one loses it, so the key toggles.
 */
export function toggleLead(editor: Editor): void {
  if (editor.selection && Range.isExpanded(editor.selection)) {
    toggleMark(editor, 'lead');
    return;
  }
  const entry = collapsedBlock(editor);
  if (!entry) return;
  const [block, path] = entry;
  if (!LEAD_BLOCKS.has(block.type)) return;
  const hasLead = [...Node.texts(block)].some(([leaf]) => leaf.lead);
  if (hasLead) {
    Transforms.unsetNodes(editor, 'lead', { at: path, match: Text.isText, mode: 'all' });
    return;
  }
  const text = Node.string(block);
  const match = SENTENCE_END.exec(text);
  const length = match ? match.index + 1 : text.length;
  if (length === 0) return;
  const range = { anchor: Editor.start(editor, path), focus: offsetPoint(editor, path, length) };
  Transforms.setNodes(editor, { lead: true }, { at: range, match: Text.isText, split: true });
}

/** The point `offset` characters into block `path`, counted across its leaves and quotes. */
function offsetPoint(editor: Editor, path: number[], offset: number) {
  let remaining = offset;
  for (const [leaf, leafPath] of Node.texts(Node.get(editor, path))) {
    if (remaining <= leaf.text.length) return { path: [...path, ...leafPath], offset: remaining };
    remaining -= leaf.text.length;
  }
  return Editor.end(editor, path);
}
