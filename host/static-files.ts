import { readFile, realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

/** Only these kinds of file are served; anything else in the folder is a 404. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  // The checks' word segmenter (jieba-wasm).
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string | undefined {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()];
}

/**
 * Maps a URL path to a file inside `root`, or null when the path is not one
 * we serve: undecodable, a NUL or backslash, any `.`/`..` or dot-file
 * segment, or anything that would resolve outside the folder.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  if (!urlPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) return null;
  if (segments.length === 0) segments.push('index.html');
  const absoluteRoot = path.resolve(root);
  const resolved = path.resolve(absoluteRoot, ...segments);
  const relative = path.relative(absoluteRoot, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return contentTypeFor(resolved) ? resolved : null;
}

/**
 * Serves one file from `root`. Symbolic links are followed only if they stay
 * inside the folder. Returns false (nothing sent) when there is no such file.
 */
export async function serveStaticFile(
  root: string,
  urlPath: string,
  response: ServerResponse,
  headOnly: boolean,
): Promise<boolean> {
  const candidate = resolveStaticPath(root, urlPath);
  if (!candidate) return false;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    const relative = path.relative(realRoot, realFile);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    if (!(await stat(realFile)).isFile()) return false;
    const body = await readFile(realFile);
    response.statusCode = 200;
    response.setHeader('Content-Type', contentTypeFor(realFile) ?? 'application/octet-stream');
    response.setHeader('Content-Length', body.length);
    // The token arrives in the URL fragment, which browsers never send; still,
    // keep pages out of shared caches.
    response.setHeader('Cache-Control', 'no-cache');
    response.end(headOnly ? undefined : body);
    return true;
  } catch {
    return false;
  }
}
