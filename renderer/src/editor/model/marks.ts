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

export const SENTENCE_END = /[。！？!?]/;

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
  const text = Node.string(block);
  // An empty block: what is typed next is the lead clause (and a second press cancels that).
  if (text.length === 0) {
    toggleMark(editor, 'lead');
    return;
  }
  const leadEnd = leadEndOffset(block);
  if (leadEnd > 0) {
    // The cursor right after the lead clause being typed: end it there, keep what was typed.
    if (isMarkActive(editor, 'lead') && cursorOffset(editor, path) >= leadEnd) {
      Editor.removeMark(editor, 'lead');
      return;
    }
    Transforms.unsetNodes(editor, 'lead', { at: path, match: Text.isText, mode: 'all' });
    return;
  }
  const match = SENTENCE_END.exec(text);
  const length = match ? match.index + 1 : text.length;
  const range = { anchor: Editor.start(editor, path), focus: offsetPoint(editor, path, length) };
  Transforms.setNodes(editor, { lead: true }, { at: range, match: Text.isText, split: true });
  // Typing on after the lead clause writes the point's body, not more lead clause.
  if (cursorOffset(editor, path) >= length) Editor.removeMark(editor, 'lead');
}

/** Where the block's last lead-clause text ends, in characters from its start (0: none). */
function leadEndOffset(block: Node): number {
  let offset = 0;
  let end = 0;
  for (const [leaf] of Node.texts(block)) {
    offset += leaf.text.length;
    if (leaf.lead) end = offset;
  }
  return end;
}

/** The collapsed cursor's distance in characters from the start of block `path`. */
function cursorOffset(editor: Editor, path: number[]): number {
  if (!editor.selection) return 0;
  return Editor.string(editor, { anchor: Editor.start(editor, path), focus: editor.selection.anchor }).length;
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
