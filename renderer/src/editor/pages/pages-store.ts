import type { Block, Draft } from '../../../../core/model/schema.js';
import { paginateDraft, type PaginatedDraft } from '../../../../core/pages/paginate.js';

/**
 * The draft in pages, kept off the typing path: a change schedules a
 * re-pagination after a pause in typing (and, where the browser has it,
 * when it is idle), never during the keystroke. Paginating breaks only the
 * edited paragraphs into lines again (core/pages caches the rest per block),
 * so even a long draft re-paginates in a few milliseconds.
 */
export interface PagesStore {
  get(): PaginatedDraft;
  subscribe(listener: () => void): () => void;
  /** Paginates now if a change is waiting (the page view opening, printing). */
  flush(): PaginatedDraft;
  /** Starts following the draft's changes; returns the function that stops (and drops a waiting re-pagination). */
  start(): () => void;
}

export interface PagesSource {
  /** The current draft (the editor's blocks with the loaded draft's meta). */
  draft(): Draft;
  /** Called with a listener for every change of the blocks or numbering; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Quiet time after the last change before re-paginating. */
export const PAGINATE_DELAY_MS = 300;

type IdleWindow = { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number; cancelIdleCallback?: (handle: number) => void };

export function createPagesStore(source: PagesSource, options: { printAuthorLine?: boolean } = {}, delayMs = PAGINATE_DELAY_MS): PagesStore {
  const listeners = new Set<() => void>();
  let paginated = paginateDraft(source.draft(), options);
  let paginatedChildren: readonly Block[] = source.draft().children;
  let paginatedNumbering = source.draft().numbering;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const idleWindow = (typeof window === 'undefined' ? {} : window) as IdleWindow;

  const run = (): PaginatedDraft => {
    timer = undefined;
    idle = undefined;
    const draft = source.draft();
    if (draft.children === paginatedChildren && draft.numbering === paginatedNumbering) return paginated;
    paginatedChildren = draft.children;
    paginatedNumbering = draft.numbering;
    const next = paginateDraft(draft, options);
    paginated = next;
    listeners.forEach((listener) => listener());
    return next;
  };
  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined) idleWindow.cancelIdleCallback?.(idle);
    timer = undefined;
    idle = undefined;
  };
  const schedule = (): void => {
    cancel();
    timer = setTimeout(() => {
      timer = undefined;
      if (idleWindow.requestIdleCallback) idle = idleWindow.requestIdleCallback(run, { timeout: 1000 });
      else run();
    }, delayMs);
  };

  return {
    get: () => paginated,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush() {
      cancel();
      return run();
    },
    start() {
      const unsubscribe = source.subscribe(schedule);
      // Changes made before the start (or while stopped) are paginated on the next pause too.
      schedule();
      return () => {
        cancel();
        unsubscribe();
      };
    },
  };
}
