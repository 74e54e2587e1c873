import { Transforms, type Editor } from 'slate';
import { collapsedBlock, cursorAtStart } from '../model/blocks.js';

/**
 * Backspace at the start of a point first removes its number (the point
 * becomes a body paragraph, text and section kept), as Word does with a
 * list item; a second Backspace then merges it with the block above.
 */
export function withPointBackspace<E extends Editor>(editor: E): E {
  const { deleteBackward } = editor;
  editor.deleteBackward = (unit) => {
    const entry = collapsedBlock(editor);
    if (entry && entry[0].type === 'point' && cursorAtStart(editor, entry[1])) {
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: entry[1] });
      return;
    }
    deleteBackward(unit);
  };
  return editor;
}
