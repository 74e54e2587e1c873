/**
 * The import worker's entry (bundled to dist/workers/import-worker.js): it
 * runs `importDocument` on each source it is sent, one at a time, and posts
 * the outcome back. It exists so that a hostile file exhausts this worker's
 * capped heap, not the process that serves the app (isolated-import.ts).
 */
import { parentPort } from 'node:worker_threads';
import { isGaojiangError } from '../errors.js';
import { importDocument } from '../import/import-document.js';
import type { ImportReply, ImportRequest } from './isolated-import.js';

parentPort?.on('message', (request: ImportRequest) => {
  void importDocument(request.source, request.options).then(
    (result): ImportReply => ({ ok: true, result }),
    (error: unknown): ImportReply =>
      isGaojiangError(error)
        ? { ok: false, error: { code: error.code, userMessage: error.userMessage, message: error.message } }
        : { ok: false, fault: error instanceof Error ? (error.stack ?? error.message) : String(error) },
  ).then((reply) => parentPort?.postMessage(reply));
});
