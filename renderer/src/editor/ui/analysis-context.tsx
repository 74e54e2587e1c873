import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DraftAnalysis } from '../model/analysis.js';
import type { AnalysisStore } from './analysis-store.js';

export const AnalysisContext = createContext<AnalysisStore | null>(null);

export function useAnalysisStore(): AnalysisStore {
  const store = useContext(AnalysisContext);
  if (!store) throw new Error('useAnalysisStore outside DraftWorkspace');
  return store;
}

/** The latest analysis; re-renders the caller after every change. */
export function useAnalysis(): DraftAnalysis {
  const store = useAnalysisStore();
  return useSyncExternalStore(store.subscribe, store.get);
}
