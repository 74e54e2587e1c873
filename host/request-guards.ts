import type { IncomingMessage } from 'node:http';

/**
 * DNS-rebinding guard: a page on evil.example that rebinds its name to
 * 127.0.0.1 still sends `Host: evil.example`, so only our own host names pass.
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostIsAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  return typeof host === 'string' && allowedHosts(port).has(host.toLowerCase());
}

/**
 * Cross-site requests are refused even before the token check: browsers send
 * Origin on every POST, and ours is http://127.0.0.1:PORT. A missing Origin
 * (curl, tests) is left to the token.
 */
export function originIsAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- our own 127.0.0.1/localhost origin, plain HTTP by design
  return [...allowedHosts(port)].some((host) => origin === `http://${host}`);
}
