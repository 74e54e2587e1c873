/**
 * 写作体检 timing: all checks on a 5,000-character draft (goal ≤ 50 ms, with
 * the word segmenter loaded: its load time is reported on its own) and on a
 * 600,000-character compilation of 200 articles (goal ≤ 3,000 ms), as medians
 * after a warm-up. The drafts are made of the corpus's sentences, half-width
 * commas and all, so the checks have plenty to report.
 *
 * `check_adversarial_600k_ms` (goal ≤ 1,000 ms) is the slowest of many
 * repetitive 600,000-character drafts, each aimed at one kind of check (a
 * check that rescans the rest of the text at each hit is quadratic there:
 * 30,000 × “一是要学习，” took 11.6 s), each both as three long paragraphs and
 * as one paragraph per repetition.
 */
import { runChecks } from '../core/checks/index.js';
import { DEFAULT_NUMBERING } from '../core/model/numbering.js';
import { EMPTY_META } from '../core/model/create.js';
import { DRAFT_SCHEMA_VERSION, MAX_TEXT, type Block, type Draft } from '../core/model/schema.js';
import { loadNodeSegmenter } from '../core/node/segmenter.js';
import { findCorpusDir, medianMs, type BenchReport } from './harness.js';
import { buildSampleDraft, corpusSentences } from './sample-drafts.js';

/** One repeated unit per kind of check (and a few that are only hard on regular expressions). */
export const ADVERSARIAL_UNITS: Record<string, string> = {
  sequence: '一是要学习，',
  'mixed-sequence': '首先，第二要，三是，其四，',
  'de-di-de': '认真的落实责任，谈的很深',
  de: '的',
  redundancy: '来自于基层必须要',
  'quoted-enumeration': '“千万工程”、“浦江经验”',
  'quoted-pair': '“千万工程”和“浦江经验”“千万工程”“浦江经验”',
  'ascii-quotes': '"学习"',
  'lone-ascii-quote': '“学习"',
  'corner-quotes': '「学习」',
  'book-titles': '印发关于加强学习的意见，学习中国共产党纪律处分条例',
  'open-title-mark': '《学习',
  terms: '坚决做到两个确立',
  'half-width': '学习, 贯彻; ',
  spaces: '      ',
  parens: '（（（(',
  'open-quotes': '“',
  ellipsis: '...',
  dash: '--',
  doubled: '，，',
  'repeated-phrase': '学习贯彻',
  'latin': 'a',
  numbers: '1.',
};

const draftOf = (children: Block[]): Draft => ({
  schemaVersion: DRAFT_SCHEMA_VERSION,
  meta: { ...EMPTY_META },
  numbering: { ...DEFAULT_NUMBERING },
  children: [{ type: 'title', children: [{ text: '学习体会' }] }, ...children],
});

/** `unit` repeated to 600,000 characters: as three paragraphs at the length limit, or one paragraph per repetition. */
export function adversarialDrafts(unit: string, chars = 600_000): Draft[] {
  const long = unit.repeat(Math.ceil(MAX_TEXT / unit.length)).slice(0, MAX_TEXT);
  const paragraphs = Math.ceil(chars / MAX_TEXT);
  const asLong = draftOf(Array.from({ length: paragraphs }, () => ({ type: 'paragraph', children: [{ text: long }] })));
  // One paragraph per repetition, grouped so that there are at most 19,000 blocks.
  const perBlock = unit.repeat(Math.ceil(chars / 19_000 / unit.length));
  const blocks = Math.ceil(chars / perBlock.length);
  const asMany = draftOf(Array.from({ length: blocks }, () => ({ type: 'paragraph', children: [{ text: perBlock }] })));
  return [asLong, asMany];
}

/** Like medianMs, in this process's CPU time (user + system). */
async function medianCpuMs(runs: number, task: () => unknown): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    await task();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)]!;
}

export async function runChecksBench(report: BenchReport, corpusDir = findCorpusDir()): Promise<void> {
  const loadStart = performance.now();
  loadNodeSegmenter();
  report('segmenter_load_ms', Math.round(performance.now() - loadStart), 'ms');
  const sentences = corpusSentences(corpusDir);
  const small = buildSampleDraft(sentences, 5_000);
  const large = buildSampleDraft(sentences, 600_000, 200);
  report('check_5k_chars_ms', await medianMs(30, () => runChecks(small)), 'ms');
  // CPU time of the same work: what the wall time would be on a machine not shared with other jobs.
  report('check_5k_chars_cpu_ms', await medianCpuMs(30, () => runChecks(small)), 'ms');
  report('check_600k_chars_ms', await medianMs(5, () => runChecks(large)), 'ms');
  let slowest = 0;
  let slowestName = '';
  let slowestCpu = 0;
  for (const [name, unit] of Object.entries(ADVERSARIAL_UNITS)) {
    for (const draft of adversarialDrafts(unit)) {
      const ms = await medianMs(1, () => runChecks(draft));
      const cpuMs = await medianCpuMs(1, () => runChecks(draft));
      if (ms > slowest) [slowest, slowestName] = [ms, name];
      slowestCpu = Math.max(slowestCpu, cpuMs);
      if (process.env.BENCH_VERBOSE) report(`check_adversarial_${name}_${draft.children.length}_blocks_ms`, ms, `ms (cpu ${cpuMs.toFixed(0)} ms)`);
    }
  }
  report('check_adversarial_600k_ms', slowest, `ms (slowest: ${slowestName})`);
  report('check_adversarial_600k_cpu_ms', slowestCpu, 'ms');
}
