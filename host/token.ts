import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The header every API call must carry. */
export const TOKEN_HEADER = 'x-gaojiang-token';

/** A fresh per-run token: 32 random bytes, URL-safe so it can sit in `#token=…`. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Constant-time comparison. Both sides are hashed first so that inputs of
 * different lengths neither throw (timingSafeEqual requires equal lengths)
 * nor reveal the expected length through timing.
 */
export function tokenMatches(expected: string, presented: string | string[] | undefined): boolean {
  if (typeof presented !== 'string' || presented === '') return false;
  const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(presented));
}
