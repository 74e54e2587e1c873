/**
 * The isolated worker's entry (bundled to dist/workers/jobs-worker.js): it
 * runs each job it is sent, one at a time, and posts the outcome back. It
 * exists so that a hostile file exhausts this worker's capped heap, and a
 * long 查重 takes this thread's time, not the process that serves the app
 * (isolated-worker.ts).
 */
import { parentPort } from 'node:worker_threads';
import { findSimilarity } from '../collect/similarity.js';
import { isGaojiangError } from '../errors.js';
import { importDocument } from '../import/import-document.js';
import type { JobReply, JobRequest } from './isolated-worker.js';

const runJob = async (request: JobRequest): Promise<unknown> => {
  switch (request.job) {
    case 'import':
      return importDocument(request.source, request.options);
    case 'similarity':
      return findSimilarity(request.submissions, request.references, request.options);
  }
};

parentPort?.on('message', (request: JobRequest) => {
  void runJob(request).then(
    (result): JobReply => ({ ok: true, result }),
    (error: unknown): JobReply =>
      isGaojiangError(error)
        ? { ok: false, error: { code: error.code, userMessage: error.userMessage, message: error.message } }
        : { ok: false, fault: error instanceof Error ? (error.stack ?? error.message) : String(error) },
  ).then((reply) => parentPort?.postMessage(reply));
});
