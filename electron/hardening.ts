import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, session, type Session } from 'electron';

/** The requests a page could make to the network. The app is offline: none of them is ever ours. */
export const REMOTE_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/** Local files: only the app's own (its renderer folder) may be requested by a page. */
export const FILE_URL_PATTERNS = ['file:///*'];

/** True for a file:// address inside `appFolder` (the built renderer); false for any other file and for anything unparsable. */
export function isAppFile(url: string, appFolder: string): boolean {
  if (!url.startsWith('file:')) return false;
  try {
    const relative = path.relative(appFolder, fileURLToPath(url));
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  } catch {
    return false; // a host (file://server/share) or an undecodable path
  }
}

/**
 * Process-wide restrictions, applied before any window exists: every web
 * contents (including any a bug might create) may not navigate, open
 * windows, attach webviews or obtain permissions. (Windows themselves are
 * made only by createSecureWindow, which refuses weakened preferences;
 * Electron offers no way to read a web contents' preferences here.)
 */
export function hardenApp(log: (line: string) => void, appFolder: string): void {
  app.enableSandbox();

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (navigation) => {
      log(`blocked navigation to ${navigation.url.slice(0, 200)}`);
      navigation.preventDefault();
    });
    // Subframes too: the page has none, an injected one may not go anywhere either.
    contents.on('will-frame-navigate', (navigation) => {
      if (!navigation.isMainFrame) navigation.preventDefault();
    });
    contents.on('will-redirect', (navigation) => navigation.preventDefault());
    contents.on('will-attach-webview', (attach) => attach.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      log(`blocked window.open of ${url.slice(0, 200)}`);
      return { action: 'deny' };
    });
  });

  void app.whenReady().then(() => denyEverything(session.defaultSession, log, appFolder));
}

/**
 * Permissions, devices and the network: a session that grants nothing and
 * reaches nothing; of the disk, only the app's own files in `appFolder`
 * (a draft's crafted content cannot make the page load /etc/passwd or a
 * file on a share). One listener: Electron keeps only the last one given.
 */
export function denyEverything(target: Session, log: (line: string) => void, appFolder: string): void {
  target.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied permission ${permission}`);
    callback(false);
  });
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  target.webRequest.onBeforeRequest({ urls: [...REMOTE_URL_PATTERNS, ...FILE_URL_PATTERNS] }, (details, callback) => {
    if (isAppFile(details.url, appFolder)) {
      callback({});
      return;
    }
    log(`blocked request to ${details.url.slice(0, 200)}`);
    callback({ cancel: true });
  });
}
