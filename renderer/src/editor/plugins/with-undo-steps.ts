import { HistoryEditor } from 'slate-history';
import type { Editor } from 'slate';

/** A pause in typing this long ends an undo step, as in Word and WPS. */
export const TYPING_PAUSE_MS = 1000;

interface StepState {
  /** When the last change was saved to the history. */
  lastChange: number;
  /** The next change starts a new undo step (an IME composition began). */
  startStep: boolean;
  /** Between compositionstart and the commit: what the composition does is one step. */
  composing: boolean;
}

const STEPS = new WeakMap<Editor, StepState>();

/**
 * Undo steps as people expect them. slate-history merges adjacent text
 * edits into one step however long ago they were, so 20 committed words
 * went in one Ctrl+Z. Here a step also ends after a pause of a second and
 * at the start of each IME composition: one Ctrl+Z takes back one committed
 * phrase (with what it replaced) or one typing run. Formatting, numbering and
 * 体检 fixes are their own steps already (their operations never merge with
 * typing). Must wrap an editor that already has withHistory.
 */
export function withUndoSteps<E extends Editor>(editor: E): E {
  const state: StepState = { lastChange: 0, startStep: false, composing: false };
  STEPS.set(editor, state);
  const { apply } = editor;
  editor.apply = (op) => {
    // Selection moves, undo/redo and the loading normalisation are not typing.
    if (op.type === 'set_selection' || HistoryEditor.isSaving(editor) === false) return apply(op);
    const now = Date.now();
    const paused = now - state.lastChange > TYPING_PAUSE_MS;
    state.lastChange = now;
    if (state.startStep || (paused && !state.composing)) {
      state.startStep = false;
      HistoryEditor.withNewBatch(editor, () => apply(op));
    } else if (state.composing) {
      // The commit joins what the composition's start deleted (typing over a selection), however long the writer chose.
      HistoryEditor.withMerging(editor, () => apply(op));
    } else {
      apply(op);
    }
  };
  return editor;
}

/** compositionstart: what the composition does is a new undo step. */
export function compositionStarted(editor: Editor): void {
  const state = STEPS.get(editor);
  if (!state) return;
  state.startStep = true;
  state.composing = true;
}

/** compositionend: slate-react commits the text right after this handler; the step closes once it has. */
export function compositionEnded(editor: Editor): void {
  const state = STEPS.get(editor);
  if (!state) return;
  queueMicrotask(() => {
    state.composing = false;
  });
}
