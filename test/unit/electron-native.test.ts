import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useElectronNativeModules } from '../../electron/dev-native-modules.js';

/**
 * `npm start` gives Electron its own better-sqlite3 (scripts/electron-native.mjs);
 * the main process picks it up, and nothing else does.
 */
describe('Electron’s own better-sqlite3 in development', () => {
  const cleanup: (() => void)[] = [];
  afterEach(() => {
    cleanup.splice(0).forEach((fn) => fn());
    delete (process.versions as Record<string, string | undefined>)['electron'];
  });

  /** A fresh checkout-like folder (Node caches resolutions per folder): node_modules' build, and the Electron one unless `withElectronBuild` is false. */
  const checkout = (withElectronBuild = true) => {
    const root = mkdtempSync(path.join(tmpdir(), 'gaojiang-native-'));
    cleanup.push(() => rmSync(root, { recursive: true, force: true }));
    const fakePackage = (folder: string, value: string) => {
      mkdirSync(path.join(folder, 'build'), { recursive: true });
      writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name: 'better-sqlite3', main: 'index.js' }));
      writeFileSync(path.join(folder, 'index.js'), `module.exports = ${JSON.stringify(value)};`);
    };
    fakePackage(path.join(root, 'node_modules', 'better-sqlite3'), 'node build');
    if (withElectronBuild) fakePackage(path.join(root, 'node_modules', '.electron-native', 'node_modules', 'better-sqlite3'), 'electron build');
    const bundleDir = path.join(root, 'dist', 'electron');
    mkdirSync(bundleDir, { recursive: true });
    return { bundleDir, load: () => createRequire(path.join(bundleDir, 'main.cjs'))('better-sqlite3') as string };
  };
  const inElectron = () => ((process.versions as Record<string, string>)['electron'] = '41.7.1');

  it('inside Electron, loads the Electron build', () => {
    const { bundleDir, load } = checkout();
    inElectron();
    cleanup.push(useElectronNativeModules(bundleDir));
    expect(load()).toBe('electron build');
  });

  it('under Node (tests, CLI, web host), keeps node_modules’ own build', () => {
    const { bundleDir, load } = checkout();
    cleanup.push(useElectronNativeModules(bundleDir));
    expect(load()).toBe('node build');
  });

  it('inside Electron without an Electron build (packaged: already rebuilt), redirects nothing', () => {
    const { bundleDir, load } = checkout(false);
    inElectron();
    cleanup.push(useElectronNativeModules(bundleDir));
    expect(load()).toBe('node build');
  });
});
