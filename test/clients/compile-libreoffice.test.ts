import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlesOf, type CollectionArticle } from '../../core/collect/articles.js';
import { compileCollection, type CompiledCollection } from '../../core/collect/compile-docx.js';
import { importFile } from '../../core/node/import-file.js';
import { punctuationDraft, variedArticles } from '../fixtures/collect-drafts.js';
import { studySpeechDraft } from '../fixtures/drafts.js';
import { corpusFiles, REPO_ROOT } from '../support/corpus.js';
import { readDocxParts } from '../support/docx-parts.js';
import { convertToPdf } from '../support/libreoffice.js';
import { pdfText } from '../support/poppler.js';
import { pythonDocxParagraphs } from '../support/python-docx.js';
import { applyMarkupCompatibility, validateWithSchema } from '../support/xmllint.js';

/**
 * The 汇编 as readers get it: LibreOffice renders it (with config/fonts.conf),
 * pdftotext reads the 目录 and the pages back, xmllint checks the XML
 * against the OOXML schemas and python-docx opens it. The 目录's page
 * numbers are written by 稿匠's own layout estimate; they must be where
 * LibreOffice really starts each article.
 */
const OUT = path.join(REPO_ROOT, 'test-output/compile-libreoffice');
const run = promisify(execFile);

let articles: CollectionArticle[];
let compiled: CompiledCollection;
let docxPath: string;
let pdfPath: string;
/** The PDF's pages as pdftotext -layout gives them, blank lines dropped. */
let pages: string[][];

const squeeze = (text: string): string => text.replace(/\s+/g, '');
/** The page number a page prints at its foot (“— N —”), if any. */
const footerNumber = (page: string[]): number | undefined => {
  const match = /^—(\d+)—$/.exec(squeeze(page[page.length - 1] ?? ''));
  return match ? Number(match[1]) : undefined;
};
const articleNumberOn = (line: string | undefined): number | undefined => {
  const match = /^第(\d+)篇$/.exec(squeeze(line ?? ''));
  return match ? Number(match[1]) : undefined;
};

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  articles = [];
  for (const file of corpusFiles()) {
    for (const draft of (await importFile(file)).drafts) articles.push(...articlesOf(draft, path.basename(file)));
  }
  articles.push(...articlesOf(studySpeechDraft(), '张明.gaojiang'), ...articlesOf(punctuationDraft(), '李红.gaojiang'));
  for (const [i, draft] of variedArticles(14).entries()) articles.push(...articlesOf(draft, `稿件${i + 1}.gaojiang`));
  compiled = await compileCollection(articles, { title: '学习“千万工程”“浦江经验”研讨发言材料汇编', unit: '市直机关工委', date: '2025-06-12' });
  docxPath = path.join(OUT, '汇编.docx');
  writeFileSync(docxPath, compiled.bytes);
  [pdfPath] = (await convertToPdf([docxPath], OUT)) as [string];
  pages = (await pdfText(pdfPath, { layout: true }))
    .split('\f')
    .map((page) => page.split('\n').filter((line) => line.trim() !== ''))
    .filter((page) => page.length > 0);
});

describe('LibreOffice renders the 汇编', () => {
  it('shows the 目录 entries with their page numbers', () => {
    const tocPage = pages.findIndex((page) => squeeze(page[0] ?? '') === '目录');
    const firstBody = pages.findIndex((page) => articleNumberOn(page[0]) === 1);
    expect(tocPage).toBe(1);
    const entries: { title: string; page: number }[] = [];
    let pending = '';
    // A long title wraps: its first line has no leader dots and no number, the next line ends the entry.
    for (const line of pages.slice(tocPage, firstBody).flat().slice(1)) {
      pending += squeeze(line);
      // A line the title and writer fill leaves no room for the dot leader: the number follows the ）.
      const entry = /^(.+?)(?:\.{3,}|(?<=）))(\d+)$/.exec(pending);
      if (!entry) continue;
      entries.push({ title: entry[1]!, page: Number(entry[2]) });
      pending = '';
    }
    // Each entry names the article's writer after its title: 题目　作者（单位）……页码.
    expect(entries).toEqual(compiled.articles.map((article) => ({ title: squeeze(article.title + article.byline), page: article.startPage })));
    expect(compiled.articles.filter((article) => article.byline !== '').length).toBeGreaterThan(compiled.articles.length / 2);
  });

  it('starts every article on the page the 目录 gives, with 第N篇 at the top of the page', () => {
    const starts = new Map<number, number>();
    for (const page of pages) {
      const number = articleNumberOn(page[0]);
      if (number !== undefined) starts.set(number, footerNumber(page) ?? -1);
      // 第N篇 nowhere else on a page.
      for (const line of page.slice(1)) expect(articleNumberOn(line), line).toBeUndefined();
    }
    expect(compiled.articles.map((article) => starts.get(article.number))).toEqual(compiled.articles.map((article) => article.startPage));
    expect(compiled.articles.length).toBe(articles.length);
  });

  it('prints no page number on the cover and the 目录, and numbers the body from — 1 —', () => {
    const firstBody = pages.findIndex((page) => articleNumberOn(page[0]) === 1);
    expect(firstBody).toBeGreaterThanOrEqual(2);
    for (const page of pages.slice(0, firstBody)) expect(footerNumber(page)).toBeUndefined();
    expect(squeeze(pages[0]!.join(''))).toContain('市直机关工委2025年6月12日');
    pages.slice(firstBody).forEach((page, i) => expect(footerNumber(page)).toBe(i + 1));
  });

  it('sets “”, —— and …… in the Chinese body font, not the Latin one', async () => {
    const article = compiled.articles.find((a) => a.source === '李红.gaojiang')!;
    const physical = pages.findIndex((page) => articleNumberOn(page[0]) === article.number) + 2; // its second page, 1-based
    expect(pages[physical - 1]!.join('')).toMatch(/“浦江经验”.*——.*……/);
    // pdftohtml -xml starts a new <text> wherever the font changes and names each font.
    const { stdout } = await run('pdftohtml', ['-xml', '-i', '-stdout', '-f', String(physical), '-l', String(physical), pdfPath]);
    const families = new Map([...stdout.matchAll(/<fontspec id="(\d+)"[^>]*family="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    const texts = [...stdout.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)].map((m) => ({ family: families.get(m[1]!)!, text: m[2]! }));
    const punctuated = texts.filter(({ text }) => /[“”—…]/.test(text));
    expect(punctuated.length).toBeGreaterThan(3);
    for (const { family, text } of punctuated) expect(family, text).toMatch(/CJK|UKai/);
  });
});

describe('other readers of the 汇编', () => {
  it('validates document.xml, styles.xml and settings.xml against the OOXML schemas', async () => {
    const parts = readDocxParts(compiled.bytes);
    for (const name of ['word/document.xml', 'word/styles.xml', 'word/settings.xml']) {
      const file = path.join(OUT, name.replace('/', '-'));
      writeFileSync(file, applyMarkupCompatibility(parts.part(name)));
      const result = await validateWithSchema(file);
      expect(result.valid, `${name}: ${result.output}`).toBe(true);
    }
  });

  it('opens in python-docx with every 第N篇 and title', async () => {
    const read = (await pythonDocxParagraphs(docxPath)).map((p) => p.text);
    for (const article of compiled.articles) {
      const at = read.indexOf(`第${article.number}篇`);
      expect(at, `第${article.number}篇`).toBeGreaterThan(0);
      // A long title is printed in balanced lines (w:br, which python-docx reads as a line break).
      expect(read[at + 1]?.replaceAll('\n', '')).toBe(article.title);
    }
  });
});
