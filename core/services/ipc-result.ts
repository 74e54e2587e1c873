import type { IpcResult } from './bridge.js';
import { toWireError } from './wire-error.js';

/**
 * Runs an operation and wraps its outcome for IPC. `log` receives every
 * failure (English, with stack) so internal faults are never silent while
 * the page gets only the Chinese WireError.
 */
export async function wrapForIpc<T>(run: () => Promise<T>, log: (error: unknown) => void): Promise<IpcResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    log(error);
    return { ok: false, error: toWireError(error) };
  }
}
