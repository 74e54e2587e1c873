import type { Editor } from 'slate';
import { setBlockKind, type BlockKind } from './block-kind.js';
import { selectedBlockIndex } from './blocks.js';
import { toggleLead, toggleMark } from './marks.js';
import { moveUnitStep } from './move.js';

/** Everything the toolbar and the keyboard can ask of the document. */
export type EditorCommand =
  | { type: 'block-kind'; kind: BlockKind }
  | { type: 'bold' }
  | { type: 'lead' }
  | { type: 'move'; direction: 'up' | 'down' }
  | { type: 'undo' }
  | { type: 'redo' };

/** Runs a command; returns the index a moved block went to (for scrolling it into view). */
export function runCommand(editor: Editor, command: EditorCommand): number | undefined {
  switch (command.type) {
    case 'block-kind':
      setBlockKind(editor, command.kind);
      return undefined;
    case 'bold':
      toggleMark(editor, 'bold');
      return undefined;
    case 'lead':
      toggleLead(editor);
      return undefined;
    case 'move': {
      const index = selectedBlockIndex(editor);
      return index === undefined ? undefined : moveUnitStep(editor, index, command.direction);
    }
    case 'undo':
      editor.undo();
      return undefined;
    case 'redo':
      editor.redo();
      return undefined;
  }
}
