import { GaojiangError, isGaojiangError, type ErrorCode } from '../errors.js';
import type { ServiceName } from './contract.js';

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

export function fromWireError(wire: WireError, operation: ServiceName | string): Error {
  if (wire.code === 'internal') return new Error(`${operation}: ${wire.userMessage}`);
  return new GaojiangError(wire.code, wire.userMessage, `${operation} failed: ${wire.code}`);
}
