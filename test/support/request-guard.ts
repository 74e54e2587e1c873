import type { BrowserContext } from 'playwright-core';

/**
 * True for URLs that stay on this machine's loopback address: http(s) and
 * ws(s) to 127.0.0.1, blob: URLs created by such a page, and data:/about:
 * URLs, which make no request at all.
 */
export function isLoopbackUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    switch (parsed.protocol) {
      case 'http:':
      case 'https:':
      case 'ws:':
      case 'wss:':
        return parsed.hostname === '127.0.0.1';
      case 'blob:':
        return isLoopbackUrl(parsed.pathname);
      case 'data:':
      case 'about:':
        return true;
      default:
        return false;
    }
  } catch {
    return false;
  }
}

export interface RequestGuard {
  /** Every URL any page in the context asked for, in order. */
  readonly requested: string[];
  /** Those that went (or tried to go) anywhere but 127.0.0.1. */
  offending(): string[];
}

/**
 * Records every request in the context and aborts any that leaves the
 * loopback address, so a stray font or analytics URL fails the test without
 * ever reaching the network.
 */
export async function guardRequests(context: BrowserContext): Promise<RequestGuard> {
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  await context.route(
    (url) => !isLoopbackUrl(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  return { requested, offending: () => requested.filter((url) => !isLoopbackUrl(url)) };
}
