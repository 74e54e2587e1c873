import { useCallback, useEffect, useMemo, useState } from 'react';
import type { NoticeMessage } from '../components/Notice.js';
import { userMessageOf } from '../user-message.js';

export interface Notices {
  notice: NoticeMessage | null;
  /** A success; with `action`, a button beside it (and it stays longer). */
  info(text: string, action?: NoticeMessage['action']): void;
  /** Shows the Chinese message of any failure (internal faults get the generic one and go to the console). */
  error(failure: unknown): void;
  dismiss(): void;
}

const INFO_VISIBLE_MS = 4_000;
/** A notice with a button stays long enough to reach the button. */
const ACTION_VISIBLE_MS = 15_000;

/** One notice at a time: errors stay until dismissed or replaced, successes fade after a few seconds. */
export function useNotices(): Notices {
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = window.setTimeout(() => setNotice((current) => (current === notice ? null : current)), notice.action ? ACTION_VISIBLE_MS : INFO_VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const info = useCallback((text: string, action?: NoticeMessage['action']) => setNotice(action ? { kind: 'info', text, action } : { kind: 'info', text }), []);
  const error = useCallback((failure: unknown) => setNotice({ kind: 'error', text: userMessageOf(failure) }), []);
  const dismiss = useCallback(() => setNotice(null), []);
  return useMemo(() => ({ notice, info, error, dismiss }), [notice, info, error, dismiss]);
}
