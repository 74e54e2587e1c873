// Worker threads' entry points, bundled beside the programs that start them
// (dist/workers/). Shared by scripts/build-node.mjs and the unit tests' global
// setup (test/support/build-workers.ts), which run the TypeScript sources.
import { build } from 'esbuild';

export const buildWorkers = (outdir = 'dist/workers') =>
  build({
    entryPoints: { 'jobs-worker': 'core/node/jobs-worker.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
