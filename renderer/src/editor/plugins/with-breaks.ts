import { Editor, Path, Text, Transforms } from 'slate';
import { blankLike, collapsedBlock, cursorAtEnd, cursorAtStart, emptyBlock, isEmptyBlock, sectionOf } from '../model/blocks.js';

/**
 * Enter, by block type:
 * - in the title, author line or a heading, the new block is a body paragraph
 *   (in the heading's section), so typing goes on with the text under it;
 * - in a point, the next block is a new point of the same section, and the
 *   lead clause mark stays with the first part; Enter in an empty point
 *   turns it into a continuation paragraph, as lists do;
 * - at the very start of a non-empty block, an empty block is put in front,
 *   so the text keeps its own type and marks.
 */
export function withBreaks<E extends Editor>(editor: E): E {
  const { insertBreak } = editor;
  editor.insertBreak = () => {
    const entry = collapsedBlock(editor);
    if (!entry) return insertBreak();
    const [block, path] = entry;
    const headingLike = block.type === 'title' || block.type === 'author-line' || block.type === 'heading';

    if (block.type === 'point' && isEmptyBlock(block)) {
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
      return;
    }
    if (!isEmptyBlock(block) && cursorAtStart(editor, path)) {
      if (block.type === 'title' || block.type === 'author-line') return;
      const blank = block.type === 'heading' ? emptyBlock('paragraph', sectionOf(block)) : blankLike(block);
      Transforms.insertNodes(editor, blank, { at: path, select: false });
      return;
    }
    if (headingLike && cursorAtEnd(editor, path)) {
      Transforms.insertNodes(editor, emptyBlock('paragraph', sectionOf(block)), { at: Path.next(path), select: true });
      return;
    }
    Editor.withoutNormalizing(editor, () => {
      insertBreak();
      const next = Path.next(path);
      if (headingLike) {
        Transforms.unsetNodes(editor, 'level', { at: next });
        Transforms.setNodes(editor, { type: 'paragraph' }, { at: next });
      } else if (block.type === 'point') {
        Transforms.unsetNodes(editor, 'lead', { at: next, match: Text.isText, mode: 'all' });
      }
    });
  };
  return editor;
}
