import { isGaojiangError } from '../../core/errors.js';
import { INTERNAL_ERROR_MESSAGE } from '../../core/services/wire-error.js';
import { TransportError } from './client/index.js';

/** The Chinese sentence to show for a failure; internal faults get the generic one and go to the console. */
export function userMessageOf(error: unknown): string {
  if (isGaojiangError(error) || error instanceof TransportError) return error.userMessage;
  console.error(error);
  return INTERNAL_ERROR_MESSAGE;
}
