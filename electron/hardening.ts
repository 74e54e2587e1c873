import { app, session } from 'electron';

/**
 * Process-wide restrictions, applied before any window exists: every web
 * contents (including any a bug might create) may not navigate, open
 * windows, attach webviews or obtain permissions.
 */
export function hardenApp(log: (line: string) => void): void {
  app.enableSandbox();

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (navigation) => {
      log(`blocked navigation to ${navigation.url.slice(0, 200)}`);
      navigation.preventDefault();
    });
    contents.on('will-redirect', (navigation) => navigation.preventDefault());
    contents.on('will-attach-webview', (attach) => attach.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      log(`blocked window.open of ${url.slice(0, 200)}`);
      return { action: 'deny' };
    });
  });

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
