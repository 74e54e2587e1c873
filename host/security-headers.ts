import type { ServerResponse } from 'node:http';

/**
 * The page loads only our own scripts and styles and talks only to us.
 * No 'unsafe-inline': the Vite build emits no inline script or style, and
 * React sets style properties through the CSSOM, which CSP does not govern.
 * 'wasm-unsafe-eval' lets the page compile WebAssembly (the checks' word
 * segmenter, jieba-wasm) and nothing else: eval stays refused.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}
