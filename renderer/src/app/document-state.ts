import type { Draft } from '../../../core/model/schema.js';
import { draftTitle } from '../../../core/model/text.js';
import { baseNameOf } from '../draft-title.js';
import { sameJson } from './same-json.js';

/**
 * The open document and what the shell needs to know about it: where it
 * lives, whether it has unsaved changes, under which key its autosave copy
 * is kept. Pure: the workflow does the I/O and reports the outcome here.
 */
export interface OpenDocument {
  draft: Draft;
  /** The file it was opened from or saved to; absent until first saved (or when uploaded in the browser). */
  path?: string;
  /** The file's name for display; absent for a draft that never was a file. */
  fileName?: string;
  /** The draft as last saved or opened; null when it never was saved (a new or recovered draft). */
  savedDraft: Draft | null;
  dirty: boolean;
  /** Names the autosave copy: the path, or an `untitled-…` key for a draft without one. */
  recoveryKey: string;
}

export interface DocumentState {
  document: OpenDocument | null;
  /** Counts loads, so the editor can be remounted (its React key) whenever another draft comes in. */
  loads: number;
}

export type DocumentAction =
  | {
      type: 'loaded';
      draft: Draft;
      path?: string;
      fileName?: string;
      /** New drafts from a template and recovered drafts are unsaved work from the start. */
      unsaved: boolean;
      recoveryKey: string;
    }
  | { type: 'edited'; draft: Draft }
  | { type: 'saved'; draft: Draft; path: string; fileName: string }
  | { type: 'closed' };

export const INITIAL_DOCUMENT_STATE: DocumentState = { document: null, loads: 0 };

export function documentReducer(state: DocumentState, action: DocumentAction): DocumentState {
  switch (action.type) {
    case 'loaded': {
      const { draft, path, fileName, unsaved, recoveryKey } = action;
      return {
        loads: state.loads + 1,
        document: { draft, path, fileName, savedDraft: unsaved ? null : draft, dirty: unsaved, recoveryKey },
      };
    }
    case 'edited': {
      const current = state.document;
      if (!current || current.draft === action.draft) return state;
      // Compared with the saved draft, not just flagged: undoing back to it makes the document clean again.
      const dirty = current.savedDraft === null || !sameJson(action.draft, current.savedDraft);
      return { ...state, document: { ...current, draft: action.draft, dirty } };
    }
    case 'saved': {
      const current = state.document;
      if (!current) return state;
      // The user may have typed while the file was written: clean only if nothing changed since.
      const dirty = current.draft !== action.draft && !sameJson(current.draft, action.draft);
      return {
        ...state,
        document: {
          ...current,
          path: action.path,
          fileName: action.fileName,
          savedDraft: action.draft,
          dirty,
          recoveryKey: action.path,
        },
      };
    }
    case 'closed':
      return { ...state, document: null };
  }
}

export const UNTITLED_NAME = '未命名稿件';

/** The name shown in the top bar: the file's name, or for a draft never saved its title. */
export function displayName(document: OpenDocument): string {
  return document.fileName ?? (draftTitle(document.draft) || UNTITLED_NAME);
}

/** `● 文件名 — 稿匠` while there are unsaved changes; Electron's window title follows it. */
export function windowTitle(document: OpenDocument | null): string {
  if (!document) return '稿匠';
  return `${document.dirty ? '● ' : ''}${displayName(document)} — 稿匠`;
}

/** The name offered when saving asks for one: the title, else the file's own name. */
export function suggestedFileName(document: OpenDocument): string {
  return draftTitle(document.draft) || (document.fileName ? baseNameOf(document.fileName) : '') || UNTITLED_NAME;
}

/** A key for the autosave copy of a draft that has no file yet; unique to this session. */
export function untitledRecoveryKey(random: () => string = () => crypto.randomUUID()): string {
  return `untitled-${random()}`;
}
