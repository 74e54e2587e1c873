/**
 * Vitest global setup: the unit tests run TypeScript sources, but a worker
 * thread needs JavaScript, so the workers are bundled first, as
 * `npm run build:node` does (dist/workers/).
 */
// @ts-expect-error: a plain ES module shared with scripts/build-node.mjs.
import { buildWorkers } from '../../scripts/worker-builds.mjs';

export default async function setup(): Promise<void> {
  await buildWorkers();
}
