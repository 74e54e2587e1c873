import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium, newAppContext } from './browser.js';
import { REPO_ROOT } from './corpus.js';
import { startEditorWebHost, type EditorWebHost } from './editor-host.js';
import { guardRequests, type RequestGuard } from './request-guard.js';

/** Where e2e tests leave screenshots for a person to look at. */
export const TEST_OUTPUT = path.join(REPO_ROOT, 'test-output');

export interface EditorSession {
  /** The web host of the running test, on its own empty workspace. */
  web(): EditorWebHost;
  /** The running test's browser context. */
  context(): BrowserContext;
  /** What the running test's pages asked for (checked for other hosts after each test). */
  guard(): RequestGuard;
}

/**
 * Registers the e2e hooks every editor test needs: one Chromium for the
 * file, and for each test a fresh web host (so a fresh 金句库) and browser
 * context whose every request must stay on 127.0.0.1.
 */
export function useEditorSession(): EditorSession {
  let browser: Browser;
  let web: EditorWebHost;
  let context: BrowserContext;
  let guard: RequestGuard;

  beforeAll(async () => {
    browser = await launchChromium();
    await mkdir(TEST_OUTPUT, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    web = await startEditorWebHost();
    context = await newAppContext(browser);
    guard = await guardRequests(context);
  }, 120_000);

  afterEach(async () => {
    await context.close();
    await web.close();
    expect(guard.offending()).toEqual([]);
  });

  return { web: () => web, context: () => context, guard: () => guard };
}
