import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { instantiateTemplate } from '../../core/templates/instantiate.js';
import { parseTemplate } from '../../core/templates/load.js';
import { REPO_ROOT } from '../support/corpus.js';
import { readDocxParts } from '../support/docx-parts.js';
import { docxParagraphTexts } from '../support/docx-text.js';
import { writeWorkspaceDraft } from '../support/editor-host.js';
import { EditorPage } from '../support/editor-page.js';
import { TEST_OUTPUT, useEditorSession } from '../support/editor-session.js';
import { callService } from '../support/service-call.js';
import { GREEN, THEME_PACK, THEME_TITLE } from '../fixtures/theme-pack.js';

// A fresh workspace (and so a fresh 金句库 with the starter pack) for every test.
/** A quotation without a source: 待核. */
const PENDING = { text: '干事担事，是干部的职责所在，也是价值所在。', speaker: '习近平总书记' };
const session = useEditorSession();
let template: ReturnType<typeof parseTemplate>;

beforeAll(async () => {
  template = parseTemplate('t.json', await readFile(path.join(REPO_ROOT, 'templates/yantao-fayan-sandian.json'), 'utf8'));
});

async function openDraftOn(theme: string): Promise<EditorPage> {
  const draft = instantiateTemplate(template, { theme, unit: '某某县交通运输执法队', author: '张三' });
  const fileName = await writeWorkspaceDraft(session.web().workspace, '研讨发言', draft);
  return EditorPage.open(session.context(), session.web(), fileName);
}

describe('the 金句 tab', () => {
  it('suggests the theme’s quotations, searches as you type, inserts one with its source, and exports it as a footnote', async () => {
    await callService(session.web().host, 'importThemePack', { text: JSON.stringify(THEME_PACK) });
    await callService(session.web().host, 'saveQuote', { quote: PENDING });
    const editor = await openDraftOn(THEME_TITLE);
    const panel = await editor.openSideTab('金句');

    // Before any query: the quotations of the draft's theme.
    await panel.getByText('本主题推荐').waitFor();
    await expect(editor.quoteCards.allTextContents()).resolves.toEqual([expect.stringContaining(GREEN.text)]);

    // A quotation without a source found by two of its words, the match marked, its source line saying so.
    const pending = await editor.searchQuotes('职责', PENDING.text);
    await expect(pending.locator('mark').allTextContents()).resolves.toEqual(['职责']);
    await expect(pending.locator('.qt-meta').textContent()).resolves.toBe('习近平总书记出处未录入待核');

    // The source line under a checked quotation: source · date, and 已核.
    // The starter pack has checked quotations with 金山银山 too: the theme's is picked by its source line.
    const card = await editor.searchQuotes('金山银山', '《之江新语》 · 2005年8月');
    await expect(card.textContent()).resolves.toContain(GREEN.text);
    await expect(card.locator('mark').allTextContents()).resolves.toEqual(['金山银山']);
    await expect(card.locator('.qt-meta').textContent()).resolves.toBe('习近平总书记《之江新语》 · 2005年8月已核');

    await editor.clickInto('paragraph', 0);
    await editor.type('我们要牢记');
    await card.getByRole('button', { name: /^插入/ }).click();
    await expect.poll(() => editor.shell.quotes()).toEqual([{ text: `“${GREEN.text}”`, title: expect.stringContaining('出处：《之江新语》，2005年8月') }]);
    await expect(editor.editor.locator('.dw-paragraph').first().textContent()).resolves.toMatch(/我们要牢记习近平总书记强调：“绿水青山就是金山银山”。/);
    // The usage count went up in the library and on the card.
    await card.getByText('已用 1 次').waitFor();
    const { results } = await callService(session.web().host, 'searchQuotes', { query: GREEN.text });
    expect(results[0]?.quote.usageCount).toBe(1);
    await editor.page.screenshot({ path: path.join(TEST_OUTPUT, 'side-panel-quotes.png') });

    const download = await editor.exportWord({ quoteSources: 'footnotes' });
    const bytes = new Uint8Array(await readFile((await download.path())!));
    expect(docxParagraphTexts(bytes).join('\n')).toContain(`习近平总书记强调：“${GREEN.text}”。`);
    const footnotes = readDocxParts(bytes).part('word/footnotes.xml');
    expect(footnotes).toContain('习近平总书记：《之江新语》，2005年8月。');
    expect(editor.problems).toEqual([]);
  });

  it('filters by speaker, 已核 / 待核 and theme, and adds a quotation with the 添加金句 form', async () => {
    await callService(session.web().host, 'saveQuote', { quote: { text: '世界上怕就怕“认真”二字，共产党就最讲“认真”。', speaker: '毛泽东同志' } });
    const editor = await openDraftOn('主题教育');
    const panel = await editor.openSideTab('金句');
    // No installed theme: the library, newest first (the starter pack and ours).
    await panel.getByText('金句库 · 最近添加').waitFor();
    await expect.poll(() => editor.quoteCards.count()).toBeGreaterThan(0);

    // Speaker: only 毛泽东同志's.
    await panel.getByRole('searchbox', { name: '讲话人' }).fill('毛泽东');
    await expect.poll(async () => (await editor.quoteCards.allTextContents()).some((card) => card.includes('世界上怕就怕'))).toBe(true);
    await expect.poll(async () => (await editor.quoteCards.locator('.qt-meta').allTextContents()).every((meta) => meta.startsWith('毛泽东'))).toBe(true);
    await panel.getByRole('searchbox', { name: '讲话人' }).fill('');

    // 已核: every card shown says 已核 (or none is shown).
    await panel.getByRole('combobox', { name: '核实情况' }).selectOption('已核');
    await expect.poll(async () => (await editor.quoteCards.locator('.qt-badge').allTextContents()).every((badge) => badge === '已核')).toBe(true);

    await panel.getByRole('button', { name: '＋ 添加金句' }).click();
    const form = panel.getByRole('form', { name: '添加金句' });
    await form.getByLabel('原文', { exact: true }).fill('“为官一任，造福一方”');
    await form.getByLabel('讲话人', { exact: true }).fill('习近平总书记');
    await form.getByLabel('主题', { exact: true }).fill('为民造福、政绩观');
    await form.getByLabel(/^已核/).check();
    await form.getByRole('button', { name: '保存', exact: true }).click();
    await form.getByText('标为“已核”须填写出处（讲话或文章、刊载处或网址）。').waitFor();
    await form.getByLabel('出处', { exact: true }).fill('《之江新语》');
    await form.getByLabel('刊载', { exact: true }).fill('浙江人民出版社2007年版');
    await form.getByRole('button', { name: '保存', exact: true }).click();
    await panel.getByText('已加入金句库。').waitFor();

    // Saved without the “”, 已核, under both themes; the 已核 filter finds it, 待核 does not.
    await editor.searchQuotes('造福一方', '为官一任，造福一方');
    await panel.getByRole('combobox', { name: '核实情况' }).selectOption('待核');
    await panel.getByText('没有找到相符的金句').waitFor();
    await panel.getByRole('combobox', { name: '核实情况' }).selectOption('all');
    await panel.getByRole('searchbox', { name: '搜索金句' }).fill('');
    await panel.getByRole('combobox', { name: '主题' }).selectOption('政绩观');
    await expect.poll(() => editor.quoteCards.allTextContents()).toEqual([expect.stringContaining('为官一任，造福一方')]);
    const { results } = await callService(session.web().host, 'searchQuotes', { query: '造福一方' });
    expect(results[0]?.quote).toMatchObject({
      text: '为官一任，造福一方',
      source: '《之江新语》',
      publishedIn: '浙江人民出版社2007年版',
      status: '已核',
      checkedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      themes: ['为民造福', '政绩观'],
    });
    expect(editor.problems).toEqual([]);
  });
});
