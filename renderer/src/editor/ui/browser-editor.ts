import DOMPurify from 'dompurify';
import { createEditor, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import type { Draft } from '../../../../core/model/schema.js';
import { loadDraft, withDraftRules } from '../model/draft-editor.js';
import type { HtmlSanitizer } from '../paste/html-to-text.js';

const sanitizer: HtmlSanitizer = { sanitize: (html, config) => DOMPurify.sanitize(html, { ...config, RETURN_DOM_FRAGMENT: true }) };

/** The editor for the page: React and DOM bindings, history, and every draft rule. */
export function createBrowserDraftEditor(draft: Draft): Editor {
  const editor = withDraftRules(withHistory(withReact(createEditor())), draft, sanitizer);
  loadDraft(editor, draft);
  return editor;
}
