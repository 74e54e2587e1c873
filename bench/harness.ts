import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** How a benchmark hands over a figure: bench/run.ts prints it as `name: value unit`. */
export type BenchReport = (name: string, value: number, unit: string) => void;

/** The median time of `runs` runs of `task` after one warm-up run (loads, JIT, caches). */
export async function medianMs(runs: number, task: () => unknown): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return percentile(times, 0.5);
}

/** The value below which a share `p` (0–1) of `values` lie (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
}

/** ../shared/corpus beside the repository, found from wherever this module runs (bench/ or the bundle in dist/bench/). */
export function findCorpusDir(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const corpus = path.join(dir, '..', 'shared', 'corpus');
    if (existsSync(path.join(dir, 'package.json')) && existsSync(corpus)) return corpus;
  }
  throw new Error('../shared/corpus not found beside the repository');
}

/** Whether pandoc, the baseline some figures compare with, is installed. */
export function pandocAvailable(): boolean {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
