import { beforeAll, describe, expect, it } from 'vitest';
import { articlesOf, type CollectionArticle } from '../../core/collect/articles.js';
import { compileCollection, type CompiledCollection } from '../../core/collect/compile-docx.js';
import { printedDate } from '../../core/collect/compile-cover.js';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { createDraft } from '../../core/model/create.js';
import { studySpeechDraft } from '../fixtures/drafts.js';
import { attr, element, elements, isOn, paragraphs, readDocxParts, styleById, type DocxParts } from '../support/docx-parts.js';
import { expectUserError } from '../support/errors.js';

const secondDraft = () => {
  const draft = createDraft('坚持人民至上 践行“浦江经验”', { author: '李红', unit: '区信访局' });
  draft.children.push(
    { type: 'heading', level: 1, children: [{ text: '提高认识——把握精髓' }] },
    { type: 'paragraph', children: [{ text: '“浦江经验”历久弥新……我们要学以致用。' }] },
  );
  return draft;
};

let articles: CollectionArticle[];
let compiled: CompiledCollection;
let parts: DocxParts;

beforeAll(async () => {
  articles = [...articlesOf(studySpeechDraft(), '张明.gaojiang'), ...articlesOf(secondDraft(), '李红.gaojiang')];
  compiled = await compileCollection(articles, { title: '学习“千万工程”“浦江经验”研讨发言材料汇编', unit: '市直机关工委', date: '2025-06-12' });
  parts = readDocxParts(compiled.bytes);
});

describe('the 汇编’s sections', () => {
  it('has a cover and a 目录 without page numbers, then the body numbered from 1', () => {
    const sections = elements(parts.document, 'w:sectPr');
    expect(sections).toHaveLength(3);
    expect(sections.slice(0, 2).every((s) => !s.includes('w:footerReference'))).toBe(true);
    const body = sections[2]!;
    expect(elements(body, 'w:footerReference').map((r) => attr(r, 'w:type')).sort()).toEqual(['default', 'even']);
    expect(attr(element(body, 'w:pgNumType') ?? '', 'w:start')).toBe('1');
  });

  it('asks Word to update the fields (the 目录) on opening', () => {
    expect(isOn(element(parts.settings, 'w:updateFields'))).toBe(true);
  });

  it('prints the title, unit and date on the cover', () => {
    const text = paragraphs(parts.document).map((p) => p.text);
    expect(text).toEqual(expect.arrayContaining(['学习“千万工程”“浦江经验”研讨发言材料汇编', '市直机关工委', '2025年6月12日']));
    expect(printedDate('2025-06-02')).toBe('2025年6月2日');
    expect(printedDate('2025年6月')).toBe('2025年6月');
  });
});

describe('the 目录', () => {
  it('is a TOC field over the article-title style, in Word’s Table of Contents content control', () => {
    const control = element(parts.document, 'w:sdt')!;
    expect(attr(element(control, 'w:docPartGallery')!, 'w:val')).toBe('Table of Contents');
    expect(element(control, 'w:instrText')?.replace(/&quot;/g, '"')).toContain('TOC \\h \\z \\t "篇目标题,1"');
    expect(elements(control, 'w:fldChar').map((c) => attr(c, 'w:fldCharType'))).toEqual(['begin', 'separate', 'end']);
    expect(styleById(parts.styles, 'ArticleTitle')).toContain('w:val="篇目标题"');
  });

  it('holds each title with its writer and planned page, linked to a bookmark on the article’s title', () => {
    const entries = paragraphs(element(parts.document, 'w:sdtContent')!);
    expect(entries.map((p) => p.text)).toEqual(compiled.articles.map((a) => `${a.title}\u3000${a.byline}${a.startPage}`));
    expect(compiled.articles.map((a) => a.byline)).toEqual(['张明（市交通运输局）', '李红（区信访局）']);
    expect(compiled.articles.map((a) => a.startPage)).toEqual([1, 3]);
    const anchors = elements(parts.document, 'w:hyperlink').map((h) => attr(h, 'w:anchor'));
    const bookmarks = elements(parts.document, 'w:bookmarkStart').map((b) => attr(b, 'w:name'));
    expect(anchors).toEqual(['_TocArticle1', '_TocArticle2']);
    expect(bookmarks).toEqual(anchors);
  });
});

describe('the articles', () => {
  it('start on a new page under 第N篇, title in the article-title style, author line after', () => {
    const all = paragraphs(parts.document);
    const numbers = all.filter((p) => p.styleId === 'ArticleNumber');
    expect(numbers.map((p) => p.text)).toEqual(['第1篇', '第2篇']);
    expect(numbers.map((p) => p.xml.includes('<w:pageBreakBefore/>'))).toEqual([false, true]);
    const second = all.indexOf(numbers[1]!);
    expect(all.slice(second + 1, second + 5).map((p) => [p.styleId, p.text])).toEqual([
      ['ArticleTitle', '坚持人民至上 践行“浦江经验”'],
      ['Normal', ''],
      ['AuthorLine', '区信访局 李红'],
      ['Normal', ''],
    ]);
  });

  it('prints the body exactly as the single export does', async () => {
    const single = paragraphs(readDocxParts(await exportDraftToDocx(studySpeechDraft())).document);
    const singleBody = single.slice(single.findIndex((p) => p.styleId === 'AuthorLine'));
    const all = paragraphs(parts.document);
    const start = all.findIndex((p) => p.styleId === 'AuthorLine');
    expect(all.slice(start, start + singleBody.length).map((p) => p.xml)).toEqual(singleBody.map((p) => p.xml));
  });

  it('sets quotation marks, dashes and ellipses in the East Asian font', () => {
    const runs = paragraphs(parts.document).flatMap((p) => p.runs).filter((r) => /[“”—…]/.test(r.text));
    expect(runs.length).toBeGreaterThan(3);
    for (const run of runs) {
      expect(run.eastAsiaFont, run.text).toMatch(/仿宋|楷体|黑体|小标宋/);
      expect(element(run.xml, 'w:rFonts'), run.text).toContain('w:hint="eastAsia"');
    }
  });

  it('leaves out characters XML forbids, in the document properties too (Word refuses a file with one)', async () => {
    const odd = 'A\u0001B\uFFFFC\uD800D';
    const draft = createDraft(`题目${odd}`, { author: `作者${odd}`, unit: '单位' });
    draft.meta.theme = `主题${odd}`;
    const [compiledOdd, exported] = await Promise.all([
      compileCollection(articlesOf(draft, '稿件.gaojiang'), { title: `汇编${odd}`, unit: `单位${odd}`, date: `日期${odd}` }),
      exportDraftToDocx(draft),
    ]);
    for (const docx of [readDocxParts(compiledOdd.bytes), readDocxParts(exported)]) {
      for (const name of docx.names.filter((n) => /\.(xml|rels)$/.test(n))) {
        expect(docx.part(name), name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u);
      }
      expect(docx.part('docProps/core.xml')).toContain('ABCD');
    }
  });

  it('refuses an empty collection in Chinese', async () => {
    await expectUserError(() => compileCollection([], { title: '空' }), 'invalid-input', /没有可汇编的稿件/);
  });
});
