import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { insideFolderPolicy } from '../core/node/file-system.js';
import { createNodeServiceImplementation, defaultLibraryDir, eitherPolicy, findTemplatesDir } from '../core/node/services.js';
import { createGrantedPathsPolicy } from './granted-paths.js';
import { hardenApp } from './hardening.js';
import { bindServices, type BindingContext } from './ipc-binding.js';
import { installApplicationMenu } from './menu.js';
import { bindPlatform } from './platform.js';
import { grantRecentFiles } from './recent-grants.js';
import { senderCheck } from './sender-check.js';
import { guardUnsavedClose, UNSAVED_CLOSE_BUTTONS } from './unsaved-close.js';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const indexPath = path.join(__dirname, '../renderer/index.html');
const preloadPath = path.join(__dirname, 'preload.cjs');

const log = (line: string): void => console.error(`[gaojiang] ${line}`);

hardenApp(log);

const policy = createGrantedPathsPolicy();
const libraryDir = defaultLibraryDir();
const implementation = createNodeServiceImplementation({
  // Files the user picked in a dialog, and the library folder the app keeps.
  policy: eitherPolicy(policy, insideFolderPolicy(libraryDir)),
  libraryDir,
  templatesDir: app.isPackaged ? path.join(process.resourcesPath, 'templates') : findTemplatesDir(__filename),
  trackRecent: true,
});
const context: BindingContext = { isTrusted: senderCheck(pathToFileURL(indexPath).href), log };
bindServices(ipcMain, implementation, context);
bindPlatform(ipcMain, context, { implementation, policy });

function createMainWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: '稿匠',
    show: false,
    backgroundColor: '#f3f1ec',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
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
  void window.loadFile(indexPath);
}

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
