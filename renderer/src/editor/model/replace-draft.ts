import { Editor, Transforms } from 'slate';
import type { NumberedLevel } from '../../../../core/model/numbering.js';
import type { Block, Draft } from '../../../../core/model/schema.js';

/**
 * Puts a changed draft (the result of a 体检 fix) into the editor as one
 * undo step, touching only what changed: blocks the fix left alone are the
 * same objects in both, so only the run between the common head and tail
 * is replaced; numbering styles that changed are set through the editor so
 * they share the history.
 */
export function replaceDraftContent(editor: Editor, next: Pick<Draft, 'children' | 'numbering'>): void {
  const before = editor.children as Block[];
  const after = next.children;
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > head && endAfter > head && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const replaced = endBefore > head || endAfter > head;
  if (replaced) {
    Editor.withoutNormalizing(editor, () => {
      for (let i = endBefore - 1; i >= head; i--) Transforms.removeNodes(editor, { at: [i] });
      // Fresh copies: the editor's tree must not share objects with the draft the checks hold.
      Transforms.insertNodes(editor, structuredClone(after.slice(head, endAfter)), { at: [head], select: false });
    });
    // A caret that was inside a replaced block has nowhere exact to go: the end of the last new block.
    if (!editor.selection && endAfter > head) Transforms.select(editor, Editor.end(editor, [endAfter - 1]));
  }
  for (const level of Object.keys(next.numbering) as NumberedLevel[]) {
    if (editor.numbering[level] !== next.numbering[level]) editor.setNumberingStyle(level, next.numbering[level]);
  }
}
