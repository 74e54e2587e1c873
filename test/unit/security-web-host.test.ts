import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_NAME_LIST } from '../../core/services/names.js';
import { startWebHost, type WebHost } from '../../host/server.js';
import { rawGet } from '../support/raw-http.js';

/**
 * The web host over real HTTP: it serves the renderer folder and nothing
 * beside it, whatever path a client sends (raw, undecoded), and answers no
 * API call without the per-run token. Secrets are planted next to the
 * renderer folder — in its parent, in a sibling whose name it prefixes, and
 * behind a symbolic link inside it — and must never come back.
 */
const SECRET = 'SECRET-outside-the-renderer';
let root: string;
let host: WebHost;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'gaojiang-host-sec-'));
  const renderer = path.join(root, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>稿匠</title>');
  writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'secret.js'), SECRET);
  writeFileSync(path.join(root, 'package.json'), SECRET);
  mkdirSync(path.join(root, 'renderer-evil'));
  writeFileSync(path.join(root, 'renderer-evil', 'x.js'), SECRET);
  writeFileSync(path.join(renderer, '.env'), SECRET);
  symlinkSync(path.join(root, 'secret.js'), path.join(renderer, 'assets', 'linked.js'));
  const workspace = path.join(root, 'workspace');
  mkdirSync(workspace);
  host = await startWebHost({ workspace, rendererDir: renderer, log: () => {} });
});
afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

/** Path pieces a traversal attempt is made of: plain, percent-encoded once and twice, Windows separators. */
const piece = fc.constantFrom(
  '..', '.', '%2e%2e', '%2E%2e', '.%2e', '%2e.', '%252e%252e', '..%2f', '..%5c', '..\\', '%5c', '%2f', '', '%00',
  'secret.js', 'package.json', 'renderer-evil', 'renderer', 'x.js', 'assets', 'linked.js', '.env', 'index.html', 'C:', '%c0%ae%c0%ae',
);
const rawPaths = fc.array(piece, { minLength: 1, maxLength: 7 }).map((pieces) => `/${pieces.join('/')}`);

describe('web host: nothing outside the renderer build', () => {
  it('serves the renderer’s own files', async () => {
    expect((await rawGet(host.port, '/')).body).toContain('<title>稿匠</title>');
    expect((await rawGet(host.port, '/assets/app.js')).status).toBe(200);
  });

  it.each([
    '/../secret.js',
    '/%2e%2e/secret.js',
    '/%2E%2E/package.json',
    '/assets/..%2f..%2fsecret.js',
    '/..%5csecret.js',
    '/.%2e/renderer-evil/x.js',
    '/%252e%252e/secret.js',
    '/assets/linked.js',
    '/.env',
    '/%2eenv',
    '//etc/passwd',
    '/C:%5cWindows%5cwin.ini',
  ])('refuses %s', async (rawPath) => {
    const response = await rawGet(host.port, rawPath);
    expect([400, 403, 404]).toContain(response.status);
    expect(response.body).not.toContain(SECRET);
  });

  it('never returns a planted secret for 500 generated traversal paths', async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(rawPaths, async (rawPath) => {
        const response = await rawGet(host.port, rawPath);
        expect(response.body).not.toContain(SECRET);
        tried++;
      }),
      { numRuns: 500 },
    );
    console.log(`web_host_traversal: ${tried} generated paths, 0 served from outside the renderer`);
  });
});

describe('web host: the token on every API call', () => {
  const post = (name: string, headers: Record<string, string>) =>
    fetch(`${host.origin}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ title: 'x' }) });

  it.each(SERVICE_NAME_LIST)('%s answers 401 without the token, with a wrong one, or with it in the URL', async (name) => {
    for (const headers of [{} as Record<string, string>, { 'X-Gaojiang-Token': '' }, { 'X-Gaojiang-Token': `${host.token}x` }, { 'X-Gaojiang-Token': host.token.slice(1) }, { Authorization: `Bearer ${host.token}` }]) {
      const response = await post(name, headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'unauthorized' });
    }
    const inQuery = await fetch(`${host.origin}/api/${name}?token=${host.token}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(inQuery.status).toBe(401);
  });

  it('works with the token (so the refusals above are the token’s doing)', async () => {
    expect((await post('createDraft', { 'X-Gaojiang-Token': host.token })).status).toBe(200);
  });
});
