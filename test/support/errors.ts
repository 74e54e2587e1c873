import { expect } from 'vitest';
import { GaojiangError, type ErrorCode } from '../../core/errors.js';

/** Asserts that `run` fails with a user-facing error of `code` whose Chinese text matches `message`. */
export async function expectUserError(run: () => unknown, code: ErrorCode, message: RegExp): Promise<void> {
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a GaojiangError').toBeInstanceOf(GaojiangError);
  expect((caught as GaojiangError).code).toBe(code);
  expect((caught as GaojiangError).userMessage).toMatch(message);
}
