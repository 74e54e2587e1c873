import { useCallback, useEffect, useState } from 'react';
import type { ServiceOutput } from '../../../core/services/contract.js';
import { useAppClient } from '../client/index.js';
import type { Notices } from '../app/use-notices.js';

export type Overview = ServiceOutput<'collectionOverview'>;

/** One collection's overview, reloaded after every change the views make. */
export function useCollectionOverview(id: string, notices: Notices) {
  const { services } = useAppClient();
  const [overview, setOverview] = useState<Overview | null>(null);
  // notices.error is stable; the notices object is not (it changes with every notice).
  const showError = notices.error;
  const reload = useCallback(async () => {
    try {
      setOverview(await services.collectionOverview({ id }));
    } catch (error) {
      showError(error);
    }
  }, [services, id, showError]);
  useEffect(() => void reload(), [reload]);
  return { overview, reload };
}

/** Runs a service call from a button: errors become the notice, the overview reloads after. */
export function useAction(notices: Notices, reload: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const showError = notices.error;
  const run = useCallback(
    async (work: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      try {
        await work();
        return true;
      } catch (error) {
        showError(error);
        return false;
      } finally {
        setBusy(false);
        await reload();
      }
    },
    [showError, reload],
  );
  return { busy, run };
}
