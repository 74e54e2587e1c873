/**
 * `npm run bench`: prints one `name: value unit` line per figure.
 * Timings are medians (or the stated percentile) of repeated runs after a
 * warm-up, on this machine. `npm run bench -- export quotes` runs only the
 * named groups.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportDraftToDocx } from '../core/export/docx.js';
import type { Draft } from '../core/model/schema.js';
import { runBrowserBench } from './browser-bench.js';
import { runChecksBench } from './checks-bench.js';
import { runCollectBench, runCopiedBench } from './collect-bench.js';
import { findCorpusDir, medianMs, pandocAvailable, type BenchReport } from './harness.js';
import { runHistoryBench } from './history-bench.js';
import { runHostileBench } from './hostile-bench.js';
import { runImportBench } from './import-bench.js';
import { runQuotesBench } from './quotes-bench.js';
import { buildSampleDraft, corpusSentences, draftToMarkdown } from './sample-drafts.js';

const report: BenchReport = (name, value, unit) => {
  process.stdout.write(`${name}: ${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}\n`);
};

/** Our export time, and pandoc's on the same text as Markdown; returns pandoc ÷ ours. */
async function benchExport(name: string, draft: Draft, runs: number, work: string): Promise<number | undefined> {
  const ms = await medianMs(runs, () => exportDraftToDocx(draft));
  report(name, ms, 'ms');
  if (!pandocAvailable()) return undefined;
  const markdown = path.join(work, `${name}.md`);
  writeFileSync(markdown, draftToMarkdown(draft));
  const pandocMs = await medianMs(Math.min(runs, 5), () =>
    execFileSync('pandoc', [markdown, '-o', path.join(work, `${name}.docx`)]),
  );
  report(name.replace('export_', 'pandoc_'), pandocMs, 'ms');
  return pandocMs / ms;
}

async function runExportBench(): Promise<void> {
  const sentences = corpusSentences(findCorpusDir());
  const work = mkdtempSync(path.join(tmpdir(), 'gaojiang-bench-'));
  const ratioSmall = await benchExport('export_3k_chars_ms', buildSampleDraft(sentences, 3_000), 30, work);
  const ratioLarge = await benchExport('export_600k_chars_ms', buildSampleDraft(sentences, 600_000, 200), 5, work);
  // How many times faster than pandoc on the same text (pandoc ms ÷ ours); > 1 means faster.
  if (ratioSmall !== undefined) report('pandoc_ratio', ratioSmall, 'x (3k chars)');
  if (ratioLarge !== undefined) report('pandoc_ratio_600k', ratioLarge, 'x (600k chars)');
}

const groups: Record<string, () => Promise<void>> = {
  export: runExportBench,
  import: () => runImportBench(report),
  quotes: () => runQuotesBench(report),
  checks: () => runChecksBench(report),
  editor: () => runBrowserBench(report),
  hostile: () => runHostileBench(report),
  collect: () => runCollectBench(report),
  copied: () => runCopiedBench(report),
  history: () => runHistoryBench(report),
};

const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(groups)) {
  if (wanted.length === 0 || wanted.includes(name)) await run();
}
