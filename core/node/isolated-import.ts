import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GaojiangError, type ErrorCode } from '../errors.js';
import type { ImportDocumentOptions, ImportSource } from '../import/import-document.js';
import type { ImportResult } from '../import/import-text.js';

/**
 * Importing untrusted material (a .docx, a web page, a text file someone
 * sent) away from the process that serves the app: each import runs in a
 * worker thread of its own with a capped heap and a time limit. A file that
 * would exhaust memory or take forever ends its worker with a Chinese error;
 * the CLI, the web host and Electron's main process go on.
 */
export interface IsolationLimits {
  /** The worker's old-generation heap, in MB (V8 ends the worker past it). */
  heapMb: number;
  /** Milliseconds before the worker is terminated. */
  timeMs: number;
}

/**
 * The reader is capped to ~200,000 XML elements (core/import/docx-reader.ts),
 * measured at some 300 MB of heap and 4 s on a loaded machine; 384 MB and
 * 30 s leave room for a slow office computer, and the worker plus Node stays
 * under 500 MB.
 */
export const DEFAULT_ISOLATION_LIMITS: IsolationLimits = { heapMb: 384, timeMs: 30_000 };

/** What the worker is sent, and what it posts back. */
export interface ImportRequest {
  source: ImportSource;
  options: ImportDocumentOptions;
}

export type ImportReply =
  | { ok: true; result: ImportResult }
  | { ok: false; error: { code: ErrorCode; userMessage: string; message: string } }
  | { ok: false; fault: string };

const WORKER_FILE = 'import-worker.js';

/**
 * The bundled worker, dist/workers/import-worker.js, found by walking up from
 * this module: a bundle in dist/<name>/ (ES module or Electron's CommonJS main,
 * inside the asar too) or this source file under vitest, whose global setup
 * builds the worker (test/support/build-workers.ts).
 */
export function importWorkerFile(): string {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  for (let dir = path.dirname(here); ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, 'workers', WORKER_FILE), path.join(dir, 'dist', 'workers', WORKER_FILE)]) {
      if (existsSync(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) throw new Error(`${WORKER_FILE} not found above ${here}: run npm run build:node`);
  }
}

const abnormal = (detail: string, log: string): GaojiangError =>
  new GaojiangError('file-too-large', `文件过大或结构异常，无法导入（${detail}）。可打开原文件复制正文，粘贴到稿匠。`, log);

/**
 * One worker, kept between imports (starting one loads mammoth and OpenCC
 * again: a batch of submissions would pay it per file) and replaced after a
 * file kills it or runs out of time. Imports queue: one at a time, so the
 * time limit is the file's own and one worker's memory is all they take.
 */
export class IsolatedImporter {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly limits: IsolationLimits = DEFAULT_ISOLATION_LIMITS) {}

  run(source: ImportSource, options: ImportDocumentOptions = {}): Promise<ImportResult> {
    const turn = this.queue.then(() => this.runNow({ source, options }));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Ends the worker (an idle one does not keep the process alive; this is for tests and shutdown). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(importWorkerFile(), {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    // A worker that dies between imports is simply replaced by the next one.
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    worker.on('error', () => undefined);
    return worker;
  }

  private runNow(request: ImportRequest): Promise<ImportResult> {
    const worker = (this.worker ??= this.start());
    worker.ref();
    return new Promise<ImportResult>((resolve, reject) => {
      const done = (outcome: () => void, keepWorker: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (keepWorker) worker.unref();
        else {
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate();
        }
        outcome();
      };
      const onMessage = (reply: ImportReply): void => {
        done(() => {
          if (reply.ok) resolve(reply.result);
          else if ('error' in reply) reject(new GaojiangError(reply.error.code, reply.error.userMessage, reply.error.message));
          else reject(new Error(`import worker fault: ${reply.fault}`));
        }, true);
      };
      const onError = (error: Error & { code?: string }): void => {
        done(() => {
          if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(abnormal('读取时超出内存上限', `import worker out of memory: ${error.message}`));
          else reject(error);
        }, false);
      };
      const onExit = (code: number): void => done(() => reject(abnormal('读取中断', `import worker exited with ${code} before replying`)), false);
      const timer = setTimeout(() => {
        done(() => reject(abnormal(`读取超过 ${this.limits.timeMs / 1000} 秒`, `import worker timed out after ${this.limits.timeMs} ms`)), false);
      }, this.limits.timeMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(request);
    });
  }
}

let shared: IsolatedImporter | undefined;

/** `importDocument` in the shared import worker: same result, same GaojiangErrors, and a Chinese error when the worker runs out of memory or time. */
export function importIsolated(source: ImportSource, options: ImportDocumentOptions = {}): Promise<ImportResult> {
  shared ??= new IsolatedImporter();
  return shared.run(source, options);
}
