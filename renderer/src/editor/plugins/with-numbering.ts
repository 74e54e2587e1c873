import type { Editor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { NumberingScheme } from '../../../../core/model/schema.js';

type Batch = HistoryEditor['history']['undos'][number];

/**
 * Puts the draft's numbering scheme on the editor and makes a style change
 * one step of the ordinary undo history: it is recorded as an empty history
 * batch that undo/redo recognise and answer by restoring the scheme. Labels
 * are derived from the scheme, so changing it relabels a whole level at once.
 * Must wrap an editor that already has withHistory.
 */
export function withNumbering<E extends Editor>(editor: E, initial: NumberingScheme): E {
  const changes = new WeakMap<Batch, { before: NumberingScheme; after: NumberingScheme }>();
  const { undo, redo } = editor;
  editor.numbering = { ...initial };

  const show = (scheme: NumberingScheme): void => {
    editor.numbering = scheme;
    // Nothing in the tree changed; tell the UI (slate-react listens to onChange) anyway.
    editor.onChange();
  };

  editor.setNumberingStyle = (level, style) => {
    if (editor.numbering[level] === style) return;
    const before = editor.numbering;
    const after = { ...before, [level]: style };
    const batch: Batch = { operations: [], selectionBefore: editor.selection };
    changes.set(batch, { before, after });
    editor.writeHistory('undos', batch);
    editor.history.redos = [];
    show(after);
  };

  editor.undo = () => {
    const batch = editor.history.undos.at(-1);
    const change = batch && changes.get(batch);
    if (!batch || !change) return undo();
    editor.history.undos.pop();
    editor.writeHistory('redos', batch);
    show(change.before);
  };

  editor.redo = () => {
    const batch = editor.history.redos.at(-1);
    const change = batch && changes.get(batch);
    if (!batch || !change) return redo();
    editor.history.redos.pop();
    editor.writeHistory('undos', batch);
    show(change.after);
  };
  return editor;
}
