import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from '../support/app-page.js';
import { launchChromium, newAppContext } from '../support/browser.js';
import { REPO_ROOT } from '../support/corpus.js';
import { docxParagraphTexts, unzipDocx } from '../support/docx-text.js';
import { FIXTURES } from '../support/fixtures.js';
import { rawGet } from '../support/raw-http.js';
import { guardRequests, type RequestGuard } from '../support/request-guard.js';
import { startTestWebHost, type TestWebHost } from '../support/web-host.js';

const SCREENSHOT = path.join(REPO_ROOT, 'test-output/e2e-viewer.png');

let web: TestWebHost;
let browser: Browser;
let context: BrowserContext;
let guard: RequestGuard;

beforeAll(async () => {
  web = await startTestWebHost();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await web?.close();
});

beforeEach(async () => {
  context = await newAppContext(browser);
  guard = await guardRequests(context);
});

afterEach(async () => {
  await context.close();
  // Every request any page made stayed on 127.0.0.1.
  expect(guard.offending()).toEqual([]);
});

describe('opening and exporting in Chromium against the web host', () => {
  it('opens a draft, shows derived numbering and exports a Word file', async () => {
    const viewer = await AppPage.open(context, web.host.url);
    // The token is taken out of the address bar once read.
    expect(viewer.page.url()).not.toContain('token');
    await expect(viewer.topButton('导出 Word').isDisabled()).resolves.toBe(true);

    await viewer.uploadDraft(FIXTURES.threePointSpeech);
    await viewer.draft.getByRole('heading', { name: FIXTURES.threePointSpeechTitle }).waitFor();
    expect(await viewer.labels()).toEqual(['一是', '二是', '三是']);
    for (const label of ['一是', '二是', '三是']) {
      await expect(viewer.draft.getByText(label, { exact: true }).isVisible()).resolves.toBe(true);
    }
    // Quotations gain their “” on screen and name their speaker in the tooltip.
    const [quote] = await viewer.quotes();
    expect(quote?.text).toBe('“千村示范、万村整治”');
    expect(quote?.title).toMatch(/习近平/);
    await expect(viewer.page.title()).resolves.toBe('three-point-speech.gaojiang.json — 稿匠');

    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await viewer.page.screenshot({ path: SCREENSHOT });

    const download = await viewer.exportWord({ fonts: 'windows' });
    expect(download.suggestedFilename()).toBe(`${FIXTURES.threePointSpeechTitle}.docx`);
    const bytes = new Uint8Array(await readFile((await download.path())!));
    expect(Object.keys(unzipDocx(bytes))).toContain('word/document.xml');
    const paragraphs = docxParagraphTexts(bytes);
    expect(paragraphs).toContain(FIXTURES.threePointSpeechTitle);
    expect(paragraphs.filter((text) => /^[一二三]是/.test(text)).map((text) => text.slice(0, 2))).toEqual(['一是', '二是', '三是']);
    await viewer.statusNotice.getByText('已导出').waitFor();

    expect(viewer.pageProblems).toEqual([]);
    expect(guard.requested.some((url) => url.includes('/api/exportDocx'))).toBe(true);
  });

  it('shows a Chinese error for a file that is not a draft, and keeps working', async () => {
    const viewer = await AppPage.open(context, web.host.url);
    await viewer.uploadDraft({ name: '会议纪要.json', mimeType: 'application/json', buffer: Buffer.from('这不是 JSON') });
    expect(await viewer.waitForError(/这不是稿匠的稿件文件/)).toBe('这不是稿匠的稿件文件（内容不是有效的 JSON）。');

    // The open dialog stays open with the error, so another file can be picked straight away.
    await viewer.uploadDraft({ name: '旧格式.json', mimeType: 'application/json', buffer: Buffer.from('{"title":"x"}') });
    await viewer.waitForError(/缺少格式版本号/);
    await viewer.page.screenshot({ path: path.join(REPO_ROOT, 'test-output/e2e-error.png') });

    // A good file afterwards opens normally and clears the error.
    await viewer.uploadDraft(FIXTURES.threePointSpeech);
    await viewer.draft.waitFor();
    expect(await viewer.errorNotice.count()).toBe(0);
    expect(viewer.pageProblems).toEqual([]);
  });

  it('keeps working after a reload (the token outlives the address bar for this tab)', async () => {
    const viewer = await AppPage.open(context, web.host.url);
    await viewer.page.reload();
    await viewer.uploadDraft(FIXTURES.threePointSpeech);
    expect(await viewer.labels()).toEqual(['一是', '二是', '三是']);
  });

  it('shows the start page with new and open buttons before any draft', async () => {
    const viewer = await AppPage.open(context, web.host.url);
    await viewer.page.getByRole('heading', { name: '开始写一份稿件' }).waitFor();
    await expect(viewer.page.getByRole('button', { name: '新建稿件…' }).isVisible()).resolves.toBe(true);
    await expect(viewer.page.getByRole('button', { name: '打开稿件…' }).isVisible()).resolves.toBe(true);
    await viewer.page.screenshot({ path: path.join(REPO_ROOT, 'test-output/e2e-empty.png') });
  });
});

describe('web host refusals', () => {
  it('rejects an API call without the token (401, Chinese message)', async () => {
    const call = (headers: Record<string, string>) =>
      fetch(`${web.host.origin}/api/createDraft`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ title: '标题' }),
      });
    const missing = await call({});
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ code: 'unauthorized', userMessage: expect.stringMatching(/访问凭据/) });
    expect((await call({ 'X-Gaojiang-Token': `${web.host.token}x` })).status).toBe(401);
    expect((await call({ 'X-Gaojiang-Token': web.host.token })).status).toBe(200);
  });

  it('refuses files outside the workspace even with the token', async () => {
    const response = await fetch(`${web.host.origin}/api/openDraft`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Gaojiang-Token': web.host.token },
      body: JSON.stringify({ path: FIXTURES.threePointSpeech }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'path-not-allowed' });
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2f..%2fpackage.json', '/..%5c..%5cpackage.json', '/.%2e/.%2e/etc/passwd'])(
    'does not serve %s',
    async (rawPath) => {
      const response = await rawGet(web.host.port, rawPath);
      expect([403, 404]).toContain(response.status);
      expect(response.body).not.toContain('"name": "gaojiang"');
      expect(response.body).not.toContain('root:');
    },
  );

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const response = await rawGet(web.host.port, '/', { Host: `evil.example:${web.host.port}` });
    expect(response.status).toBe(403);
  });

  it('sends the strict security headers with the page', async () => {
    const response = await fetch(`${web.host.origin}/`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });
});
