import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlesOf } from '../../core/collect/articles.js';
import { compileCollection, type CompiledCollection } from '../../core/collect/compile-docx.js';
import { headingHeavyArticles } from '../fixtures/collect-drafts.js';
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

/** For each 第N篇 in the PDF, the page number printed at the foot of its page. */
function printedStarts(text: string): Map<number, number> {
  const starts = new Map<number, number>();
  for (const page of text.split('\f')) {
    const lines = page.split('\n').filter((line) => line.trim() !== '');
    const heading = /^第(\d+)篇$/.exec(squeeze(lines[0] ?? ''));
    const footer = /^—(\d+)—$/.exec(squeeze(lines[lines.length - 1] ?? ''));
    if (heading) starts.set(Number(heading[1]), footer ? Number(footer[1]) : -1);
  }
  return starts;
}

const compiled: CompiledCollection[] = [];
const printed: Map<number, number>[] = [];

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const files: string[] = [];
  for (let seed = 1; seed <= COLLECTIONS; seed++) {
    const drafts = headingHeavyArticles(2 + (seed % 3), seed * 7919);
    const articles = drafts.flatMap((draft, i) => articlesOf(draft, `稿件${i + 1}.gaojiang`));
    const collection = await compileCollection(articles, { title: `汇编${seed}`, unit: '机关党委', date: '2026-12-03' });
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
        .filter((article) => printed[c]!.get(article.number) !== article.startPage)
        .map((article) => `汇编${c + 1} 第${article.number}篇: 目录 ${article.startPage}, LibreOffice ${printed[c]!.get(article.number)}`),
    );
    console.log(`page_plan_collections: ${COLLECTIONS}, articles: ${compiled.reduce((n, c) => n + c.articles.length, 0)}, wrong: ${wrong.length}`);
    expect(wrong).toEqual([]);
  });
});
