import { describe, expect, it } from 'vitest';
import { articlesOf } from '../../core/collect/articles.js';
import { balancedLines } from '../../core/collect/balanced-lines.js';
import { BODY_LINE, countLines } from '../../core/pages/line-breaking.js';
import { articleParagraphs, layOutPages, pagesFilled, planPages } from '../../core/collect/page-plan.js';
import { createDraft } from '../../core/model/create.js';
import type { Block, Draft } from '../../core/model/schema.js';
import { studySpeechDraft } from '../fixtures/drafts.js';

const HAN = '学习贯彻落实党的创新理论坚持人民至上推动高质量发展建设美丽乡村';
const han = (n: number): string => HAN.repeat(Math.ceil(n / HAN.length)).slice(0, n);
const draftOf = (children: Block[], meta: Partial<Draft['meta']> = {}): Draft => ({ ...createDraft(''), meta: { ...createDraft('').meta, ...meta }, children });

describe('countLines: the GB/T 9704 line of 28 characters', () => {
  it('fits 26 characters after the two-character indent, then 28 a line', () => {
    expect(countLines(han(26))).toBe(1);
    expect(countLines(han(27))).toBe(2);
    expect(countLines(han(26 + 28))).toBe(2);
    expect(countLines(han(26 + 29))).toBe(3);
    expect(countLines('')).toBe(1);
  });

  it('lets ，。、 hang in the margin instead of starting a line', () => {
    expect(countLines(`${han(26)}。`)).toBe(1);
    expect(countLines(`${han(26)}，${han(3)}`)).toBe(2);
  });

  it('never starts a line with ” or —— and never ends one with “', () => {
    // The 27th character may not start line 2, so the 26th goes with it.
    expect(countLines(`${han(26)}”${han(26)}`)).toBe(2);
    expect(countLines(`${han(25)}“${han(28)}`)).toBe(3);
    expect(countLines(`${han(26)}——${han(20)}`)).toBe(2);
  });

  it('gives half-width digits half a character and keeps a number on one line', () => {
    // 21 + 4 × ½ + 1 + ½, plus LibreOffice's autospace (⅕ em) at the three Chinese–digit boundaries = 25.1 ≤ 26.
    expect(countLines(`${han(21)}2025年1`)).toBe(1);
    // One more character: 26.1 — autospace included, it no longer fits (measured in LibreOffice, see eval:pages).
    expect(countLines(`${han(22)}2025年1`)).toBe(2);
    expect(countLines(`${han(25)}14.6%`)).toBe(2);
  });

  it('measures a 22 pt title line at 20 characters', () => {
    const title = { size: 44, width: BODY_LINE.width, firstLineIndent: 0 };
    expect(countLines(han(20), title)).toBe(1);
    expect(countLines(han(21), title)).toBe(2);
  });
});

describe('balancedLines for the cover title', () => {
  const cover = { size: 52, width: BODY_LINE.width, firstLineIndent: 0 };
  it('breaks at a pause, not where the line fills up', () => {
    expect(balancedLines('学习“千万工程”“浦江经验”研讨发言材料汇编', cover)).toEqual(['学习“千万工程”“浦江经验”', '研讨发言材料汇编']);
    expect(balancedLines('学习汇编', cover)).toEqual(['学习汇编']);
  });
});

describe('articlesOf: one article per title group', () => {
  it('splits a draft at each title, keeping a subtitle with its title', () => {
    const draft = draftOf([
      { type: 'title', children: [{ text: '甲' }] },
      { type: 'title', children: [{ text: '——副标题' }] },
      { type: 'paragraph', children: [{ text: '正文一' }] },
      { type: 'title', children: [{ text: '乙' }] },
      { type: 'author-line', children: [{ text: '某局 李四' }] },
      { type: 'point', children: [{ text: '正文二' }] },
    ]);
    const articles = articlesOf(draft, '汇编.docx');
    expect(articles.map((a) => a.title)).toEqual(['甲——副标题', '乙']);
    expect(articles[1]?.authorLine).toBe('某局 李四');
    expect(articles[1]?.draft.children[0]).toMatchObject({ type: 'title' });
  });

  it('titles a draft without a title by its file and adds the author line from meta', () => {
    const [article] = articlesOf(draftOf([{ type: 'paragraph', children: [{ text: '正文' }] }], { author: '张三', unit: '某局' }), '张三.txt', '张三');
    expect(article?.title).toBe('张三');
    expect(article?.authorLine).toBe('某局 张三');
    expect(article?.draft.children.map((b) => b.type)).toEqual(['title', 'author-line', 'paragraph']);
  });

  it('prints an imported page whose title was not found under its fallback title, not under an empty one', () => {
    const [article] = articlesOf(draftOf([{ type: 'title', children: [{ text: '' }] }, { type: 'paragraph', children: [{ text: '正文' }] }]), '2271350.txt', '学习体会');
    expect(article?.title).toBe('学习体会');
    expect(article?.draft.children.filter((b) => b.type === 'title')).toEqual([{ type: 'title', children: [{ text: '学习体会' }] }]);
  });
});

describe('page plan', () => {
  const body = (lines: number): { lines: number; keepWithNext: boolean } => ({ lines, keepWithNext: false });
  const heading = { lines: 1, keepWithNext: true };

  it('fills 22 lines a page, splitting paragraphs anywhere', () => {
    expect(pagesFilled([body(22)])).toBe(1);
    expect(pagesFilled([body(22), body(1)])).toBe(2);
    expect(pagesFilled([body(10), body(30), body(4)])).toBe(2);
  });

  it('moves a heading on a page’s last line to the next page, with any heading before it', () => {
    expect(pagesFilled([body(21), heading, body(1)])).toBe(2);
    expect(pagesFilled([body(20), heading, heading, body(22)])).toBe(3);
    expect(pagesFilled([body(20), heading, body(22)])).toBe(2);
  });

  it('moves a run of headings longer than a page to a new page, and breaks it before a heading that does not fit whole', () => {
    const tall = { lines: 3, keepWithNext: true };
    // 5 lines used, then 25 heading lines: the run starts page 2 and flows on to page 3.
    const run = [body(5), ...Array.from({ length: 25 }, () => heading), body(2)];
    expect(layOutPages(run).starts.slice(0, 2)).toEqual([1, 2]);
    expect(layOutPages(run).starts[23]).toBe(3); // the 23rd heading: page 2 holds 22
    // Page 2 holds 20 lines of headings; a three-line heading does not fit the last two and starts page 3.
    const split = [body(5), ...Array.from({ length: 20 }, () => heading), tall, body(1)];
    expect(layOutPages(split).starts.slice(-2)).toEqual([3, 3]);
  });

  it('counts the 第N篇 line, the title group and the blank lines the exporter prints', () => {
    const article = articlesOf(studySpeechDraft(), 'speech')[0]!;
    const laidOut = articleParagraphs(article);
    // 第N篇, title (25 characters at 22 pt: 2 lines), blank, author line, blank, then the body.
    expect(laidOut.slice(0, 5).map((p) => p.lines)).toEqual([1, 2, 1, 1, 1]);
  });

  it('starts each article on the page after the previous one ends', () => {
    const article = (chars: number) => articlesOf(draftOf([{ type: 'title', children: [{ text: '题' }] }, { type: 'paragraph', children: [{ text: han(chars) }] }]), 'x')[0]!;
    // 第N篇 + title + blank = 3 lines; 19 more fill page 1.
    const articles = [article(26 + 18 * 28), article(26 + 19 * 28), article(10)];
    expect(planPages(articles)).toEqual([
      { startPage: 1, pages: 1, blankBefore: false },
      { startPage: 2, pages: 2, blankBefore: false },
      { startPage: 4, pages: 1, blankBefore: false },
    ]);
    // 双面打印 with every article on an odd page: a blank page 2 before the second article; the third already starts on 5.
    expect(planPages(articles, true)).toEqual([
      { startPage: 1, pages: 1, blankBefore: false },
      { startPage: 3, pages: 2, blankBefore: true },
      { startPage: 5, pages: 1, blankBefore: false },
    ]);
  });
});
