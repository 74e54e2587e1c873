import { Editor, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';

/** Scrolls block `index` into view once React has drawn it (moves and outline jumps). */
export function revealBlock(editor: Editor, index: number): void {
  requestAnimationFrame(() => {
    const block = editor.children[index];
    if (!block) return;
    try {
      ReactEditor.toDOMNode(editor, block).scrollIntoView({ block: 'nearest' });
    } catch {
      // The block is gone (undone, deleted) before the frame: nothing to show.
    }
  });
}

/** Puts the cursor at the start of block `index`, focuses the page and shows the block. */
export function jumpToBlock(editor: Editor, index: number): void {
  if (!editor.children[index]) return;
  Transforms.select(editor, Editor.start(editor, [index]));
  ReactEditor.focus(editor);
  requestAnimationFrame(() => {
    const block = editor.children[index];
    if (block) ReactEditor.toDOMNode(editor, block).scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
}
