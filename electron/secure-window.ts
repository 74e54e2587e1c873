import { BrowserWindow, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import { insecurePreferences } from './window-options.js';

/**
 * The only place a window is made (lint forbids `new BrowserWindow`
 * elsewhere). The security settings are written out here, last, so nothing
 * passed in can override them — and `extra` preferences that try to weaken
 * one throw, so such a mistake fails at once in development instead of
 * being silently ignored. (Written literally, too, so a static scanner such
 * as electronegativity sees them; a test keeps them equal to
 * REQUIRED_WEB_PREFERENCES.)
 */
export function createSecureWindow(
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  page: { preload: string; devTools: boolean; extra?: WebPreferences },
): BrowserWindow {
  const wrong = insecurePreferences(page.extra);
  if (wrong.length > 0) throw new Error(`refusing to create a window with insecure preferences: ${wrong.join(', ')}`);
  // eslint-disable-next-line no-restricted-syntax -- this is the one place windows are made
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...page.extra,
      preload: page.preload,
      devTools: page.devTools,
      // Chromium's spell-checker downloads dictionaries; the app is offline.
      spellcheck: false,
      safeDialogs: true,
      // Middle-click would try to open a new window (denied anyway by hardening.ts).
      disableBlinkFeatures: 'Auxclick',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    },
  });
}
