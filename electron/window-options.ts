import type { WebPreferences } from 'electron';

/**
 * The settings that keep page code away from Node and the machine. Every
 * window is made with these by createSecureWindow (secure-window.ts, where
 * they are written out literally); the Electron gate test checks every
 * window made against this list.
 */
export const REQUIRED_WEB_PREFERENCES = {
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
} as const satisfies WebPreferences;

/**
 * The names of required settings a web contents does not have. A setting
 * left unset counts as its Electron default, which is the safe value for
 * every one of these since Electron 20 (the app also calls enableSandbox).
 * `enableBlinkFeatures` of any kind counts as insecure.
 */
export function insecurePreferences(preferences: Partial<WebPreferences> | null | undefined): string[] {
  if (!preferences) return [];
  const wrong: string[] = Object.entries(REQUIRED_WEB_PREFERENCES)
    .filter(([name, safe]) => {
      const value = (preferences as Record<string, unknown>)[name];
      return value !== undefined && value !== safe;
    })
    .map(([name]) => name);
  if (preferences.enableBlinkFeatures) wrong.push('enableBlinkFeatures');
  return wrong;
}
