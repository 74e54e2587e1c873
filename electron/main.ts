// First: Electron's own build of better-sqlite3 in development (see the module).
import './dev-native-modules.js';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { insideFolderPolicy } from '../core/node/file-system.js';
import { createNodeServiceImplementation, defaultLibraryDir, eitherPolicy, findTemplatesDir } from '../core/node/services.js';
import { PLATFORM_CHANNELS } from '../core/services/bridge.js';
import { createGrantedPathsPolicy } from './granted-paths.js';
import { hardenApp } from './hardening.js';
import { bindServices, type BindingContext } from './ipc-binding.js';
import { installApplicationMenu } from './menu.js';
import { draftPathFromArgv, OpenRequests } from './open-requests.js';
import { bindPlatform } from './platform.js';
import { grantRecentFiles } from './recent-grants.js';
import { createSecureWindow } from './secure-window.js';
import { senderCheck } from './sender-check.js';
import { guardUnsavedClose, UNSAVED_CLOSE_BUTTONS } from './unsaved-close.js';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const indexPath = path.join(__dirname, '../renderer/index.html');
const preloadPath = path.join(__dirname, 'preload.cjs');

const log = (line: string): void => console.error(`[gaojiang] ${line}`);

// One 稿匠 at a time: a second start (a .gaojiang double-clicked while the app
// runs) hands its command line to this one through 'second-instance' and quits.
if (app.requestSingleInstanceLock()) startApp();
else app.quit();

function startApp(): void {
  hardenApp(log, path.dirname(indexPath));

  const policy = createGrantedPathsPolicy();
  const libraryDir = defaultLibraryDir();
  // Packaged, the built-in templates and starter quotations are extraResources (electron-builder.yml).
  const resources = app.isPackaged ? process.resourcesPath : undefined;
  const implementation = createNodeServiceImplementation({
    // Files the user picked in a dialog (or opened from the system), and the library folder the app keeps.
    policy: eitherPolicy(policy, insideFolderPolicy(libraryDir)),
    libraryDir,
    templatesDir: resources ? path.join(resources, 'templates') : findTemplatesDir(__filename),
    ...(resources ? { starterQuotePackFile: path.join(resources, 'data', 'quotes', 'starter-pack.json') } : {}),
    trackRecent: true,
  });
  const openRequests = new OpenRequests(policy);
  const context: BindingContext = { isTrusted: senderCheck(pathToFileURL(indexPath).href), log };
  bindServices(ipcMain, implementation, context);
  bindPlatform(ipcMain, context, { implementation, policy, openRequests });

  let mainWindow: BrowserWindow | undefined;
  let pageLoaded = false;
  // The page opens a requested file through its own 打开 command, which asks about unsaved work first.
  const askPageToOpen = (): void => {
    if (mainWindow && !mainWindow.isDestroyed() && pageLoaded && openRequests.hasPending()) {
      mainWindow.webContents.send(PLATFORM_CHANNELS.menuCommand, 'open');
    }
  };
  const requestOpen = (file: string | undefined): void => {
    if (file && openRequests.offer(file)) askPageToOpen();
  };

  const createMainWindow = (): void => {
    const window = createSecureWindow(
      { width: 1280, height: 860, minWidth: 900, minHeight: 600, title: '稿匠', show: false, backgroundColor: '#f3f1ec' },
      { preload: preloadPath, devTools: !app.isPackaged },
    );
    mainWindow = window;
    pageLoaded = false;
    window.once('ready-to-show', () => window.show());
    // The window title follows the page's document.title (● 文件名 — 稿匠); closing with
    // unsaved work asks 保存 / 不保存 / 取消 and lets the page carry out the answer.
    guardUnsavedClose(
      window.webContents,
      async () =>
        (
          await dialog.showMessageBox(window, {
            type: 'warning',
            title: '稿匠',
            message: '稿件有未保存的修改，关闭前要保存吗？',
            detail: '如果不保存，这些修改将会丢失。',
            buttons: [...UNSAVED_CLOSE_BUTTONS],
            defaultId: 0,
            cancelId: 2,
            noLink: true,
          })
        ).response,
      log,
    );
    void window.loadFile(indexPath).then(() => {
      pageLoaded = true;
      askPageToOpen();
    });
  };

  // The file this instance was started with, and those later instances pass on.
  requestOpen(draftPathFromArgv(process.argv, process.cwd()));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    } else if (app.isReady()) {
      createMainWindow();
    }
    requestOpen(draftPathFromArgv(argv, workingDirectory));
  });
  // macOS hands files to the running app this way (also before it is ready).
  app.on('open-file', (event, file) => {
    event.preventDefault();
    requestOpen(file);
  });

  void app.whenReady().then(async () => {
    // Before any page runs, so the list read is the one earlier sessions wrote.
    await grantRecentFiles(implementation, policy).catch((error: unknown) => log(`recent files not granted: ${String(error)}`));
    installApplicationMenu();
    createMainWindow();
    // macOS: re-create the window when the dock icon is clicked.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // The 金句库 is checkpointed and closed before the process ends, so no -wal file is left behind.
  let servicesClosed = false;
  app.on('will-quit', (event) => {
    if (servicesClosed) return;
    event.preventDefault();
    void implementation
      .close()
      .catch((error: unknown) => log(`closing the services failed: ${String(error)}`))
      .finally(() => {
        servicesClosed = true;
        app.quit();
      });
  });
}
