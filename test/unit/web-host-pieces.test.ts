import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHostArgs } from '../../host/args.js';
import { hostIsAllowed, originIsAllowed } from '../../host/request-guards.js';
import { contentTypeFor, resolveStaticPath } from '../../host/static-files.js';
import { createToken, tokenMatches } from '../../host/token.js';

const request = (headers: Record<string, string>): IncomingMessage => ({ headers }) as unknown as IncomingMessage;

describe('web host token', () => {
  it('is long, URL-safe and different every run', () => {
    const a = createToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createToken()).not.toBe(a);
  });

  it('matches only the exact token', () => {
    const token = createToken();
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(token, `${token}x`)).toBe(false);
    expect(tokenMatches(token, token.slice(1))).toBe(false);
    expect(tokenMatches(token, '')).toBe(false);
    expect(tokenMatches(token, undefined)).toBe(false);
    expect(tokenMatches(token, [token, token])).toBe(false);
  });
});

describe('static file resolution', () => {
  const root = path.resolve('/srv/renderer');

  it('serves index.html for / and files inside the folder', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets/index-abc.js'));
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/assets/%2e%2e/%2e%2e/secret.js',
    '/..%2fpackage.json',
    '/..%5cpackage.json',
    '/assets\\..\\..\\x.js',
    '/%00index.html',
    '/.env',
    '/assets/.hidden.js',
    '/%E0%A4%A',
    'index.html',
  ])('refuses %s', (urlPath) => {
    expect(resolveStaticPath(root, urlPath)).toBeNull();
  });

  it('refuses kinds of file it does not know', () => {
    expect(resolveStaticPath(root, '/notes.md')).toBeNull();
    expect(resolveStaticPath(root, '/server')).toBeNull();
    expect(contentTypeFor('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
  });
});

describe('request guards', () => {
  it('accepts only our own host names (DNS rebinding)', () => {
    expect(hostIsAllowed(request({ host: '127.0.0.1:4000' }), 4000)).toBe(true);
    expect(hostIsAllowed(request({ host: 'localhost:4000' }), 4000)).toBe(true);
    expect(hostIsAllowed(request({ host: 'evil.example:4000' }), 4000)).toBe(false);
    expect(hostIsAllowed(request({ host: '127.0.0.1:4001' }), 4000)).toBe(false);
    expect(hostIsAllowed(request({}), 4000)).toBe(false);
  });

  it('refuses cross-origin API calls', () => {
    expect(originIsAllowed(request({ origin: 'http://127.0.0.1:4000' }), 4000)).toBe(true);
    expect(originIsAllowed(request({}), 4000)).toBe(true);
    expect(originIsAllowed(request({ origin: 'http://evil.example' }), 4000)).toBe(false);
    expect(originIsAllowed(request({ origin: 'null' }), 4000)).toBe(false);
  });
});

describe('web host arguments', () => {
  it('reads --port and --workspace', () => {
    expect(parseHostArgs(['--port', '8123', '--workspace', '/tmp/ws'])).toEqual({ port: 8123, workspace: path.resolve('/tmp/ws') });
    expect(parseHostArgs([]).port).toBe(0);
  });

  it('explains bad arguments in Chinese', () => {
    expect(() => parseHostArgs(['--port', 'abc'])).toThrow(expect.objectContaining({ userMessage: expect.stringMatching(/端口号/) }));
    expect(() => parseHostArgs(['--bogus'])).toThrow(expect.objectContaining({ userMessage: expect.stringMatching(/参数不正确/) }));
  });
});
