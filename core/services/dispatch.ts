import { GaojiangError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import { isServiceName, serviceContract, type ServiceImplementation } from './contract.js';

/**
 * The one entry point a transport calls with untrusted input: checks the
 * operation name, validates the argument with the contract's schema, runs
 * the implementation. Electron's ipcMain handlers and the web host's HTTP
 * routes both go through here, so validation cannot be forgotten in one.
 */
export async function dispatchService(
  implementation: ServiceImplementation,
  name: unknown,
  rawArgument: unknown,
): Promise<unknown> {
  if (!isServiceName(name)) {
    throw new GaojiangError('invalid-input', '未知的操作。', `unknown service ${String(name).slice(0, 80)}`);
  }
  const args = parseOrThrow(serviceContract[name].input, rawArgument, '请求参数');
  const run = implementation[name] as (a: unknown) => Promise<unknown>;
  return run(args);
}

// The wire-error helpers live in their own module so the renderer can use
// them without bundling the contract's schemas; re-exported for transports.
export { INTERNAL_ERROR_MESSAGE, fromWireError, toWireError, type WireError } from './wire-error.js';
