import { existsSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

/**
 * In development (`npm start`), Electron loads better-sqlite3 from
 * node_modules/.electron-native/, a copy built for Electron's ABI by
 * scripts/electron-native.mjs; node_modules' own build stays the Node one
 * the tests, the CLI and the web host need. Packaged, electron-builder has
 * rebuilt the app's modules for Electron and this finds nothing to redirect.
 *
 * Imported first by main.ts, before anything requires better-sqlite3.
 */
const REDIRECTED = 'better-sqlite3';

/** Redirects `require('better-sqlite3')` when in Electron and the Electron build exists; returns the undo (for tests). */
export function useElectronNativeModules(bundleDir: string): () => void {
  // Only inside Electron: a test importing main.ts under Node keeps the Node build.
  const electronBuild = path.resolve(bundleDir, '../../node_modules/.electron-native/node_modules', REDIRECTED);
  if (!process.versions['electron'] || !existsSync(path.join(electronBuild, 'build'))) return () => {};
  type Resolve = (request: string, ...rest: unknown[]) => string;
  const loader = Module as unknown as { _resolveFilename: Resolve };
  const resolve = loader._resolveFilename;
  loader._resolveFilename = function (this: unknown, request, ...rest) {
    return resolve.call(this, request === REDIRECTED ? electronBuild : request, ...rest);
  };
  return () => {
    loader._resolveFilename = resolve;
  };
}

useElectronNativeModules(__dirname);
