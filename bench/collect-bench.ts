/**
 * `npm run bench -- collect`: the organizer's figures of issue #5.
 * - `compile_200_ms`: 汇编 of 200 submissions (~600,000 characters) from
 *   their drafts, each signed by its author and unit, in process, with the
 *   汇编前检查 the page runs first (查重 among the 200, 体检 of each) (goal ≤ 5,000 ms);
 * - `compile_200_peak_mb`: peak resident memory of `gaojiang compile` on
 *   those 200 submission files in a child process, Node included (goal
 *   ≤ 1,024 MB);
 * - `pandoc_compile_ratio`: pandoc on the same text as Markdown → .docx,
 *   divided by our compile time (goal ≥ 2);
 * - `similarity_200x1000_ms`: 查重 of 200 submissions against each other
 *   and 1,000 reference texts (goal ≤ 3,000 ms).
 * `import_docx_ms` (a 20-page .docx) is in the `import` group.
 *
 * `npm run bench -- copied`: issue #19 — a large collection where many
 * members started from the same few 范文, the CLI in a child process
 * (reading the files included):
 * - `similarity_1000_copied_ms` / `_peak_mb`: `gaojiang similarity` of 1,000
 *   submissions, 30 % edited copies of three 范文 and the rest distinct
 *   (goals ≤ 10,000 ms, ≤ 1,024 MB);
 * - `similarity_5000_copied_ms`: the same mix at 5,000 (goal ≤ 60,000 ms);
 * - `compile_1000_ms` / `_peak_mb`: `gaojiang compile` of 1,000 submissions
 *   (goals ≤ 3,000 ms, ≤ 1,024 MB).
 * A run that does not finish within its cap is stopped and reported as NaN
 * with the reason, so the other figures still come out.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { articlesOf } from '../core/collect/articles.js';
import { compileCollection } from '../core/collect/compile-docx.js';
import { reviewCompile } from '../core/collect/compile-review.js';
import { findSimilarity, type SimilarityDocument } from '../core/collect/similarity.js';
import { draftComparableText, plainComparableText } from '../core/collect/similarity-text.js';
import { EMPTY_META } from '../core/model/create.js';
import { serializeDraft } from '../core/model/migrate.js';
import { DEFAULT_NUMBERING } from '../core/model/numbering.js';
import { DRAFT_SCHEMA_VERSION, type Block, type Draft } from '../core/model/schema.js';
import { findCorpusDir, medianMs, pandocAvailable, type BenchReport } from './harness.js';
import { buildSampleDraft, corpusSentences, draftToMarkdown } from './sample-drafts.js';

const SUBMISSIONS = 200;
const TOTAL_CHARS = 600_000;
const REFERENCES = 1_000;
const GOALS = { compileMs: 5_000, compilePeakMb: 1_024, pandocRatio: 2, similarityMs: 3_000 };
const run = promisify(execFile);

/** The built CLI beside this bundle (dist/bench/ → dist/cli/). */
const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'main.js');
/** Loaded before the CLI in the child: prints the process's peak resident memory (kB) and CPU time (µs) as it exits. */
const PEAK_RSS_PROBE = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nPEAK_RSS_KB='+u.maxRSS+' CPU_US='+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

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
  const signed = submissionDrafts(volume).map((draft, i) => ({ ...draft, meta: { ...draft.meta, author: `作者${i + 1}`, unit: `第${(i % 12) + 1}党支部` } }));
  const reviewMs = await medianMs(3, () => {
    const chosen = signed.map((draft, i) => ({ id: `s${i}`, name: `作者${i + 1}`, draft }));
    const similarity = findSimilarity(
      chosen.map(({ id, name, draft }) => ({ id, name, ...draftComparableText(draft) })),
      [],
    );
    return reviewCompile(chosen, similarity, []);
  });
  const ms = await medianMs(3, () => {
    const articles = signed.flatMap((draft, i) => articlesOf(draft, `稿件${i + 1}.gaojiang`));
    return compileCollection(articles, { title: '研讨材料汇编', unit: '机关党委', date: '2026-12-01' });
  });
  report('compile_200_review_ms', reviewMs, 'ms (汇编前检查: 查重 among the 200 and 体检 of each)');
  report('compile_200_ms', reviewMs + ms, `ms (汇编前检查 + 汇编; goal ≤ ${GOALS.compileMs})`);

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
  report('pandoc_compile_ratio', pandocMs / ms, `x (the 汇编 alone; goal ≥ ${GOALS.pandocRatio})`);
}

/** The 200-submission set of `similarity_200x1000_ms`: own words, every tenth submission with a corpus half copied in, and 1,000 范文. */
export function similarityBenchSet(corpusDir: string): { submissions: SimilarityDocument[]; references: SimilarityDocument[] } {
  const soup = wordSoup(corpusDir, 7);
  const corpusText = readFileSync(path.join(corpusDir, 'speeches-excerpts.txt'), 'utf8');
  const per = Math.round(TOTAL_CHARS / SUBMISSIONS);
  const submissions: SimilarityDocument[] = Array.from({ length: SUBMISSIONS }, (_, i) => ({
    id: `s${i}`,
    name: `稿件${i + 1}`,
    ...plainComparableText(i % 10 === 0 ? `${soup(per / 2)}\n${corpusText.slice(0, per / 2)}` : soup(per)),
  }));
  const references: SimilarityDocument[] = Array.from({ length: REFERENCES }, (_, i) => ({ id: `r${i}`, name: `范文${i + 1}`, ...plainComparableText(soup(2_000)) }));
  return { submissions, references };
}

async function benchSimilarity(report: BenchReport, corpusDir: string): Promise<void> {
  const { submissions, references } = similarityBenchSet(corpusDir);
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

const COPIED_GOALS = { similarity1000Ms: 10_000, similarity1000PeakMb: 1_024, similarity5000Ms: 60_000, compileMs: 3_000, compilePeakMb: 1_024 };
const COPIED_SHARE = 0.3;
/** A run longer than this is stopped: the figure is then "did not finish". */
const CAP_MS = { similarity1000: 150_000, similarity5000: 300_000, compile: 120_000 };

type Random = () => number;
const seeded = (seed: number): Random => {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
};

const paragraphsOf = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => line.length > 30);
const sentencesOf = (paragraph: string): string[] => paragraph.split(/(?<=[。！？；])/).filter((s) => s.length > 0);

/** An edited copy of a 范文: own opening and closing, about one paragraph in six left out, one sentence in six rewritten. */
function editedCopy(model: readonly string[], prose: (chars: number) => string, random: Random): string[] {
  const body = model.flatMap((paragraph) => {
    if (random() < 0.16) return [];
    return [sentencesOf(paragraph).map((sentence) => (random() < 0.16 ? prose(sentence.length) : sentence)).join('')];
  });
  return [prose(180), ...body, prose(120)];
}

function draftOf(title: string, author: string, paragraphs: readonly string[]): Draft {
  const children: Block[] = [
    { type: 'title', children: [{ text: title }] },
    { type: 'author-line', children: [{ text: author }] },
    ...paragraphs.map((text): Block => ({ type: 'paragraph', children: [{ text }] })),
  ];
  return { schemaVersion: DRAFT_SCHEMA_VERSION, meta: { ...EMPTY_META }, numbering: { ...DEFAULT_NUMBERING }, children };
}

/**
 * `count` submissions (deterministic): every submission with index ≡ 0..2 mod 10 is an
 * edited copy of one of three 范文 (the three corpus files), the others
 * ~3,000 characters of distinct prose.
 */
export function copiedCollection(corpusDir: string, count: number): Draft[] {
  const read = (name: string) => readFileSync(path.join(corpusDir, name), 'utf8');
  const models = ['speeches-excerpts.txt', 'news-summary-traditional.txt', 'compilation-two-articles.txt'].map((name) => paragraphsOf(read(name)));
  const random = seeded(23);
  const soup = wordSoup(corpusDir, 19);
  const prose = (chars: number): string => `${soup(chars).replace(/\n/g, '')}。`;
  const copiesEvery = Math.round(COPIED_SHARE * 10);
  return Array.from({ length: count }, (_, i) => {
    const model = models[i % 10 < copiesEvery ? i % 10 : -1];
    const paragraphs = model ? editedCopy(model, prose, random) : Array.from({ length: 10 }, () => prose(300));
    return draftOf(`研讨发言材料（${i + 1}）`, `第${(i % 40) + 1}支部 成员${i + 1}`, paragraphs);
  });
}

function writeCollection(folder: string, drafts: readonly Draft[]): void {
  mkdirSync(folder);
  drafts.forEach((draft, i) => writeFileSync(path.join(folder, `稿件${String(i + 1).padStart(5, '0')}.gaojiang`), serializeDraft(draft)));
}

interface ChildRun {
  ms: number;
  peakMb: number;
  /** CPU time of the child: the figure a busy shared machine disturbs least. */
  cpuMs: number;
  failure?: string;
}

/** The built CLI in a child process: wall time and peak RSS; exit code 1 (submissions over the threshold) is a normal end. */
function runCli(args: readonly string[], capMs: number): Promise<ChildRun> {
  const start = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', PEAK_RSS_PROBE, CLI, ...args], { maxBuffer: 512 * 1024 * 1024, timeout: capMs }, (error, _stdout, stderr) => {
      const ms = performance.now() - start;
      const peakKb = Number(/PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1]);
      const failed = error && (error.killed || error.code !== 1);
      resolve({
        ms: failed ? Number.NaN : ms,
        peakMb: Math.round(peakKb / 1024),
        cpuMs: Number(/CPU_US=(\d+)/.exec(stderr)?.[1]) / 1000,
        ...(failed ? { failure: error.killed ? `stopped after ${Math.round(ms / 1000)} s` : `exit ${String(error.code)}: ${stderr.slice(-300)}` } : {}),
      });
    });
  });
}

const unit = (base: string, goal: number, failure?: string): string => `${base} (goal ≤ ${goal})${failure ? ` — did not finish: ${failure}` : ''}`;

export async function runCopiedBench(report: BenchReport, corpusDir: string = findCorpusDir()): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'gaojiang-copied-bench-'));
  try {
    const thousand = path.join(work, '1000');
    writeCollection(thousand, copiedCollection(corpusDir, 1_000));
    const compiled = await runCli(['compile', thousand, '-o', path.join(work, '汇编.docx'), '--title', '研讨材料汇编', '--date', '2026-12-01'], CAP_MS.compile);
    report('compile_1000_ms', compiled.ms, unit('ms', COPIED_GOALS.compileMs, compiled.failure));
    report('compile_1000_peak_mb', compiled.peakMb, unit('MB', COPIED_GOALS.compilePeakMb));
    report('compile_1000_cpu_ms', compiled.cpuMs, 'ms');

    const similar = await runCli(['similarity', thousand, '--csv', path.join(work, '查重.csv')], CAP_MS.similarity1000);
    report('similarity_1000_copied_ms', similar.ms, unit('ms', COPIED_GOALS.similarity1000Ms, similar.failure));
    report('similarity_1000_copied_peak_mb', similar.peakMb, unit('MB', COPIED_GOALS.similarity1000PeakMb));
    report('similarity_1000_copied_cpu_ms', similar.cpuMs, 'ms');
    rmSync(thousand, { recursive: true, force: true });

    const fiveThousand = path.join(work, '5000');
    writeCollection(fiveThousand, copiedCollection(corpusDir, 5_000));
    const large = await runCli(['similarity', fiveThousand, '--csv', path.join(work, '查重5000.csv')], CAP_MS.similarity5000);
    report('similarity_5000_copied_ms', large.ms, unit('ms', COPIED_GOALS.similarity5000Ms, large.failure));
    report('similarity_5000_copied_peak_mb', large.peakMb, 'MB');
    report('similarity_5000_copied_cpu_ms', large.cpuMs, 'ms');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
