import { createEditor, Editor, type Descendant } from 'slate';
import { HistoryEditor, withHistory } from 'slate-history';
import type { Block, Draft } from '../../../../core/model/schema.js';
import type { HtmlSanitizer } from '../paste/html-to-text.js';
import { withBlockShape } from '../plugins/with-block-shape.js';
import { withBreaks } from '../plugins/with-breaks.js';
import { withCleanCopy } from '../plugins/with-clean-copy.js';
import { withLeafMarks } from '../plugins/with-leaf-marks.js';
import { withNumbering } from '../plugins/with-numbering.js';
import { withPaste } from '../plugins/with-paste.js';
import { withPointBackspace } from '../plugins/with-point-backspace.js';
import { withQuoteInlines } from '../plugins/with-quote-inlines.js';
import { withTitleFirst } from '../plugins/with-title-first.js';
import { withUndoSteps } from '../plugins/with-undo-steps.js';

/** Without a sanitiser (unit tests, no DOM) pasted HTML is ignored and its plain text used. */
const NO_HTML: HtmlSanitizer = { sanitize: () => ({ nodeType: 11, nodeName: '#document-fragment', nodeValue: null, childNodes: [] }) };

/**
 * Every draft rule on an editor that already has history (and, in the UI,
 * withReact underneath). Each rule is a small plugin fixing one thing.
 */
export function withDraftRules<E extends Editor>(editor: E, draft: Pick<Draft, 'numbering'>, sanitizer: HtmlSanitizer = NO_HTML): E {
  const shaped = withLeafMarks(withQuoteInlines(withTitleFirst(withBlockShape(editor))));
  return withUndoSteps(withCleanCopy(withPaste(withPointBackspace(withBreaks(withNumbering(shaped, draft.numbering))), sanitizer)));
}

/** Loads the draft's blocks and normalises them once, outside the undo history. */
export function loadDraft(editor: Editor, draft: Pick<Draft, 'children'>): void {
  editor.children = structuredClone(draft.children) as Descendant[];
  HistoryEditor.withoutSaving(editor, () => Editor.normalize(editor, { force: true }));
}

/** A complete draft editor without any DOM: what the unit tests (and the UI, with withReact) use. */
export function createDraftEditor(draft: Pick<Draft, 'numbering' | 'children'>, sanitizer?: HtmlSanitizer, base: Editor = createEditor()): Editor {
  const editor = withDraftRules(withHistory(base), draft, sanitizer);
  loadDraft(editor, draft);
  return editor;
}

/** The draft as it now stands: the editor's blocks and numbering, everything else as loaded. */
export function currentDraft(editor: Editor, loaded: Draft): Draft {
  return { ...loaded, numbering: editor.numbering, children: editor.children as Block[] };
}
