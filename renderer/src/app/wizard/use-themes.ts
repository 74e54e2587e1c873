import { useCallback, useEffect, useState } from 'react';
import type { AppClient } from '../../client/index.js';
import type { ThemeEntry } from '../../editor/quotes/quote-logic.js';
import { userMessageOf } from '../../user-message.js';

export interface ThemesState {
  /** Installed study themes, newest first; empty while loading. */
  entries: ThemeEntry[];
  error: string | null;
  reload(): Promise<void>;
}

/** The installed 学习主题包, read once and again after one is imported. */
export function useThemes(client: AppClient): ThemesState {
  const [entries, setEntries] = useState<ThemeEntry[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setEntries((await client.services.listThemes({})).themes);
      setError(null);
    } catch (failure) {
      setError(userMessageOf(failure));
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { entries, error, reload };
}
