/**
 * `npm run eval:quotes -- [DIR …]`: quotation extraction against labelled real texts.
 *
 * A set is a folder of NN.json labels ({ "quotes": [{ "text", "speaker" }], "not_quotes": [...] },
 * see ../shared/devset/README-checks-quotes.md); each passage is NN.txt beside its label or,
 * for sets we gathered ourselves (labels carry the page's `url`, the texts stay out of the
 * repository), $GAOJIANG_REAL_TEXTS/quotes/NN.txt. Without DIR: the shared dev set and, when
 * present, our own set (eval/sets/quotes).
 *
 * Prints, for all passages and for the odd (developed on) and even (checked on) halves:
 *   precision: leaders' quotations among the strings extracted;
 *   recall: labelled quotations extracted;
 *   speaker_right: extracted quotations with a labelled speaker whose speaker was found as written.
 * Strings are compared after folding (繁→简, punctuation width), each distinct string once per passage.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { withoutPinyinGlosses } from '../core/import/inline-junk.js';
import { toSimplified } from '../core/import/traditional.js';
import { extractQuotations } from '../core/quotes/extract.js';
import { foldText } from '../core/quotes/normalize.js';

interface Labels {
  quotes: { text: string; speaker: string | null }[];
  not_quotes: string[];
}

interface Tally {
  found: number;
  foundRight: number;
  labelled: number;
  recalled: number;
  withSpeaker: number;
  speakerRight: number;
}

const emptyTally = (): Tally => ({ found: 0, foundRight: 0, labelled: 0, recalled: 0, withSpeaker: 0, speakerRight: 0 });

// Compared as the extractor returns text: simplified (phrase-aware), without pinyin glosses.
const key = (text: string): string => foldText(toSimplified(withoutPinyinGlosses(text).text)).replace(/\s/g, '');

function passageText(dir: string, name: string): string | undefined {
  const beside = path.join(dir, `${name}.txt`);
  if (existsSync(beside)) return readFileSync(beside, 'utf8');
  const real = process.env.GAOJIANG_REAL_TEXTS;
  const elsewhere = real ? path.join(real, 'quotes', `${name}.txt`) : undefined;
  return elsewhere && existsSync(elsewhere) ? readFileSync(elsewhere, 'utf8') : undefined;
}

function scorePassage(text: string, labels: Labels, tally: Tally, verbose: boolean, name: string): void {
  const truth = new Map(labels.quotes.map((q) => [key(q.text), q.speaker]));
  const extracted = new Map<string, string>();
  for (const q of extractQuotations(text)) if (!extracted.has(key(q.text))) extracted.set(key(q.text), q.speaker);
  for (const [text, speaker] of extracted) {
    tally.found++;
    const labelled = truth.get(text);
    if (truth.has(text)) {
      tally.foundRight++;
      if (labelled) {
        tally.withSpeaker++;
        if (key(speaker) === key(labelled)) tally.speakerRight++;
        else if (verbose) console.log(`  ${name} speaker: “${text}” got「${speaker}」want「${labelled}」`);
      }
    } else if (verbose) console.log(`  ${name} false: “${text}”`);
  }
  tally.labelled += truth.size;
  for (const text of truth.keys()) {
    if (extracted.has(text)) tally.recalled++;
    else if (verbose) console.log(`  ${name} missed: “${text}”`);
  }
}

function line(name: string, right: number, total: number): string {
  const value = total === 0 ? 'n/a' : (right / total).toFixed(3);
  return `${name}: ${value} (${right}/${total})`;
}

function printTally(label: string, tally: Tally): void {
  console.log(`${label}`);
  console.log(`  ${line('precision', tally.foundRight, tally.found)}`);
  console.log(`  ${line('recall', tally.recalled, tally.labelled)}`);
  console.log(`  ${line('speaker_right', tally.speakerRight, tally.withSpeaker)}`);
}

function evaluateSet(dir: string, verbose: boolean): void {
  const names = readdirSync(dir)
    .filter((file) => /^\d+\.json$/.test(file))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  const all = emptyTally();
  const halves = { odd: emptyTally(), even: emptyTally() };
  let missing = 0;
  for (const name of names) {
    const text = passageText(dir, name);
    if (text === undefined) {
      missing++;
      continue;
    }
    const labels = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as Labels;
    const half = Number(name) % 2 === 1 ? halves.odd : halves.even;
    for (const tally of [all, half]) scorePassage(text, labels, tally, verbose && tally === all, name);
  }
  console.log(`# ${dir}: ${names.length - missing} passages${missing ? ` (${missing} without text)` : ''}`);
  printTally('all', all);
  printTally('odd (development)', halves.odd);
  printTally('even (check)', halves.even);
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dirs = args.filter((arg) => !arg.startsWith('--'));
const defaults = [path.resolve('../shared/devset/quotes'), path.resolve('eval/sets/quotes')].filter((dir) => existsSync(dir));
for (const dir of dirs.length > 0 ? dirs : defaults) evaluateSet(dir, verbose);
