// `npm start` (prestart): gives Electron its own build of better-sqlite3.
//
// node_modules/better-sqlite3 is compiled for Node's ABI — the tests, the CLI
// and the web host run under Node. Electron's main process needs one compiled
// for Electron's ABI, so a copy of the package is rebuilt for Electron with
// @electron/rebuild into node_modules/.electron-native/, which the main
// process loads in development (electron/dev-native-modules.ts). Packaged
// builds need none of this: electron-builder rebuilds the app's modules
// (npmRebuild in electron-builder.yml).
//
// Skipped where Electron's binary is absent (ELECTRON_SKIP_BINARY_DOWNLOAD=1,
// as in CI): there is no Electron to start. Done once per Electron and
// better-sqlite3 version (a stamp file records which).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const TARGET = path.join(ROOT, 'node_modules', '.electron-native');
const MODULE = 'better-sqlite3';

function electronBinary() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') return undefined;
  try {
    const binary = require('electron'); // the executable's path; throws when it was never downloaded
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

if (!electronBinary()) {
  console.log('electron-native: no Electron binary here, nothing to rebuild (the Node build of better-sqlite3 stays in use).');
  process.exit(0);
}

const versions = {
  electron: require('electron/package.json').version,
  [MODULE]: require(`${MODULE}/package.json`).version,
};
const stampFile = path.join(TARGET, 'stamp.json');
if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === JSON.stringify(versions)) process.exit(0);

console.log(`electron-native: building ${MODULE} ${versions[MODULE]} for Electron ${versions.electron} …`);
rmSync(TARGET, { recursive: true, force: true });
const source = path.dirname(require.resolve(`${MODULE}/package.json`));
const copy = path.join(TARGET, 'node_modules', MODULE);
mkdirSync(copy, { recursive: true });
// Sources only: the Node build in build/ is exactly what must not come along.
cpSync(source, copy, { recursive: true, filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build' });
writeFileSync(path.join(TARGET, 'package.json'), JSON.stringify({ private: true, dependencies: { [MODULE]: versions[MODULE] } }));

const { rebuild } = await import('@electron/rebuild');
await rebuild({ buildPath: TARGET, electronVersion: versions.electron, onlyModules: [MODULE], force: true });
writeFileSync(stampFile, JSON.stringify(versions));
console.log(`electron-native: done (${path.relative(ROOT, copy)}).`);
