/**
 * `npm run bench`: prints one `name: value unit` line per figure.
 * Timings are medians of repeated runs after a warm-up, on this machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDraftToDocx } from '../core/export/docx.js';
import type { Draft } from '../core/model/schema.js';
import { buildSampleDraft, corpusSentences, draftToMarkdown } from './sample-drafts.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');

function report(name: string, value: number, unit: string): void {
  process.stdout.write(`${name}: ${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}\n`);
}

async function medianMs(runs: number, task: () => unknown): Promise<number> {
  await task(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

function pandocAvailable(): boolean {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function benchExport(name: string, draft: Draft, runs: number, work: string): Promise<number> {
  const ms = await medianMs(runs, () => exportDraftToDocx(draft));
  report(name, ms, 'ms');
  if (!pandocAvailable()) return ms;
  const markdown = path.join(work, `${name}.md`);
  writeFileSync(markdown, draftToMarkdown(draft));
  const pandocMs = await medianMs(Math.min(runs, 5), () =>
    execFileSync('pandoc', [markdown, '-o', path.join(work, `${name}.docx`)]),
  );
  report(name.replace('export_', 'pandoc_'), pandocMs, 'ms');
  return pandocMs / ms;
}

const sentences = corpusSentences(corpusDir);
const work = mkdtempSync(path.join(tmpdir(), 'gaojiang-bench-'));
const ratioSmall = await benchExport('export_3k_chars_ms', buildSampleDraft(sentences, 3_000), 30, work);
const ratioLarge = await benchExport('export_600k_chars_ms', buildSampleDraft(sentences, 600_000, 200), 5, work);
if (pandocAvailable()) {
  // How many times faster than pandoc on the same text (pandoc ms ÷ ours); > 1 means faster.
  report('pandoc_ratio', ratioSmall, 'x (3k chars)');
  report('pandoc_ratio_600k', ratioLarge, 'x (600k chars)');
}
