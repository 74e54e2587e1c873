import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDraft } from '../../core/model/create.js';
import { serializeDraft } from '../../core/model/migrate.js';
import { CONTENT_SECURITY_POLICY } from '../../host/security-headers.js';
import { createSecureWindow } from '../../electron/secure-window.js';
import { REQUIRED_WEB_PREFERENCES } from '../../electron/window-options.js';
import { REPO_ROOT } from '../support/corpus.js';
import type { FakeElectronState, FakeWebContents, Listener } from '../support/fake-electron.js';

/**
 * The gate: electron/main.ts runs against a stand-in `electron` module
 * (test/support/fake-electron.ts) in which every BrowserWindow emits
 * `web-contents-created`, as Electron does. The test listens there too and
 * checks every web contents the app makes, then drives the hooks the app
 * installed as an attacker would: navigate away, open windows, attach a
 * webview, ask for permissions, reach the network.
 */
const holder = vi.hoisted(() => ({
  current: undefined as undefined | { state: FakeElectronState; electron: Record<string, unknown>; reset(): void },
}));

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('../support/fake-electron.js');
  holder.current = createFakeElectron();
  return { ...holder.current.electron, default: holder.current.electron };
});

const home = mkdtempSync(path.join(tmpdir(), 'gaojiang-gate-home-'));
const elsewhere = mkdtempSync(path.join(tmpdir(), 'gaojiang-gate-files-'));
const realHome = process.env['HOME'];
const realArgv = process.argv;
beforeAll(() => {
  process.env['HOME'] = home;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => {
  process.env['HOME'] = realHome;
  process.argv = realArgv;
  rmSync(home, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

const draftFile = (name: string, title: string): string => {
  const file = path.join(elsewhere, name);
  writeFileSync(file, serializeDraft(createDraft(title)));
  return file;
};

/** Runs electron/main.ts afresh against a new fake; `argv` is the command line it starts with. */
async function startMain(argv: string[], configure: (state: FakeElectronState) => void = () => {}): Promise<FakeElectronState> {
  await import('electron'); // the fake exists from here on
  const fake = holder.current!;
  fake.reset();
  const { state } = fake;
  const seen: FakeWebContents[] = [];
  // The test's own hook: every web contents the app creates is recorded, as the app's hook sees it.
  state.app.on('web-contents-created', (_event, contents) => seen.push(contents as FakeWebContents));
  configure(state);
  process.argv = argv;
  vi.resetModules();
  await import('../../electron/main.js');
  if (state.lock) await vi.waitFor(() => expect(state.windows.length).toBeGreaterThan(0));
  expect(seen).toEqual(state.createdContents);
  return state;
}

const trustedEvent = (state: FakeElectronState) => ({
  senderFrame: { url: pathToFileURL(state.windows[0]!.loaded!).href, parent: null },
  sender: state.windows[0]!.webContents,
});
const call = (state: FakeElectronState, channel: string, ...args: unknown[]) =>
  (state.handlers.get(channel) as Listener)(trustedEvent(state), ...args) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

describe('every web contents the app creates', () => {
  let state: FakeElectronState;
  beforeAll(async () => {
    state = await startMain(['/opt/稿匠/gaojiang']);
  });

  it('is isolated and sandboxed, without Node, with web security, and no insecure or experimental features', () => {
    expect(state.sandboxEnabled).toBe(true);
    expect(state.createdContents.length).toBeGreaterThan(0);
    for (const contents of state.createdContents) {
      const preferences = contents.webPreferences;
      expect(preferences).toMatchObject(REQUIRED_WEB_PREFERENCES);
      expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
      expect(preferences['allowRunningInsecureContent']).toBe(false);
      expect(preferences['experimentalFeatures']).toBe(false);
      expect(preferences['enableBlinkFeatures']).toBeUndefined();
      expect(preferences['preload']).toMatch(/preload\.cjs$/);
      expect(preferences['spellcheck']).toBe(false);
      // Development build here: devtools on; the packaged app has them off (below).
      expect(preferences['devTools']).toBe(true);
    }
  });

  it('may not navigate, redirect, navigate a subframe, open windows or attach webviews', () => {
    for (const contents of state.createdContents) {
      for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
        const preventDefault = vi.fn();
        contents.emit(event, { preventDefault, url: 'https://evil.example/' }, {}, {});
        expect(preventDefault, event).toHaveBeenCalled();
      }
      const subframe = vi.fn();
      contents.emit('will-frame-navigate', { preventDefault: subframe, url: 'https://evil.example/', isMainFrame: false });
      expect(subframe).toHaveBeenCalled();
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'about:blank']) {
        expect(contents.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'new-window' })).toEqual({ action: 'deny' });
      }
    }
  });

  it('gets no permission, no device and no network', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem']) {
      const callback = vi.fn();
      state.session.permissionRequest!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(state.session.permissionCheck!({}, permission, 'file://', {})).toBe(false);
    }
    expect(state.session.devicePermission!({ deviceType: 'usb' })).toBe(false);
    const { filter, listener } = state.session.beforeRequest!;
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const callback = vi.fn();
    listener({ url: 'https://example.com/x.js' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });

  it('requests no local file but the app’s own (#14 item 11)', () => {
    const { filter, listener } = state.session.beforeRequest!;
    expect(filter.urls).toContain('file:///*');
    const answer = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return callback.mock.calls[0]?.[0] as { cancel?: boolean };
    };
    // main.ts loads renderer/index.html beside electron/ (dist/renderer when bundled).
    const own = pathToFileURL(path.join(REPO_ROOT, 'renderer', 'assets', 'index.js')).href;
    expect(answer(own)).toEqual({});
    for (const url of ['file:///etc/passwd', pathToFileURL(path.join(REPO_ROOT, 'package.json')).href, `${pathToFileURL(path.join(REPO_ROOT, 'renderer')).href}/../package.json`, pathToFileURL(`${path.join(REPO_ROOT, 'renderer')}-evil/x.js`).href, 'file://server/share/x.js']) {
      expect(answer(url), url).toEqual({ cancel: true });
    }
  });

  it('loads a page whose CSP allows no remote script, no eval and no inline code (WebAssembly only: the word segmenter)', () => {
    const html = readFileSync(path.join(REPO_ROOT, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const directives = new Map(meta!.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    // 'wasm-unsafe-eval' compiles WebAssembly (jieba-wasm for the checks) and nothing else.
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(meta).not.toMatch(/(?<!wasm-)unsafe-eval|unsafe-inline|https?:|\*/);
    // The same policy as the web host's header, less frame-ancestors (which a meta tag cannot carry).
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace(/; frame-ancestors 'none'$/, ''));
  });

  it('createSecureWindow refuses extra preferences that weaken one of them', () => {
    for (const weakened of [{ nodeIntegration: true }, { contextIsolation: false }, { sandbox: false }, { webSecurity: false }, { enableBlinkFeatures: 'X' }]) {
      expect(() => createSecureWindow({}, { preload: '/p.cjs', devTools: false, extra: weakened })).toThrow(/insecure/);
    }
  });

  it('refuses IPC from a frame inside our page, even one showing our own URL', async () => {
    const ours = trustedEvent(state);
    const handler = state.handlers.get('gaojiang:createDraft') as Listener;
    expect(await handler({ ...ours, senderFrame: { ...ours.senderFrame, parent: {} } }, { title: 'x' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await handler(ours, { title: 'x' })).toMatchObject({ ok: true });
  });
});

describe('one instance at a time, and drafts opened from the system', () => {
  it('a second instance quits at once: no window, no IPC channel, no hooks', async () => {
    const state = await startMain(['/opt/稿匠/gaojiang', path.join(elsewhere, 'x.gaojiang')], (s) => (s.lock = false));
    expect(state.quitCalls).toBe(1);
    expect(state.windows).toEqual([]);
    expect(state.handlers.size).toBe(0);
    expect(state.app.listeners.has('second-instance')).toBe(false);
  });

  it('opens the draft it was started with: granted like a dialog pick, through the page’s own 打开', async () => {
    const started = draftFile('启动时.gaojiang', '启动时打开');
    const secret = path.join(elsewhere, 'beside.gaojiang');
    writeFileSync(secret, serializeDraft(createDraft('旁边的文件')));
    const state = await startMain(['/opt/稿匠/gaojiang', '--some-switch', started]);
    const contents = state.windows[0]!.webContents;
    await vi.waitFor(() => expect(contents.sent).toContainEqual(['gaojiang-platform:menuCommand', 'open']));
    const opened = await call(state, 'gaojiang-platform:chooseDraftToOpen');
    expect(opened).toMatchObject({ ok: true, value: { path: started, name: '启动时.gaojiang' } });
    expect(state.openDialogCalls).toBe(0);
    // Taken once: the next 打开 shows the dialog; a file beside it was never granted.
    expect(await call(state, 'gaojiang-platform:chooseDraftToOpen')).toEqual({ ok: true, value: null });
    expect(state.openDialogCalls).toBe(1);
    expect(await call(state, 'gaojiang:openDraft', { path: secret })).toMatchObject({ ok: false, error: { code: 'path-not-allowed' } });
  });

  it('a second instance’s file opens in the running window, which is focused', async () => {
    const state = await startMain(['/opt/稿匠/gaojiang']);
    const window = state.windows[0]!;
    const later = draftFile('第二次.gaojiang', '第二次打开');
    state.app.emit('second-instance', {}, ['C:\\稿匠\\gaojiang.exe', '--flag', '第二次.gaojiang'], elsewhere, {});
    expect(window.focused).toBe(1);
    expect(window.webContents.sent).toContainEqual(['gaojiang-platform:menuCommand', 'open']);
    expect(await call(state, 'gaojiang-platform:chooseDraftToOpen')).toMatchObject({ ok: true, value: { path: later } });
    // A command line naming something that is not a draft grants nothing and asks nothing.
    const sentBefore = window.webContents.sent.length;
    state.app.emit('second-instance', {}, ['gaojiang', '/etc/passwd'], '/', {});
    expect(window.webContents.sent).toHaveLength(sentBefore);
    expect(await call(state, 'gaojiang:openDraft', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'path-not-allowed' } });
  });

  it('checkpoints and closes the services before quitting', async () => {
    const state = await startMain(['/opt/稿匠/gaojiang']);
    // Open the 金句库 so there is something to close.
    expect(await call(state, 'gaojiang:listThemes', {})).toMatchObject({ ok: true });
    const preventDefault = vi.fn();
    state.app.emit('will-quit', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(state.quitCalls).toBe(1));
    const wal = path.join(home, '稿匠', '金句库.sqlite-wal');
    expect(() => readFileSync(wal)).toThrow();
    // The second will-quit (from that quit) goes through.
    const second = vi.fn();
    state.app.emit('will-quit', { preventDefault: second });
    expect(second).not.toHaveBeenCalled();
  });
});

describe('the packaged app', () => {
  it('reads templates and starter quotations from its resources folder and has no devtools', async () => {
    const resources = mkdtempSync(path.join(tmpdir(), 'gaojiang-resources-'));
    cpSync(path.join(REPO_ROOT, 'templates'), path.join(resources, 'templates'), { recursive: true });
    mkdirSync(path.join(resources, 'data'));
    cpSync(path.join(REPO_ROOT, 'data/quotes'), path.join(resources, 'data/quotes'), { recursive: true });
    const realResources = process.resourcesPath;
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
    // A fresh library, so the starter pack is installed from the resources folder.
    rmSync(path.join(home, '稿匠'), { recursive: true, force: true });
    try {
      const state = await startMain(['/opt/稿匠/gaojiang'], (s) => (s.isPackaged = true));
      expect(state.windows[0]!.webContents.webPreferences['devTools']).toBe(false);
      const templates = await call(state, 'gaojiang:listTemplates', {});
      expect((templates.value as { templates: unknown[] }).templates.length).toBeGreaterThan(0);
      const quotes = await call(state, 'gaojiang:searchQuotes', { query: '' });
      expect(quotes).toMatchObject({ ok: true });
      state.app.emit('will-quit', { preventDefault: () => {} });
      await vi.waitFor(() => expect(state.quitCalls).toBe(1));
    } finally {
      Object.defineProperty(process, 'resourcesPath', { value: realResources, configurable: true });
      rmSync(resources, { recursive: true, force: true });
    }
  });
});
