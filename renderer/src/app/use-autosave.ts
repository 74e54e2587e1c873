import { useCallback, useEffect, useRef } from 'react';
import type { OpenDocument } from './document-state.js';

export const AUTOSAVE_DELAY_MS = 3_000;

export interface Autosave {
  /** Cancels a pending write and waits for one in flight, so that a recovery copy discarded next stays discarded. */
  settle(): Promise<void>;
}

/**
 * Writes a recovery copy while there are unsaved changes: 3 s after a
 * change (later changes within those 3 s join the same write), so at most
 * a few seconds of typing can be lost. Writes never overlap.
 */
export function useAutosave(
  document: OpenDocument | null,
  write: (document: OpenDocument) => Promise<void>,
  delayMs: number = AUTOSAVE_DELAY_MS,
): Autosave {
  const latest = useRef(document);
  latest.current = document;
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<Promise<void>>(Promise.resolve());
  const writeRef = useRef(write);
  writeRef.current = write;

  const cancel = (): void => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
  };

  useEffect(() => {
    if (!document?.dirty) {
      cancel();
      return;
    }
    if (timer.current !== undefined) return; // already scheduled: it will write the latest draft
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      const now = latest.current;
      if (!now?.dirty) return;
      inFlight.current = inFlight.current.then(() => writeRef.current(now)).catch(() => undefined);
    }, delayMs);
  }, [document, delayMs]);

  useEffect(() => cancel, []);

  const settle = useCallback(async () => {
    cancel();
    await inFlight.current;
  }, []);
  return { settle };
}
