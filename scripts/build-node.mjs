// Bundles the Node-side entry points with esbuild. The renderer is built by Vite.
// Electron's main and preload are CommonJS (the sandboxed preload must be one file);
// the host, CLI and bench are ES modules that load their npm dependencies at run time.
import { build } from 'esbuild';
import { buildWorkers } from './worker-builds.mjs';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  // CommonJS has no import.meta: modules that need their own file use __filename there (core/node/isolated-worker.ts).
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', packages: 'external', define: { 'import.meta.url': 'undefined' } }),
  // The preload bundles everything it needs; only `electron` stays external.
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
  build({ ...common, entryPoints: ['host/main.ts'], outfile: 'dist/host/main.js', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['cli/main.ts'], outfile: 'dist/cli/main.js', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['bench/run.ts'], outfile: 'dist/bench/run.js', format: 'esm', packages: 'external' }),
  // The hostile-input benchmark runs each import in a child process of its own.
  build({ ...common, entryPoints: ['bench/hostile-child.ts'], outfile: 'dist/bench/hostile-child.js', format: 'esm', packages: 'external' }),
  // Untrusted files are imported in a worker thread (core/node/isolated-worker.ts).
  buildWorkers(),
  // Evaluations against labelled real texts (npm run eval:<name>).
  build({ ...common, entryPoints: ['eval/quotes.ts'], outfile: 'dist/eval/quotes.js', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['eval/import.ts'], outfile: 'dist/eval/import.js', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['eval/checks.ts'], outfile: 'dist/eval/checks.js', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['eval/pages.ts'], outfile: 'dist/eval/pages.js', format: 'esm', packages: 'external' }),
]);
