import { describe, expect, it } from 'vitest';
import { parseByline } from '../../core/import/byline.js';
import { importDocument } from '../../core/import/import-document.js';
import { removeInlineJunk } from '../../core/import/inline-junk.js';
import { classifyLine, cleanTitle } from '../../core/import/page-extract.js';
import { draftTitle } from '../../core/model/text.js';
import {
  BODY,
  BYLINE_PAGES,
  COMPILATION_MARKERS,
  HARD_WRAPPED,
  INLINE_KINDS,
  KIND_PAGES,
  TITLE,
  TITLE_LAYOUTS,
  TRAILING_MARKERS,
  UNTITLED,
} from '../fixtures/import/page-kinds.js';
import { sentencesOf } from '../fixtures/import/junk-pages.js';
import { printedText, squeeze } from '../support/import-helpers.js';

// Half-width marks kept as typed, so the fixtures' own sentences can be found again verbatim.
const imported = (text: string) => importDocument({ kind: 'text', text }, { keepHalfWidthPunctuation: true });
const blockTexts = (text: string) => text.split('\n').map(squeeze);

describe.each(KIND_PAGES)('article extraction: $name', (page) => {
  it('finds the title, drops every junk line and keeps every body sentence', async () => {
    const result = await imported(page.text);
    expect(result.drafts).toHaveLength(1);
    const draft = result.drafts[0]!;
    expect(draftTitle(draft)).toBe(page.title);
    const blocks = draft.children.map((block) => squeeze(block.children.map((c) => ('text' in c ? c.text : '')).join('')));
    for (const junk of page.junk) expect(blocks).not.toContain(squeeze(junk));
    const printed = squeeze(printedText(draft));
    for (const line of BODY) for (const sentence of sentencesOf(line)) expect(printed).toContain(sentence);
    // Every removed line is in the notes, for the preview's strike-through.
    const removed = result.notes.filter((n) => n.kind === 'removed').map((n) => n.line);
    for (const junk of page.junk) expect(removed).toContain(page.text.split('\n').indexOf(junk) + 1);
  });
});

describe.each(TITLE_LAYOUTS)('title among header lines: $name', (page) => {
  it('picks the title by what the body says, not by position, and drops the site’s lines', async () => {
    const result = await imported(page.text);
    const draft = result.drafts[0]!;
    expect(squeeze(draftTitle(draft))).toBe(squeeze(page.title));
    if (page.author) expect(draft.meta.author).toBe(page.author);
    const blocks = draft.children.map((block) => squeeze(block.children.map((c) => ('text' in c ? c.text : '')).join('')));
    for (const junk of page.junk) expect(blocks).not.toContain(squeeze(junk));
    const printed = squeeze(printedText(draft));
    for (const line of BODY) for (const sentence of sentencesOf(line)) expect(printed).toContain(sentence);
  });
});

describe('titles', () => {
  it('a page without a title gets an empty one and a review note, never a file name; the salutation stays', async () => {
    const result = await importDocument({ kind: 'text', text: UNTITLED }, { keepHalfWidthPunctuation: true });
    const draft = result.drafts[0]!;
    expect(draftTitle(draft)).toBe('');
    expect(result.notes).toContainEqual(expect.objectContaining({ kind: 'review', message: expect.stringContaining('没有找到文章标题') }));
    expect(blockTexts(printedText(draft))).toContain('同志们:');
  });

  it('cleans site suffixes and file names off a title', () => {
    expect(cleanTitle('学习心得体会_第一范文网')).toBe('学习心得体会');
    expect(cleanTitle('学习心得体会 - 某某文库')).toBe('学习心得体会');
    expect(cleanTitle('学习心得体会(共十篇).docx')).toBe('学习心得体会');
    expect(cleanTitle('党课讲稿 党课讲稿：精神的力量')).toBe('党课讲稿：精神的力量');
    expect(cleanTitle('以先行者之姿 书写高质量答卷')).toBe('以先行者之姿 书写高质量答卷');
  });

  it('takes a question for a headline, and a —— line under the title for a subtitle', async () => {
    const result = await imported(['为什么要向党组织作思想汇报?', '——入党积极分子必读', ...BODY].join('\n'));
    expect(draftTitle(result.drafts[0]!)).toBe('为什么要向党组织作思想汇报?');
    expect(squeeze(printedText(result.drafts[0]!))).toContain('——入党积极分子必读');
  });
});

describe('bylines, sources and dates go into the metadata', () => {
  it('a labelled byline with source and date', async () => {
    const draft = (await imported(BYLINE_PAGES.labelled)).drafts[0]!;
    expect(draft.meta).toMatchObject({ author: '徐浩然', source: '浙江日报', date: '2023-06-26' });
    expect(printedText(draft)).not.toContain('徐浩然');
  });

  it('an unlabelled 单位 姓名 line under the title', async () => {
    const draft = (await imported(BYLINE_PAGES.underTitle)).drafts[0]!;
    expect(draft.meta).toMatchObject({ author: '张三', unit: '某某市交通运输局' });
  });

  it('a reporters’ line at the end', async () => {
    const draft = (await imported(BYLINE_PAGES.reporter)).drafts[0]!;
    expect(draft.meta.author).toBe('李灿 陆乐');
    expect(printedText(draft)).not.toContain('本报记者');
  });

  it('never reads a sentence as a byline', () => {
    expect(parseByline('作者在文中指出，我们要坚持人民至上。')).toBeUndefined();
    expect(parseByline('2023年6月26日，我们召开了专题会议，研究部署下一步工作。')).toBeUndefined();
  });
});

describe('inline junk', () => {
  it.each(INLINE_KINDS)('removes %s and reports the pieces', (_kind, dirty, pieces) => {
    const result = removeInlineJunk(dirty);
    for (const piece of pieces) expect(result.text).not.toContain(piece);
    expect(result.removed.map((r) => r.text)).toEqual(expect.arrayContaining(pieces));
    expect(result.text).toMatch(/坚持人民至上|民主生活会/);
  });

  it('keeps brackets that are not pinyin, and letters that are text', () => {
    for (const clean of ['召开民主生活会(第一次)。', '推进 5G 建设，落实 A 类项目。', '版权所有 © 2024']) expect(removeInlineJunk(clean).text).toBe(clean);
  });

  it('keeps year ranges, a page-number line (joined across later) and an official site named in prose', () => {
    for (const clean of ['2021—2025年规划要落实。', '—3—', '可登录学校官网查询，网址是www.example.edu.cn。']) expect(removeInlineJunk(clean).text).toBe(clean);
  });

  it('restores typographic entities a site printed as text', () => {
    const result = removeInlineJunk('关于“程序问题&rdquo和&ldquo;程序性动议&rdquo;的说明');
    expect(result.text).toBe('关于“程序问题”和“程序性动议”的说明');
    expect(result.removed.map((r) => r.text)).toEqual(['&rdquo', '&ldquo;', '&rdquo;']);
  });

  it('the import keeps the line and puts the removed pieces in the note for the preview', async () => {
    const result = await imported([TITLE, `${BODY[0]}##paidbegin##`, BODY[1]].join('\n'));
    expect(squeeze(printedText(result.drafts[0]!))).not.toContain('##paidbegin##');
    expect(result.notes).toContainEqual(expect.objectContaining({ kind: 'removed', line: 2, inline: ['##paidbegin##'] }));
  });
});

describe('line classes', () => {
  it.each([
    ['2019-07-02 17:25:00', 'furniture'],
    ['• 24.50 KB', 'furniture'],
    ['首页 > 理论 > 正文', 'furniture'],
    ['$ m4 D( A7 D( u; a, D: D0 K7 n', 'furniture'],
    ['会议时间：2024年6月20日', 'short'],
    ['联系群众不紧密 | 公仆意识淡化，群众路线践行不够 | 落实驻村蹲点制度，开通民生直通车', 'prose'],
    [BODY[0]!, 'prose'],
  ])('%s is %s', (text, expected) => {
    expect(classifyLine(text)).toBe(expected);
  });
});

describe('compilations', () => {
  it.each(COMPILATION_MARKERS)('splits at $marker', async ({ text }) => {
    const result = await imported(text);
    expect(result.drafts.map(draftTitle)).toEqual(['学习“千万工程”研讨发言', '学习“浦江经验”研讨发言']);
    expect(result.volume?.title).toBe('研讨发言材料(共2篇)');
  });

  it('splits at markers printed after the title (…篇1)', async () => {
    const result = await imported(TRAILING_MARKERS);
    expect(result.drafts.map(draftTitle)).toEqual(['履职报告', '履职报告']);
  });
});

describe('hard line breaks', () => {
  it('rejoins a page hard-wrapped at one width, sentence by sentence', async () => {
    const result = await imported(HARD_WRAPPED);
    const printed = squeeze(printedText(result.drafts[0]!));
    for (const line of BODY) for (const sentence of sentencesOf(line)) expect(printed).toContain(sentence);
    expect(result.notes.filter((n) => n.kind === 'joined').length).toBeGreaterThan(3);
    // The first wrapped line has no punctuation, but it is not taken for the title, and the salutation stays.
    expect(draftTitle(result.drafts[0]!)).toBe(TITLE);
    expect(blockTexts(printedText(result.drafts[0]!))).toContain('同志们:');
  });
});

describe('no article', () => {
  it('a page of menus and footers only is refused with 没有找到正文', async () => {
    await expect(imported(['首页 | 新闻 | 登录 | 注册', '版权所有 © 某某网 2024', '2024-01-02 10:00:00'].join('\n'))).rejects.toMatchObject({
      code: 'invalid-input',
      userMessage: expect.stringMatching(/^没有找到正文/),
    });
  });
});
