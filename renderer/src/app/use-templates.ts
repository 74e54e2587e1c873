import { useCallback, useEffect, useState } from 'react';
import type { AppClient } from '../client/index.js';
import { userMessageOf } from '../user-message.js';
import { orderTemplates, type TemplateListEntry } from './template-search.js';

export interface TemplatesState {
  /** null while the first list is loading. */
  entries: TemplateListEntry[] | null;
  /** User template files that failed to load, in Chinese, one line each. */
  problems: string[];
  /** Why the list could not be read at all. */
  error: string | null;
  reload(): Promise<void>;
}

/** The built-in and user templates, read once and again after every change the template manager makes. */
export function useTemplates(client: AppClient): TemplatesState {
  const [entries, setEntries] = useState<TemplateListEntry[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const result = await client.services.listTemplates({});
      setEntries(orderTemplates(result.templates));
      setProblems(result.problems);
      setError(null);
    } catch (failure) {
      setEntries((current) => current ?? []);
      setError(userMessageOf(failure));
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { entries, problems, error, reload };
}
