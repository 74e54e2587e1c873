/**
 * `npm run bench -- collect`: the organizer's figures of issue #5.
 * - `compile_200_ms`: 汇编 of 200 submissions (~600,000 characters) from
 *   their drafts, in process (goal ≤ 5,000 ms);
 * - `compile_200_peak_mb`: peak resident memory of `gaojiang compile` on
 *   those 200 submission files in a child process, Node included (goal
 *   ≤ 1,024 MB);
 * - `pandoc_compile_ratio`: pandoc on the same text as Markdown → .docx,
 *   divided by our compile time (goal ≥ 2);
 * - `similarity_200x1000_ms`: 查重 of 200 submissions against each other
 *   and 1,000 reference texts (goal ≤ 3,000 ms).
 * `import_docx_ms` (a 20-page .docx) is in the `import` group.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { articlesOf } from '../core/collect/articles.js';
import { compileCollection } from '../core/collect/compile-docx.js';
import { findSimilarity, type SimilarityDocument } from '../core/collect/similarity.js';
import { plainComparableText } from '../core/collect/similarity-text.js';
import { serializeDraft } from '../core/model/migrate.js';
import type { Draft } from '../core/model/schema.js';
import { findCorpusDir, medianMs, pandocAvailable, type BenchReport } from './harness.js';
import { buildSampleDraft, corpusSentences, draftToMarkdown } from './sample-drafts.js';

const SUBMISSIONS = 200;
const TOTAL_CHARS = 600_000;
const REFERENCES = 1_000;
const GOALS = { compileMs: 5_000, compilePeakMb: 1_024, pandocRatio: 2, similarityMs: 3_000 };
const run = promisify(execFile);

/** The built CLI beside this bundle (dist/bench/ → dist/cli/). */
const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'main.js');
/** Loaded before the CLI in the child: prints the process's peak resident memory (kB) as it exits. */
const PEAK_RSS_PROBE = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nPEAK_RSS_KB='+process.resourceUsage().maxRSS+'\\n'))`;

/** One draft per submission: the 200-article sample split at its titles. */
function submissionDrafts(volume: Draft): Draft[] {
  return articlesOf(volume, 'bench').map((article) => article.draft);
}

/**
 * Text no two documents share by chance: corpus words (2–4 characters)
 * recombined by a seeded generator, so 10-character shingles rarely repeat
 * — as between texts really written by different people.
 */
function wordSoup(corpusDir: string, seed: number): (chars: number) => string {
  const source = readFileSync(path.join(corpusDir, 'speeches-excerpts.txt'), 'utf8').replace(/[^\p{Script=Han}]/gu, '');
  const words: string[] = [];
  for (let i = 0; i + 4 <= source.length; i += 3) words.push(source.slice(i, i + 2 + (i % 3)));
  let state = seed;
  const random = (): number => (state = (state * 16807) % 2147483647) / 2147483647;
  return (chars) => {
    let text = '';
    while (text.length < chars) text += words[Math.floor(random() * words.length)] + (random() < 0.08 ? '，' : random() < 0.05 ? '。\n' : '');
    return text;
  };
}

async function benchCompile(report: BenchReport, volume: Draft, work: string): Promise<void> {
  const articles = submissionDrafts(volume).flatMap((draft, i) => articlesOf(draft, `稿件${i + 1}.gaojiang`));
  const ms = await medianMs(3, () => compileCollection(articles, { title: '研讨材料汇编', unit: '机关党委', date: '2026-12-01' }));
  report('compile_200_ms', ms, `ms (goal ≤ ${GOALS.compileMs})`);

  const folder = path.join(work, 'submissions');
  mkdirSync(folder);
  submissionDrafts(volume).forEach((draft, i) => writeFileSync(path.join(folder, `稿件${String(i + 1).padStart(3, '0')}.gaojiang`), serializeDraft(draft)));
  const { stderr } = await run(process.execPath, ['--import', PEAK_RSS_PROBE, CLI, 'compile', folder, '-o', path.join(work, '汇编.docx'), '--title', '研讨材料汇编'], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const peakKb = Number(/PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1]);
  report('compile_200_peak_mb', Math.round(peakKb / 1024), `MB (goal ≤ ${GOALS.compilePeakMb})`);

  if (!pandocAvailable()) return;
  const markdown = path.join(work, 'volume.md');
  writeFileSync(markdown, draftToMarkdown(volume));
  const pandocMs = await medianMs(2, () => execFileSync('pandoc', [markdown, '-o', path.join(work, 'volume-pandoc.docx')]));
  report('pandoc_compile_ms', pandocMs, 'ms');
  report('pandoc_compile_ratio', pandocMs / ms, `x (goal ≥ ${GOALS.pandocRatio})`);
}

async function benchSimilarity(report: BenchReport, corpusDir: string): Promise<void> {
  const soup = wordSoup(corpusDir, 7);
  const corpusText = readFileSync(path.join(corpusDir, 'speeches-excerpts.txt'), 'utf8');
  // Each submission: its own words, and every tenth one a corpus paragraph copied in.
  const per = Math.round(TOTAL_CHARS / SUBMISSIONS);
  const submissions: SimilarityDocument[] = Array.from({ length: SUBMISSIONS }, (_, i) => ({
    id: `s${i}`,
    name: `稿件${i + 1}`,
    ...plainComparableText(i % 10 === 0 ? `${soup(per / 2)}\n${corpusText.slice(0, per / 2)}` : soup(per)),
  }));
  const references: SimilarityDocument[] = Array.from({ length: REFERENCES }, (_, i) => ({ id: `r${i}`, name: `范文${i + 1}`, ...plainComparableText(soup(2_000)) }));
  const ms = await medianMs(3, () => findSimilarity(submissions, references));
  report('similarity_200x1000_ms', ms, `ms (goal ≤ ${GOALS.similarityMs})`);
}

export async function runCollectBench(report: BenchReport, corpusDir: string = findCorpusDir()): Promise<void> {
  const volume = buildSampleDraft(corpusSentences(corpusDir), TOTAL_CHARS, SUBMISSIONS);
  const work = mkdtempSync(path.join(tmpdir(), 'gaojiang-collect-bench-'));
  try {
    await benchCompile(report, volume, work);
    await benchSimilarity(report, corpusDir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
