/**
 * 写作体检 timing: all checks on a 5,000-character draft (goal ≤ 50 ms) and
 * on a 600,000-character compilation of 200 articles (goal ≤ 3,000 ms), as
 * medians after a warm-up. The drafts are made of the corpus's sentences,
 * half-width commas and all, so the checks have plenty to report.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../core/checks/index.js';
import { buildSampleDraft, corpusSentences } from './sample-drafts.js';

export type BenchReport = (name: string, value: number, unit: string) => void;

async function medianMs(runs: number, task: () => unknown): Promise<number> {
  task(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** ../shared/corpus beside the repository, found from wherever this module runs (source or dist/bench). */
function findCorpusDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 5; up++) {
    const candidate = path.resolve(dir, '../shared/corpus');
    if (existsSync(path.join(candidate, 'speeches-excerpts.txt'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('checks bench: ../shared/corpus not found');
}

export async function runChecksBench(report: BenchReport, corpusDir = findCorpusDir()): Promise<void> {
  const sentences = corpusSentences(corpusDir);
  const small = buildSampleDraft(sentences, 5_000);
  const large = buildSampleDraft(sentences, 600_000, 200);
  report('check_5k_chars_ms', await medianMs(30, () => runChecks(small)), 'ms');
  report('check_600k_chars_ms', await medianMs(5, () => runChecks(large)), 'ms');
}
