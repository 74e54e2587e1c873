import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ChecksState, ChecksStore } from './checks-store.js';

export const ChecksContext = createContext<ChecksStore | null>(null);

export function useChecksStore(): ChecksStore {
  const store = useContext(ChecksContext);
  if (!store) throw new Error('useChecksStore outside DraftWorkspace');
  return store;
}

/** The latest findings; re-renders the caller when the checks have run again. */
export function useChecks(): ChecksState {
  const store = useChecksStore();
  return useSyncExternalStore(store.subscribe, store.get);
}
