import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { DecoratedRange, NodeEntry } from 'slate';
import type { ChecksState, ChecksStore } from './checks-store.js';
import { findingDecorator } from './finding-marks.js';

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

/** The page's `decorate`: a new function only when the findings change, so typing re-decorates nothing. */
export function useFindingDecorate(): (entry: NodeEntry) => DecoratedRange[] {
  const { findings, blocks } = useChecks();
  return useMemo(() => findingDecorator(findings, blocks), [findings, blocks]);
}
