import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlesOf } from '../../core/collect/articles.js';
import { compileCollection, type CompiledCollection } from '../../core/collect/compile-docx.js';
import { headingHeavyArticles, variedArticles } from '../fixtures/collect-drafts.js';
import { REPO_ROOT } from '../support/corpus.js';
import { convertToPdf } from '../support/libreoffice.js';
import { pdfText } from '../support/poppler.js';

/**
 * Property test of the 汇编's page planner against the renderer that prints:
 * random collections (seeded, so a failure reproduces) with long runs of
 * keep-with-next headings are compiled, LibreOffice renders them all in one
 * start, and every 目录 number must be the page where LibreOffice prints
 * that article's 第N篇.
 */
const OUT = path.join(REPO_ROOT, 'test-output/compile-page-plan');
const COLLECTIONS = Number(process.env.PAGE_PLAN_COLLECTIONS ?? 50);

const squeeze = (text: string): string => text.replace(/\s+/g, '');

interface PrintedStart {
  /** The page number printed at the foot of the page. */
  number: number;
  /** The sheet side, counted from the cover's 1. */
  physical: number;
}

/** Where each 第N篇 is printed in the PDF. */
function printedStarts(text: string): Map<number, PrintedStart> {
  const starts = new Map<number, PrintedStart>();
  text.split('\f').forEach((page, index) => {
    const lines = page.split('\n').filter((line) => line.trim() !== '');
    const heading = /^第(\d+)篇$/.exec(squeeze(lines[0] ?? ''));
    const footer = /^—(\d+)—$/.exec(squeeze(lines[lines.length - 1] ?? ''));
    if (heading) starts.set(Number(heading[1]), { number: footer ? Number(footer[1]) : -1, physical: index + 1 });
  });
  return starts;
}

/** Every third collection (and the last) is compiled for 双面打印, every sixth with each article on an odd page too. */
const duplexOf = (seed: number) => ({ duplex: seed % 3 === 0 || seed === COLLECTIONS, articlesOnOddPages: seed % 6 === 0 });

const compiled: CompiledCollection[] = [];
const printed: Map<number, PrintedStart>[] = [];

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const files: string[] = [];
  for (let seed = 1; seed <= COLLECTIONS; seed++) {
    // The last collection is long enough for a two-page 目录, which 双面打印 must follow with a blank page.
    const drafts = seed === COLLECTIONS ? variedArticles(30, seed) : headingHeavyArticles(2 + (seed % 3), seed * 7919);
    const articles = drafts.flatMap((draft, i) => articlesOf(draft, `稿件${i + 1}.gaojiang`));
    const collection = await compileCollection(articles, { title: `汇编${seed}`, unit: '机关党委', date: '2026-12-03', ...duplexOf(seed) });
    compiled.push(collection);
    const file = path.join(OUT, `汇编${seed}.docx`);
    writeFileSync(file, collection.bytes);
    files.push(file);
  }
  // Ten files a LibreOffice start: each start stays well inside the converter's time limit on a busy machine.
  for (let at = 0; at < files.length; at += 10) {
    for (const pdf of await convertToPdf(files.slice(at, at + 10), OUT)) printed.push(printedStarts(await pdfText(pdf, { layout: true })));
  }
}, 600_000);

describe('the 汇编 page planner agrees with LibreOffice', () => {
  it(`on ${COLLECTIONS} random collections with long runs of headings`, () => {
    const wrong = compiled.flatMap((collection, c) =>
      collection.articles
        .filter((article) => printed[c]!.get(article.number)?.number !== article.startPage)
        .map((article) => `汇编${c + 1} 第${article.number}篇: 目录 ${article.startPage}, LibreOffice ${printed[c]!.get(article.number)?.number}`),
    );
    console.log(`page_plan_collections: ${COLLECTIONS}, articles: ${compiled.reduce((n, c) => n + c.articles.length, 0)}, wrong: ${wrong.length}`);
    expect(wrong).toEqual([]);
  });

  it('starts the body, and each article where asked, on an odd sheet side for 双面打印', () => {
    const even = compiled.flatMap((collection, c) => {
      const { duplex, articlesOnOddPages } = duplexOf(c + 1);
      const checked = collection.articles.filter((article) => (duplex && article.number === 1) || articlesOnOddPages);
      return checked
        .filter((article) => printed[c]!.get(article.number)!.physical % 2 === 0)
        .map((article) => `汇编${c + 1} 第${article.number}篇 on sheet side ${printed[c]!.get(article.number)!.physical}`);
    });
    expect(even).toEqual([]);
    // The long collection's 目录 takes two pages: the blank page after it puts 第1篇 on sheet side 5.
    expect(printed[COLLECTIONS - 1]!.get(1)!.physical).toBe(5);
  });
});
