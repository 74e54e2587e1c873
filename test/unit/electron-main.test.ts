import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { SERVICE_NAME_LIST } from '../../core/services/names.js';

/**
 * The Electron binary is not available here, so main.ts runs against a fake
 * `electron` module that records what it is asked to do: which channels are
 * bound, how the window is configured, what the hardening hooks answer.
 */
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const state = {
    handlers: new Map<string, Listener>(),
    appListeners: new Map<string, Listener>(),
    windows: [] as { options: Record<string, unknown>; loaded?: string }[],
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    menu: undefined as unknown,
    sandboxEnabled: false,
  };
  class BrowserWindow {
    loaded?: string;
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
    }
    once(): void {}
    show(): void {}
    async loadFile(file: string): Promise<void> {
      this.loaded = file;
    }
    static fromWebContents(): null {
      return null;
    }
    static getAllWindows(): unknown[] {
      return state.windows;
    }
    static getFocusedWindow(): null {
      return null;
    }
  }
  const electron = {
    app: {
      enableSandbox: () => {
        state.sandboxEnabled = true;
      },
      on: (event: string, listener: Listener) => state.appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      quit: () => {},
      getPath: () => '/tmp',
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.permissionCheck = handler),
      },
    },
    ipcMain: { handle: (channel: string, listener: Listener) => state.handlers.set(channel, listener) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => (state.menu = menu) },
    BrowserWindow,
    dialog: {},
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

describe('Electron main process (against a fake electron module)', async () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  await import('../../electron/main.js');
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { state } = fake;

  it('binds one channel per service plus the two dialog operations, nothing else', () => {
    expect([...state.handlers.keys()].sort()).toEqual(
      [...SERVICE_NAME_LIST.map((name) => `gaojiang:${name}`), 'gaojiang-platform:chooseDraftToOpen', 'gaojiang-platform:saveExport'].sort(),
    );
  });

  it('opens one sandboxed, isolated window on the built index.html', () => {
    expect(state.sandboxEnabled).toBe(true);
    expect(state.windows).toHaveLength(1);
    const window = state.windows[0]!;
    expect(window.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect((window.options['webPreferences'] as { preload: string }).preload).toMatch(/preload\.cjs$/);
    expect(window.loaded).toMatch(new RegExp(`renderer\\${path.sep}index\\.html$`));
  });

  it('blocks navigation, new windows and webviews in every web contents', () => {
    const contentsListeners = new Map<string, (event: { preventDefault: () => void; url?: string }) => void>();
    let openHandler: ((details: { url: string }) => unknown) | undefined;
    state.appListeners.get('web-contents-created')!(
      {},
      {
        on: (event: string, listener: (e: { preventDefault: () => void }) => void) => contentsListeners.set(event, listener),
        setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => (openHandler = handler),
      },
    );
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      contentsListeners.get(event)!({ preventDefault, url: 'https://evil.example/' });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    state.permissionRequest!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(state.permissionCheck!({}, 'clipboard-read')).toBe(false);
  });

  it('refuses service calls from pages other than ours', async () => {
    const call = state.handlers.get('gaojiang:createDraft')!;
    expect(await call({ senderFrame: { url: 'https://evil.example/' } }, { title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/refused call from https:\/\/evil\.example/));
  });

  it('accepts service calls from the very file the window loaded', async () => {
    const call = state.handlers.get('gaojiang:createDraft')!;
    const ours = pathToFileURL(state.windows[0]!.loaded!).href;
    expect(await call({ senderFrame: { url: ours } }, { title: '标题' })).toMatchObject({ ok: true, value: { schemaVersion: 1 } });
  });

  it('installs a Chinese 文件 menu with 打开…, 导出 Word… and 退出', () => {
    const menu = state.menu as { label: string; submenu: { label?: string }[] }[];
    const file = menu.find((item) => item.label === '文件');
    expect(file?.submenu.map((item) => item.label).filter(Boolean)).toEqual(['打开…', '导出 Word…', '退出']);
  });
});
