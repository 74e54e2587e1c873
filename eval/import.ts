/**
 * Import evaluation on labelled real pages: `npm run eval:import -- [DIR…] [--verbose]`.
 *
 * Each page `NN.txt` is imported exactly as `gaojiang import NN.txt` does
 * (importFile, the CLI's entry) and scored against `NN.json` as
 * ../shared/devset/pages/README.md describes. A DIR holds both (the shared
 * set) or only labels, the texts then being in $GAOJIANG_REAL_TEXTS/<name of DIR>
 * (our own sets: labels in eval/sets/pages, texts outside the repository).
 * With no DIR: the shared set and, when present, our own set, each alone and combined.
 *
 * Label strings are compared as the import would have converted them: both
 * sides go through 繁→简 and lose width differences (NFKC) and spaces.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile } from '../core/node/import-file.js';
import { toSimplified } from '../core/import/traditional.js';
import type { ImportResult } from '../core/import/import-text.js';
import type { Block, Draft } from '../core/model/schema.js';

interface PageLabel {
  url: string;
  title: string | null;
  author_line: string | null;
  junk: string[];
  junk_inline: string[];
  keep: string[];
  multi_article: boolean;
  /** Our own set: the articles visible in the stored text (a cut page may show only the first of several). */
  articles?: number;
  traditional?: boolean;
}

interface Page {
  id: string;
  textPath: string;
  label: PageLabel;
}

interface Tally {
  hit: number;
  all: number;
}

const METRICS = ['junk_removed', 'junk_inline_removed', 'body_kept', 'title_right', 'author_right', 'articles_split'] as const;
type Metric = (typeof METRICS)[number];
type Scores = Record<Metric, Tally>;

interface PageScore {
  page: Page;
  scores: Scores;
  failures: string[];
}

/** A string as compared: simplified, width-folded, without spaces. */
export const canonical = (text: string): string => toSimplified(text).normalize('NFKC').replace(/\s+/g, '');

const blockText = (block: Block): string => block.children.map((inline) => ('text' in inline ? inline.text : '')).join('');

/** Junk this long is also caught when glued into a longer block (a join must not smuggle it in). */
const MIN_CONTAINED_JUNK = 8;

const LEADING_NUMBER = /^(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）]|[0-9一二三四五六七八九十]{1,3}[、.．]|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、:：]|(?:首先|其次|再次|最后)[，,:：])/;

export async function scorePage(page: Page): Promise<PageScore> {
  const scores = Object.fromEntries(METRICS.map((m) => [m, { hit: 0, all: 0 }])) as Scores;
  const failures: string[] = [];
  const count = (metric: Metric, ok: boolean, failure: string) => {
    scores[metric].all++;
    if (ok) scores[metric].hit++;
    else failures.push(`${metric}: ${failure}`);
  };
  const { label } = page;
  let result: ImportResult | undefined;
  try {
    result = await importFile(page.textPath);
  } catch (error) {
    failures.push(`import failed: ${(error as Error).message}`);
  }
  const drafts: Draft[] = result?.drafts ?? [];
  const blocks = drafts.flatMap((draft) => draft.children).map((block) => canonical(blockText(block)));
  const bodyBlocks = drafts.flatMap((draft) => draft.children.filter((block) => block.type !== 'title')).map((block) => canonical(blockText(block)));
  // Kept text may span blocks where the import split a line (一、红船精神。|从1840年…).
  const allText = blocks.join('');

  for (const junk of label.junk) {
    const line = canonical(junk);
    const present = blocks.some((block) => block === line || (line.length >= MIN_CONTAINED_JUNK && block.includes(line)));
    count('junk_removed', !present, `kept junk line “${junk}”`);
  }
  for (const junk of label.junk_inline) {
    count('junk_inline_removed', !allText.includes(canonical(junk)), `kept inline junk “${junk}”`);
  }
  for (const keep of label.keep) {
    // A draft derives heading and point numbers: a kept string may lose its literal 1、 / （一）.
    const unnumbered = canonical(keep).replace(LEADING_NUMBER, '');
    count('body_kept', allText.includes(canonical(keep)) || allText.includes(unnumbered), `lost body text “${keep}”`);
  }
  // The labelled title carries the page's inline junk (pinyin …): the import should drop it there too.
  const expectedTitle = canonical(label.junk_inline.reduce((title, junk) => title.split(junk).join(''), label.title ?? ''));
  const titles = [result?.volume?.title ?? '', ...drafts.map((draft) => blockText(draft.children[0] as Block))].map(canonical);
  const shownTitle = label.multi_article ? titles : titles.slice(1, 2);
  count('title_right', shownTitle.includes(expectedTitle), `title “${shownTitle.join('” / “')}”, expected “${label.title ?? ''}”`);
  if (label.author_line !== null) {
    const byline = canonical(label.author_line);
    const author = drafts[0] ? canonical(drafts[0].meta.author) : '';
    const inBody = bodyBlocks.some((block) => block === byline);
    count('author_right', author !== '' && byline.includes(author) && !inBody, `author “${drafts[0]?.meta.author ?? ''}”${inBody ? ' (byline left in the body)' : ''}, byline “${label.author_line}”`);
  }
  // What an import can split is what the stored text shows: `articles` where labelled, else the page's kind.
  const several = label.articles === undefined ? label.multi_article : label.articles > 1;
  const split = several ? drafts.length > 1 : drafts.length === 1;
  count('articles_split', split, `${drafts.length} article(s), ${several ? 'several' : 'one'} expected`);
  return { page, scores, failures };
}

function pagesIn(dir: string): Page[] {
  const realTexts = process.env.GAOJIANG_REAL_TEXTS ?? '/work/realdata';
  return readdirSync(dir)
    .filter((name) => /^\d+\.json$/.test(name))
    .sort()
    .flatMap((name) => {
      const id = name.replace(/\.json$/, '');
      const beside = path.join(dir, `${id}.txt`);
      const textPath = existsSync(beside) ? beside : path.join(realTexts, path.basename(dir), `${id}.txt`);
      if (!existsSync(textPath)) return [];
      return [{ id, textPath, label: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as PageLabel }];
    });
}

const fraction = ({ hit, all }: Tally): string => `${all === 0 ? '-' : (hit / all).toFixed(3)} (${hit}/${all})`;

function sum(results: readonly PageScore[]): Scores {
  const total = Object.fromEntries(METRICS.map((m) => [m, { hit: 0, all: 0 }])) as Scores;
  for (const { scores } of results) {
    for (const m of METRICS) {
      total[m].hit += scores[m].hit;
      total[m].all += scores[m].all;
    }
  }
  return total;
}

function printScores(name: string, results: readonly PageScore[]): void {
  console.log(`## ${name} (${results.length} pages)`);
  const total = sum(results);
  for (const m of METRICS) console.log(`${m}: ${fraction(total[m])}`);
  const odd = results.filter((r) => Number(r.page.id) % 2 === 1);
  const even = results.filter((r) => Number(r.page.id) % 2 === 0);
  for (const [half, rs] of [['odd', odd], ['even', even]] as const) {
    const t = sum(rs);
    console.log(`  ${half}: ${METRICS.map((m) => `${m} ${fraction(t[m])}`).join(', ')}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  let dirs = args.filter((arg) => !arg.startsWith('--'));
  if (dirs.length === 0) {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
    dirs = [path.join(root, '..', 'shared', 'devset', 'pages'), path.join(root, 'eval', 'sets', 'pages')].filter(existsSync);
  }
  const all: PageScore[] = [];
  for (const dir of dirs) {
    const pages = pagesIn(dir).filter((page) => only === undefined || (only === 'odd') === (Number(page.id) % 2 === 1));
    const results: PageScore[] = [];
    for (const page of pages) results.push(await scorePage(page));
    printScores(dir, results);
    if (verbose) {
      for (const { page, failures } of results) {
        if (failures.length > 0) console.log(`- ${page.id}:\n    ${failures.join('\n    ')}`);
      }
    }
    all.push(...results);
  }
  if (dirs.length > 1) printScores('combined', all);
}

await main();
