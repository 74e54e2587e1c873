import { useEffect, useRef } from 'react';

/**
 * Asks before the page goes away with unsaved work: the browser shows its
 * own “leave site?” question; in Electron the main process turns the same
 * refusal into a 保存 / 不保存 / 取消 dialog (electron/unsaved-close.ts).
 * `allowUnload()` lets a close through once the page has saved or given up
 * the work on the user's word.
 */
export function useUnloadGuard(hasUnsavedWork: () => boolean): { allowUnload(): void } {
  const allowed = useRef(false);
  const check = useRef(hasUnsavedWork);
  check.current = hasUnsavedWork;

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (allowed.current || !check.current()) return;
      event.preventDefault();
      // Older engines need returnValue set as well.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  return {
    allowUnload: () => {
      allowed.current = true;
    },
  };
}
