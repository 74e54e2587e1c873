/**
 * `npm run eval:checks -- [DIR]`: how far an editor can trust 写作体检.
 *
 * DIR (default ../shared/devset) holds checks/errors.jsonl (one labelled error
 * a sentence), checks/clean.jsonl (sentences an editor would not mark) and
 * pages/*.txt (real scraped pages, run through the import). The corpus
 * (../shared/corpus) and any pages in $GAOJIANG_REAL_TEXTS/pages are checked
 * too. Findings on real texts are matched with the labels in
 * eval/sets/checks/findings.jsonl (right/wrong, as an 办公室 editor judged them).
 *
 * Printed:
 * - recall per error kind: a finding covers the labelled span and, where it
 *   proposes a fix, the fix gives the labelled correction; for the dev half
 *   and the test half of the errors (alternate items of each kind) and all;
 * - false alarms per check on the clean sentences;
 * - precision per check and severity: labelled real-text findings, plus the
 *   error sentences (a finding on the labelled span is right, elsewhere wrong)
 *   and the clean sentences (every finding wrong);
 * - unlabelled real-text findings (`--unlabelled FILE` writes them as label
 *   stubs to review).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyFixes, runChecks, SEVERITY_NAMES, type Finding } from '../core/checks/index.js';
import { leafText } from '../core/checks/leaf-edit.js';
import { importText } from '../core/import/import-text.js';
import { DEFAULT_NUMBERING } from '../core/model/numbering.js';
import { EMPTY_META } from '../core/model/create.js';
import { DRAFT_SCHEMA_VERSION, type Draft } from '../core/model/schema.js';
import { loadNodeSegmenter } from '../core/node/segmenter.js';

interface LabelledError {
  text: string;
  kind: string;
  bad: string;
  fix: string;
}

export interface FindingLabel {
  /** Which text: corpus/NAME, pages/NN.txt or real/NAME. */
  source: string;
  url?: string;
  id: string;
  /** The flagged characters with a little context (≤ 30 characters). */
  context: string;
  right: boolean;
}

const repoRoot = (): string => {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'eval'))) return dir;
  }
  throw new Error('repository root not found');
};

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);

/** A title and one paragraph: a dev sentence as a draft. */
function sentenceDraft(text: string): Draft {
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    meta: { ...EMPTY_META },
    numbering: { ...DEFAULT_NUMBERING },
    children: [
      { type: 'title', children: [{ text: '学习体会' }] },
      { type: 'paragraph', children: [{ text }] },
    ],
  };
}

const fraction = (name: string, hit: number, total: number): string =>
  `${name}: ${total === 0 ? 'n/a' : (hit / total).toFixed(3)} (${hit}/${total})`;

const shown = (finding: Finding): boolean => finding.severity !== 'info';
const bucket = (finding: Finding): string => `${finding.id} ${SEVERITY_NAMES[finding.severity]}`;

/** The flagged text with a little context, at most 30 characters: what a label quotes. */
export function labelContext(blockText: string, start: number, end: number): string {
  const flagged = Math.min(end - start, 14);
  const side = Math.max(2, Math.floor((30 - flagged) / 2));
  let from = Math.max(0, start - side);
  let to = Math.min(blockText.length, start + flagged + side);
  // Never cut a surrogate pair (an emoji) in half.
  if (/[\udc00-\udfff]/.test(blockText[from] ?? '')) from--;
  if (/[\ud800-\udbff]/.test(blockText[to - 1] ?? '')) to++;
  return blockText.slice(from, to).replace(/\s+/g, ' ');
}

class Tally {
  private readonly counts = new Map<string, { right: number; total: number }>();
  add(key: string, right: boolean): void {
    const entry = this.counts.get(key) ?? { right: 0, total: 0 };
    entry.total++;
    if (right) entry.right++;
    this.counts.set(key, entry);
  }
  print(prefix: string): void {
    for (const [key, { right, total }] of [...this.counts].sort(([a], [b]) => a.localeCompare(b))) {
      console.log(fraction(`${prefix}[${key}]`, right, total));
    }
  }
  sum(filter: (key: string) => boolean): { right: number; total: number } {
    let right = 0;
    let total = 0;
    for (const [key, entry] of this.counts) {
      if (!filter(key)) continue;
      right += entry.right;
      total += entry.total;
    }
    return { right, total };
  }
}

/** Recall on the labelled errors; findings on them feed precision. */
function evaluateErrors(errors: readonly LabelledError[], precision: Tally): void {
  const recall = { dev: new Tally(), test: new Tally(), all: new Tally(), shownAll: new Tally() };
  const seenOfKind = new Map<string, number>();
  for (const error of errors) {
    const index = seenOfKind.get(error.kind) ?? 0;
    seenOfKind.set(error.kind, index + 1);
    const draft = sentenceDraft(error.text);
    const findings = runChecks(draft).filter((f) => f.location.block === 1);
    const badStart = error.text.indexOf(error.bad);
    const badEnd = badStart + error.bad.length;
    const onBad = findings.filter((f) => f.location.start < badEnd && f.location.end > badStart);
    for (const f of findings) {
      precision.add(bucket(f), onBad.includes(f));
      if (!onBad.includes(f) && process.env.EVAL_VERBOSE) console.log(`  beside the error ${f.id}: ${labelContext(error.text, f.location.start, f.location.end)}`);
    }
    const fixing = onBad.filter((f) => f.fix);
    const expected = error.text.slice(0, badStart) + error.fix + error.text.slice(badEnd);
    const fixedRight = fixing.length === 0 || leafText(applyFixes(draft, fixing).children[1]!) === expected;
    const found = onBad.length > 0 && fixedRight;
    const foundShown = onBad.some(shown) && fixedRight;
    (index % 2 === 0 ? recall.dev : recall.test).add(error.kind, found);
    recall.all.add(error.kind, found);
    recall.shownAll.add(error.kind, foundShown);
    if (!found && process.env.EVAL_VERBOSE) console.log(`  missed ${error.kind}: ${error.bad} → ${error.fix}`);
  }
  for (const [name, tally] of Object.entries(recall)) {
    tally.print(`recall_${name}`);
    const { right, total } = tally.sum(() => true);
    console.log(fraction(`recall_${name}_total`, right, total));
  }
}

function evaluateClean(clean: readonly { text: string }[], precision: Tally): void {
  const alarms = new Tally();
  let sentencesAlarmed = 0;
  for (const { text } of clean) {
    const findings = runChecks(sentenceDraft(text)).filter((f) => f.location.block === 1);
    for (const f of findings) {
      precision.add(bucket(f), false);
      alarms.add(bucket(f), false);
      if (process.env.EVAL_VERBOSE) console.log(`  false alarm ${f.id}: ${labelContext(text, f.location.start, f.location.end)}`);
    }
    if (findings.some(shown)) sentencesAlarmed++;
  }
  alarms.print('clean_findings');
  console.log(`clean_sentences_with_error_or_warning: ${(sentencesAlarmed / clean.length).toFixed(3)} (${sentencesAlarmed}/${clean.length})`);
}

interface RealText {
  source: string;
  url?: string;
  text: string;
}

function realTexts(dir: string): RealText[] {
  const texts: RealText[] = [];
  const corpus = path.join(dir, '..', 'corpus');
  if (existsSync(corpus)) {
    for (const name of readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort()) {
      texts.push({ source: `corpus/${name}`, text: readFileSync(path.join(corpus, name), 'utf8') });
    }
  }
  const pageDirs: [string, string][] = [[path.join(dir, 'pages'), 'pages']];
  if (process.env.GAOJIANG_REAL_TEXTS) pageDirs.push([path.join(process.env.GAOJIANG_REAL_TEXTS, 'pages'), 'real']);
  for (const [pages, prefix] of pageDirs) {
    if (!existsSync(pages)) continue;
    for (const name of readdirSync(pages).filter((n) => n.endsWith('.txt')).sort()) {
      const labelFile = path.join(pages, name.replace(/\.txt$/, '.json'));
      const url = existsSync(labelFile) ? (JSON.parse(readFileSync(labelFile, 'utf8')) as { url?: string }).url : undefined;
      texts.push({ source: `${prefix}/${name}`, ...(url ? { url } : {}), text: readFileSync(path.join(pages, name), 'utf8') });
    }
  }
  return texts;
}

const labelKey = (source: string, id: string, context: string): string => `${source}\u0000${id}\u0000${context}`;

function evaluateRealTexts(dir: string, labels: readonly FindingLabel[], precision: Tally, unlabelledFile?: string): void {
  const byKey = new Map<string, FindingLabel>();
  for (const label of labels) byKey.set(labelKey(label.source, label.id, label.context), label);
  const realPrecision = new Tally();
  const unlabelled: FindingLabel[] = [];
  let findingsSeen = 0;
  for (const real of realTexts(dir)) {
    let drafts: Draft[];
    try {
      drafts = importText(real.text, { fallbackTitle: real.source }).drafts;
    } catch {
      continue;
    }
    for (const draft of drafts) {
      for (const f of runChecks(draft)) {
        findingsSeen++;
        const context = labelContext(leafText(draft.children[f.location.block]!), f.location.start, f.location.end);
        const label = byKey.get(labelKey(real.source, f.id, context));
        if (!label) {
          unlabelled.push({ source: real.source, ...(real.url ? { url: real.url } : {}), id: f.id, context, right: true });
          continue;
        }
        realPrecision.add(bucket(f), label.right);
        precision.add(bucket(f), label.right);
      }
    }
  }
  realPrecision.print('real_precision');
  console.log(`real_findings_labelled: ${findingsSeen - unlabelled.length}/${findingsSeen}`);
  if (unlabelledFile) writeFileSync(unlabelledFile, unlabelled.map((label) => JSON.stringify(label)).join('\n') + '\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unlabelledAt = args.indexOf('--unlabelled');
  const unlabelledFile = unlabelledAt >= 0 ? args.splice(unlabelledAt, 2)[1] : undefined;
  const root = repoRoot();
  const dir = path.resolve(args[0] ?? path.join(root, '..', 'shared', 'devset'));
  const loadStart = performance.now();
  loadNodeSegmenter();
  console.log(`segmenter_load_ms: ${Math.round(performance.now() - loadStart)}`);
  const precision = new Tally();
  evaluateErrors(readJsonl<LabelledError>(path.join(dir, 'checks', 'errors.jsonl')), precision);
  evaluateClean(readJsonl<{ text: string }>(path.join(dir, 'checks', 'clean.jsonl')), precision);
  const labelFile = path.join(root, 'eval', 'sets', 'checks', 'findings.jsonl');
  evaluateRealTexts(dir, existsSync(labelFile) ? readJsonl<FindingLabel>(labelFile) : [], precision, unlabelledFile);
  precision.print('precision');
  for (const severity of ['错误', '警告', '提示']) {
    const { right, total } = precision.sum((key) => key.endsWith(` ${severity}`));
    console.log(fraction(`precision_${severity}`, right, total));
  }
}

await main();
