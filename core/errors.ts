/**
 * The one error type that reaches users. `message` is English for logs;
 * `userMessage` is the Simplified Chinese sentence shown in the UI and CLI.
 * Anything thrown that is not a GaojiangError is an internal fault.
 */
export type ErrorCode =
  | 'invalid-input'
  | 'invalid-draft'
  | 'unsupported-version'
  | 'file-not-found'
  | 'file-unreadable'
  | 'file-unwritable'
  | 'file-too-large'
  | 'path-not-allowed'
  | 'unauthorized';

export class GaojiangError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;

  constructor(code: ErrorCode, userMessage: string, logMessage?: string) {
    super(logMessage ?? userMessage);
    this.name = 'GaojiangError';
    this.code = code;
    this.userMessage = userMessage;
  }
}

export function isGaojiangError(error: unknown): error is GaojiangError {
  return error instanceof GaojiangError;
}
