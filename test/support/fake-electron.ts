/**
 * A stand-in for the `electron` module, for tests that run electron/main.ts
 * without the Electron binary. It models what the security tests need:
 * every BrowserWindow creates a web contents and emits the app's
 * `web-contents-created` (as Electron does), sessions keep the handlers
 * they are given, ipcMain keeps its channels, and the menu and the options
 * of save dialogs and message boxes are kept for inspection.
 *
 * Use it from a `vi.hoisted` block (vi.mock factories cannot import):
 *   const fake = vi.hoisted(async () => (await import('../support/fake-electron.js')).createFakeElectron());
 */
export type Listener = (...args: unknown[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }
}

export class FakeWebContents extends FakeEmitter {
  sent: unknown[][] = [];
  windowOpenHandler: Listener | undefined;
  constructor(readonly webPreferences: Record<string, unknown>) {
    super();
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  close(): void {}
  /** What print() was asked, in order; the fake answers as a user who cancels the print dialog. */
  printCalls: Record<string, unknown>[] = [];
  print(options: Record<string, unknown>, callback: (success: boolean, failureReason: string) => void): void {
    this.printCalls.push(options);
    callback(false, 'cancelled');
  }
  /** What printToPDF() was asked, in order; it answers with a tiny PDF-looking buffer. */
  printToPdfCalls: Record<string, unknown>[] = [];
  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    this.printToPdfCalls.push(options);
    return Buffer.from('%PDF-1.7 fake');
  }
}

export interface FakeElectronState {
  handlers: Map<string, Listener>;
  app: FakeEmitter;
  windows: FakeBrowserWindow[];
  createdContents: FakeWebContents[];
  lock: boolean;
  quitCalls: number;
  isPackaged: boolean;
  sandboxEnabled: boolean;
  session: {
    permissionRequest?: Listener;
    permissionCheck?: Listener;
    devicePermission?: Listener;
    beforeRequest?: { filter: { urls: string[] }; listener: Listener };
  };
  openDialogAnswer: { canceled: boolean; filePaths: string[] };
  openDialogCalls: number;
  saveDialogAnswer: { canceled: boolean; filePath: string };
  /** The options each save dialog and message box was shown with, in order. */
  saveDialogOptions: Record<string, unknown>[];
  messageBoxAnswer: number;
  messageBoxOptions: Record<string, unknown>[];
  /** What was last given to Menu.setApplicationMenu. */
  menu: unknown;
  /** The paths shell.showItemInFolder was asked to show. */
  shownInFolder: string[];
}

export interface FakeBrowserWindow {
  options: Record<string, unknown>;
  webContents: FakeWebContents;
  loaded?: string;
  focused: number;
}

function freshState(): FakeElectronState {
  return {
    handlers: new Map(),
    app: new FakeEmitter(),
    windows: [],
    createdContents: [],
    lock: true,
    quitCalls: 0,
    isPackaged: false,
    sandboxEnabled: false,
    session: {},
    openDialogAnswer: { canceled: true, filePaths: [] },
    openDialogCalls: 0,
    saveDialogAnswer: { canceled: true, filePath: '' },
    saveDialogOptions: [],
    messageBoxAnswer: 2,
    messageBoxOptions: [],
    menu: undefined,
    shownInFolder: [],
  };
}

export function createFakeElectron() {
  const state = freshState();
  /** Back to a just-started Electron (vitest keeps a mocked module across vi.resetModules). */
  const reset = (): void => {
    Object.assign(state, freshState());
  };

  class BrowserWindow implements FakeBrowserWindow {
    loaded?: string;
    focused = 0;
    readonly webContents: FakeWebContents;
    constructor(readonly options: Record<string, unknown>) {
      this.webContents = new FakeWebContents((options['webPreferences'] ?? {}) as Record<string, unknown>);
      state.windows.push(this);
      state.createdContents.push(this.webContents);
      // As Electron does for every web contents, before anything loads.
      state.app.emit('web-contents-created', {}, this.webContents);
    }
    once(): void {}
    show(): void {}
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {
      this.focused++;
    }
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

  const app = {
    on: (event: string, listener: Listener) => state.app.on(event, listener),
    enableSandbox: () => {
      state.sandboxEnabled = true;
    },
    requestSingleInstanceLock: () => state.lock,
    quit: () => {
      state.quitCalls++;
    },
    isReady: () => true,
    whenReady: () => Promise.resolve(),
    getPath: () => '/tmp',
    get isPackaged() {
      return state.isPackaged;
    },
  };

  const electron = {
    app,
    BrowserWindow,
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.session.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.session.permissionCheck = handler),
        setDevicePermissionHandler: (handler: Listener) => (state.session.devicePermission = handler),
        webRequest: {
          onBeforeRequest: (filter: { urls: string[] }, listener: Listener) => (state.session.beforeRequest = { filter, listener }),
        },
      },
    },
    ipcMain: { handle: (channel: string, listener: Listener) => state.handlers.set(channel, listener) },
    shell: { showItemInFolder: (file: string) => state.shownInFolder.push(file) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => (state.menu = menu) },
    dialog: {
      showOpenDialog: async () => {
        state.openDialogCalls++;
        return state.openDialogAnswer;
      },
      // Called as (options) or (window, options): the options come last.
      showSaveDialog: async (...args: unknown[]) => {
        state.saveDialogOptions.push(args.at(-1) as Record<string, unknown>);
        return state.saveDialogAnswer;
      },
      showMessageBox: async (...args: unknown[]) => {
        state.messageBoxOptions.push(args.at(-1) as Record<string, unknown>);
        return { response: state.messageBoxAnswer };
      },
    },
  };
  return { state, electron, reset };
}
