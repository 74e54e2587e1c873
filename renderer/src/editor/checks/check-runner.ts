import { runChecks } from '../../../../core/checks/registry.js';
import type { CheckOptions, Finding } from '../../../../core/checks/types.js';
import type { Draft } from '../../../../core/model/schema.js';

/** What the page sends the checks worker: the options are data only (no rule functions). */
export interface CheckRequest {
  id: number;
  draft: Draft;
  options: Pick<CheckOptions, 'template' | 'externalFindings'>;
}

export type CheckResponse = { id: number; findings: Finding[] } | { id: number; error: string };

export interface CheckRunner {
  /**
   * The findings for `draft`, or undefined when a newer run superseded this
   * one before it started (only the newest draft is worth checking).
   */
  run(draft: Draft, options: CheckRequest['options']): Promise<Finding[] | undefined>;
  /** True while the checks run in the page instead of the worker. */
  readonly inPage: boolean;
  dispose(): void;
}

interface Pending {
  request: CheckRequest;
  resolve(findings: Finding[] | undefined): void;
  reject(error: Error): void;
}

/**
 * Runs the writing checks off the UI thread (#14: a 600,000-character or
 * adversarial draft takes up to ~1 s to check, and typing must never wait for
 * it). One request is in the worker at a time; while it runs, a newer request
 * replaces any older one still waiting. Where no worker can be started (no
 * Worker in this page, or its script fails to load, as a file:// policy could
 * make it), the checks run in the page as before, after the same debounce.
 */
export function createCheckRunner(startWorker: () => Worker | undefined = startChecksWorker): CheckRunner {
  let worker = tryStart(startWorker);
  let running: Pending | undefined;
  let waiting: Pending | undefined;
  let nextId = 0;

  const runInPage = (pending: Pending): void => {
    // The segmenter (jieba's wasm) is fetched only when the page itself must check.
    void import('./segmenter.js').then(({ loadRendererSegmenter }) => loadRendererSegmenter()).then(() => {
      try {
        pending.resolve(runChecks(pending.request.draft, pending.request.options));
      } catch (error) {
        pending.reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  };

  const send = (pending: Pending): void => {
    if (!worker) {
      runInPage(pending);
      return;
    }
    running = pending;
    worker.postMessage(pending.request);
  };

  const finishRunning = (): void => {
    running = undefined;
    const next = waiting;
    waiting = undefined;
    if (next) send(next);
  };

  /** The worker is gone for this editor: what it held runs in the page. */
  const fallBack = (reason: unknown): void => {
    console.warn('checks worker unavailable, checking in the page', reason);
    worker?.terminate();
    worker = undefined;
    const lost = running;
    running = undefined;
    if (lost) runInPage(lost);
    finishRunning();
  };

  if (worker) {
    worker.onmessage = (event: MessageEvent<CheckResponse>) => {
      const answered = running;
      if (!answered || event.data.id !== answered.request.id) return;
      if ('error' in event.data) answered.reject(new Error(event.data.error));
      else answered.resolve(event.data.findings);
      finishRunning();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack(event.message);
    };
  }

  return {
    run(draft, options) {
      return new Promise<Finding[] | undefined>((resolve, reject) => {
        const pending: Pending = { request: { id: ++nextId, draft, options }, resolve, reject };
        if (running) {
          waiting?.resolve(undefined);
          waiting = pending;
        } else {
          send(pending);
        }
      });
    },
    get inPage() {
      return worker === undefined;
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      running?.resolve(undefined);
      waiting?.resolve(undefined);
      running = waiting = undefined;
    },
  };
}

function tryStart(startWorker: () => Worker | undefined): Worker | undefined {
  try {
    return startWorker();
  } catch (error) {
    console.warn('checks worker not started, checking in the page', error);
    return undefined;
  }
}

/** Vite bundles the worker module as its own file (same origin, so the page's CSP allows it). */
function startChecksWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('./checks-worker.ts', import.meta.url), { type: 'module', name: 'checks' });
}
