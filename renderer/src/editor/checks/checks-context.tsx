import { createContext, useContext, useMemo, useState, useSyncExternalStore } from 'react';
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

/**
 * The page's `decorate`: a new function only when the findings change, so
 * typing re-decorates nothing. While an IME composes, the last one is kept:
 * findings arrive from the worker at any time, and re-rendering the leaves
 * of the composing block moves the composition (to the block's start in
 * Chrome). The new underlines are drawn once the composition ends.
 */
export function useFindingDecorate(composing: boolean): (entry: NodeEntry) => DecoratedRange[] {
  const { findings, blocks } = useChecks();
  const latest = useMemo(() => findingDecorator(findings, blocks), [findings, blocks]);
  const [shown, setShown] = useState(() => latest);
  if (!composing && shown !== latest) setShown(() => latest);
  return composing ? shown : latest;
}
