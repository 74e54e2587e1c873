import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SimilarityDocument, SimilarityOptions, SimilarityReport } from '../collect/similarity.js';
import { GaojiangError, type ErrorCode } from '../errors.js';
import type { ImportDocumentOptions, ImportSource } from '../import/import-document.js';
import type { ImportResult } from '../import/import-text.js';

/**
 * Work the app must not do in the process that serves it, each kind in a
 * worker thread of its own with a capped heap and a time limit:
 * - importing untrusted material (a .docx, a web page, a text file someone
 *   sent): a file that would exhaust memory or take forever ends its worker
 *   with a Chinese error, and the CLI, the web host and Electron's main
 *   process go on;
 * - 查重 of a whole collection (seconds of CPU for a thousand submissions),
 *   so the app keeps answering while it runs.
 * Both run in one worker program (jobs-worker.ts) that knows each job.
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

/**
 * 查重 of 5,000 copied submissions peaks at ~620 MB of process memory and
 * ~14 s of CPU (docs/benchmarks.md); 1.5 GB and 5 minutes leave room for a
 * slow office computer and a larger collection.
 */
export const SIMILARITY_LIMITS: IsolationLimits = { heapMb: 1536, timeMs: 300_000 };

/** What the worker is sent, and what it posts back. */
export type JobRequest =
  | { job: 'import'; source: ImportSource; options: ImportDocumentOptions }
  | { job: 'similarity'; submissions: readonly SimilarityDocument[]; references: readonly SimilarityDocument[]; options: SimilarityOptions };

export type JobReply =
  | { ok: true; result: unknown }
  | { ok: false; error: { code: ErrorCode; userMessage: string; message: string } }
  | { ok: false; fault: string };

const WORKER_FILE = 'jobs-worker.js';

/**
 * The bundled worker, dist/workers/jobs-worker.js, found by walking up from
 * this module: a bundle in dist/<name>/ (ES module or Electron's CommonJS main,
 * inside the asar too) or this source file under vitest, whose global setup
 * builds the worker (test/support/build-workers.ts).
 */
export function jobsWorkerFile(): string {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  for (let dir = path.dirname(here); ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, 'workers', WORKER_FILE), path.join(dir, 'dist', 'workers', WORKER_FILE)]) {
      if (existsSync(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) throw new Error(`${WORKER_FILE} not found above ${here}: run npm run build:node`);
  }
}

type Failure = { reason: 'memory' } | { reason: 'ended' } | { reason: 'time'; seconds: number };

/** The Chinese error a job gets when its worker runs out of memory or time, or dies. */
type Abnormal = (failure: Failure, log: string) => GaojiangError;

const abnormalImport: Abnormal = (failure, log) => {
  const detail = failure.reason === 'memory' ? '读取时超出内存上限' : failure.reason === 'time' ? `读取超过 ${failure.seconds} 秒` : '读取中断';
  return new GaojiangError('file-too-large', `文件过大或结构异常，无法导入（${detail}）。可打开原文件复制正文，粘贴到稿匠。`, log);
};

const abnormalSimilarity: Abnormal = (failure, log) => {
  const detail = failure.reason === 'memory' ? '超出内存上限' : failure.reason === 'time' ? `超过 ${failure.seconds} 秒` : '计算中断';
  return new GaojiangError('file-too-large', `查重未能完成（${detail}）。可分批查重，或在命令行用 gaojiang similarity 处理。`, log);
};

const abnormalFor: Record<JobRequest['job'], Abnormal> = { import: abnormalImport, similarity: abnormalSimilarity };

/**
 * One worker, kept between jobs (starting one loads mammoth and OpenCC
 * again: a batch of submissions would pay it per file) and replaced after a
 * job kills it or runs out of time. Jobs queue: one at a time, so the time
 * limit is the job's own and one worker's memory is all they take.
 */
export class IsolatedWorker {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly limits: IsolationLimits = DEFAULT_ISOLATION_LIMITS) {}

  /** `importDocument`: same result, same GaojiangErrors, and a Chinese error when the worker runs out of memory or time. */
  importDocument(source: ImportSource, options: ImportDocumentOptions = {}): Promise<ImportResult> {
    return this.run({ job: 'import', source, options }) as Promise<ImportResult>;
  }

  /** `findSimilarity`, likewise. */
  findSimilarity(submissions: readonly SimilarityDocument[], references: readonly SimilarityDocument[], options: SimilarityOptions = {}): Promise<SimilarityReport> {
    return this.run({ job: 'similarity', submissions, references, options }) as Promise<SimilarityReport>;
  }

  /** Ends the worker (an idle one does not keep the process alive; this is for tests and shutdown). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private run(request: JobRequest): Promise<unknown> {
    const turn = this.queue.then(() => this.runNow(request));
    this.queue = turn.catch(() => undefined);
    return turn;
  }
  private start(): Worker {
    const worker = new Worker(jobsWorkerFile(), {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    // A worker that dies between jobs is simply replaced by the next one.
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    worker.on('error', () => undefined);
    return worker;
  }

  private runNow(request: JobRequest): Promise<unknown> {
    const worker = (this.worker ??= this.start());
    worker.ref();
    return new Promise<unknown>((resolve, reject) => {
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
      const onMessage = (reply: JobReply): void => {
        done(() => {
          if (reply.ok) resolve(reply.result);
          else if ('error' in reply) reject(new GaojiangError(reply.error.code, reply.error.userMessage, reply.error.message));
          else reject(new Error(`${request.job} worker fault: ${reply.fault}`));
        }, true);
      };
      const onError = (error: Error & { code?: string }): void => {
        done(() => {
          if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(abnormalFor[request.job]({ reason: 'memory' }, `${request.job} worker out of memory: ${error.message}`));
          else reject(error);
        }, false);
      };
      const onExit = (code: number): void => done(() => reject(abnormalFor[request.job]({ reason: 'ended' }, `${request.job} worker exited with ${code} before replying`)), false);
      const timer = setTimeout(() => {
        done(() => reject(abnormalFor[request.job]({ reason: 'time', seconds: this.limits.timeMs / 1000 }, `${request.job} worker timed out after ${this.limits.timeMs} ms`)), false);
      }, this.limits.timeMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(request);
    });
  }
}

// Two workers: a long 查重 must not hold up the import of a submission that arrives meanwhile.
let importer: IsolatedWorker | undefined;
let comparer: IsolatedWorker | undefined;

/** `importDocument` in the shared import worker. */
export function importIsolated(source: ImportSource, options: ImportDocumentOptions = {}): Promise<ImportResult> {
  importer ??= new IsolatedWorker(DEFAULT_ISOLATION_LIMITS);
  return importer.importDocument(source, options);
}

/** `findSimilarity` in the shared 查重 worker. */
export function similarityIsolated(submissions: readonly SimilarityDocument[], references: readonly SimilarityDocument[], options: SimilarityOptions): Promise<SimilarityReport> {
  comparer ??= new IsolatedWorker(SIMILARITY_LIMITS);
  return comparer.findSimilarity(submissions, references, options);
}
