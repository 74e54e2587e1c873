/**
 * `npm run bench -- hostile`: each hostile or malformed input of issue #7
 * (test/fixtures/import/hostile-inputs.ts) imported in a child process of
 * its own. Per case: the import's time (`hostile_<name>_ms`) and the
 * process's peak resident memory, Node itself included
 * (`hostile_<name>_peak_rss_mb`); then the maxima. The bar is 2 s and
 * 500 MB each; a case over it, ending otherwise than expected, or hanging
 * (killed after 20 s) sets a failing exit code.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { HOSTILE_INPUTS } from '../test/fixtures/import/hostile-inputs.js';
import type { BenchReport } from './harness.js';

const MAX_MS = 2_000;
const MAX_RSS_MB = 500;
const run = promisify(execFile);

/** The bundled child beside this bundle (dist/bench/). */
const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'hostile-child.js');

export async function runHostileBench(report: BenchReport): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'gaojiang-hostile-'));
  let maxMs = 0;
  let maxRss = 0;
  try {
    for (const input of HOSTILE_INPUTS) {
      const file = path.join(work, input.fileName);
      writeFileSync(file, input.bytes());
      const { stdout } = await run(process.execPath, [CHILD, file], { timeout: 20_000, killSignal: 'SIGKILL' }).catch((error: unknown) => {
        process.exitCode = 1;
        return { stdout: JSON.stringify({ ms: Number.NaN, peakRssMb: Number.NaN, outcome: `child failed: ${String(error)}` }) };
      });
      const { ms, outcome, peakRssMb } = JSON.parse(stdout) as { ms: number; outcome: string; peakRssMb: number };
      report(`hostile_${input.name}_ms`, ms, 'ms');
      report(`hostile_${input.name}_peak_rss_mb`, peakRssMb, 'MB');
      const expected = input.outcome === 'imports' ? outcome.startsWith('imports') : input.outcome.test(outcome);
      if (!expected || !(ms <= MAX_MS) || !(peakRssMb <= MAX_RSS_MB)) {
        process.exitCode = 1;
        process.stderr.write(`hostile_${input.name}: over the bar or unexpected outcome: ${outcome}\n`);
      }
      maxMs = Math.max(maxMs, ms);
      maxRss = Math.max(maxRss, peakRssMb);
      rmSync(file);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  report('hostile_max_ms', maxMs, `ms (bar ${MAX_MS})`);
  report('hostile_max_peak_rss_mb', maxRss, `MB (bar ${MAX_RSS_MB})`);
}
