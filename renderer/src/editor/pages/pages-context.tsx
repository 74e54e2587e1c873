import { createContext, useContext, useSyncExternalStore } from 'react';
import type { PaginatedDraft } from '../../../../core/pages/paginate.js';
import type { PagesStore } from './pages-store.js';

export const PagesContext = createContext<PagesStore | null>(null);

/** The draft's latest pagination (re-paginated after a pause in typing); re-renders the caller when it changes. */
export function usePages(): PaginatedDraft {
  const store = useContext(PagesContext);
  if (!store) throw new Error('usePages outside DraftWorkspace');
  return useSyncExternalStore(store.subscribe, store.get);
}
