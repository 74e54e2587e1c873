import { useCallback, useRef, useState } from 'react';
import { documentReducer, INITIAL_DOCUMENT_STATE, type DocumentAction, type DocumentState } from './document-state.js';

export interface DocumentStore {
  /** The state to render. */
  state: DocumentState;
  /** The state right now, also in the middle of an async workflow (after an await, `state` may be stale). */
  current(): DocumentState;
  dispatch(action: DocumentAction): void;
}

/** useReducer, plus synchronous access to the latest state for the workflows that await dialogs and files. */
export function useDocumentStore(): DocumentStore {
  const [state, setState] = useState(INITIAL_DOCUMENT_STATE);
  const latest = useRef(INITIAL_DOCUMENT_STATE);
  const dispatch = useCallback((action: DocumentAction) => {
    latest.current = documentReducer(latest.current, action);
    setState(latest.current);
  }, []);
  const current = useCallback(() => latest.current, []);
  return { state, current, dispatch };
}
