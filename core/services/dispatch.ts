import { GaojiangError, isGaojiangError, type ErrorCode } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import { isServiceName, serviceContract, type ServiceImplementation, type ServiceName } from './contract.js';

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

/** An error as it crosses a transport: the Chinese text for the user, the code for programs. */
export interface WireError {
  code: ErrorCode | 'internal';
  userMessage: string;
}

export const INTERNAL_ERROR_MESSAGE = '稿匠内部出错，操作未完成。您的稿件内容未受影响，请重试；如仍出错，请联系维护人员。';

export function toWireError(error: unknown): WireError {
  if (isGaojiangError(error)) return { code: error.code, userMessage: error.userMessage };
  return { code: 'internal', userMessage: INTERNAL_ERROR_MESSAGE };
}

export function fromWireError(wire: WireError, operation: ServiceName): Error {
  if (wire.code === 'internal') return new Error(`${operation}: ${wire.userMessage}`);
  return new GaojiangError(wire.code, wire.userMessage, `${operation} failed: ${wire.code}`);
}
