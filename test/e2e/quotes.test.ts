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
import { SEARCH_PAGE_SIZE } from '../../renderer/src/editor/quotes/quote-logic.js';

// A fresh workspace (and so a fresh 金句库 with the starter pack) for every test.
const session = useEditorSession();
let template: ReturnType<typeof parseTemplate>;
/** How many of the starter pack's quotations are 待核, and how many in all. */
let starter: { total: number; unverified: number };

beforeAll(async () => {
  template = parseTemplate('t.json', await readFile(path.join(REPO_ROOT, 'templates/yantao-fayan-sandian.json'), 'utf8'));
  const pack = JSON.parse(await readFile(path.join(REPO_ROOT, 'data/quotes/starter-pack.json'), 'utf8')) as { quotes: { status: string }[] };
  starter = { total: pack.quotes.length, unverified: pack.quotes.filter((q) => q.status === '待核').length };
});

async function openDraftOn(theme: string): Promise<EditorPage> {
  const draft = instantiateTemplate(template, { theme, unit: '某某县交通运输执法队', author: '张三' });
  const fileName = await writeWorkspaceDraft(session.web().workspace, '研讨发言', draft);
  return EditorPage.open(session.context(), session.web(), fileName);
}

describe('the 金句 tab', () => {
  it('suggests the theme’s quotations, searches as you type, inserts one with its source, and exports it as a footnote', async () => {
    await callService(session.web().host, 'importThemePack', { text: JSON.stringify(THEME_PACK) });
    const editor = await openDraftOn(THEME_TITLE);
    const panel = await editor.openSideTab('金句');

    // Before any query: the quotations of the draft's theme.
    await panel.getByText('本主题推荐').waitFor();
    await expect(editor.quoteCards.allTextContents()).resolves.toEqual([expect.stringContaining(GREEN.text)]);

    // A starter-pack quotation found by two of its words, the match marked.
    const starter = await editor.searchQuotes('职责', '干事担事');
    await expect(starter.locator('mark').allTextContents()).resolves.toEqual(['职责']);
    await expect(starter.textContent()).resolves.toContain('待核');

    // The starter pack has checked quotations with 金山银山 too: pick the theme's by its source.
    const card = await editor.searchQuotes('金山银山', '《之江新语》，2005年8月');
    await expect(card.textContent()).resolves.toContain(GREEN.text);
    await expect(card.locator('mark').allTextContents()).resolves.toEqual(['金山银山']);
    await expect(card.textContent()).resolves.toMatch(/《之江新语》，2005年8月.*出处已核/);

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

  it('filters by 出处已核 / 待核 and theme, and adds a quotation with the 添加金句 form', async () => {
    const editor = await openDraftOn('主题教育');
    const panel = await editor.openSideTab('金句');
    // No installed theme: the library, newest first — a page of the starter pack.
    await panel.getByText('金句库 · 最近添加').waitFor();
    await expect.poll(() => editor.quoteCards.count()).toBe(Math.min(SEARCH_PAGE_SIZE, starter.total));
    const verified = panel.getByRole('combobox', { name: '核实情况' });
    await verified.selectOption('unverified');
    await expect.poll(() => editor.quoteCards.count()).toBe(Math.min(SEARCH_PAGE_SIZE, starter.unverified));
    await verified.selectOption('verified');

    await panel.getByRole('button', { name: '＋ 添加金句' }).click();
    const form = panel.getByRole('form', { name: '添加金句' });
    await form.getByLabel('原文', { exact: true }).fill('“为官一任，造福一方”');
    await form.getByLabel('讲话人', { exact: true }).fill('习近平总书记');
    await form.getByLabel('主题', { exact: true }).fill('为民造福、政绩观');
    await form.getByLabel(/出处已核/).check();
    await form.getByRole('button', { name: '保存', exact: true }).click();
    await form.getByText('标为“出处已核”须填写出处。').waitFor();
    await form.getByLabel('出处', { exact: true }).fill('《之江新语》');
    await form.getByRole('button', { name: '保存', exact: true }).click();
    await panel.getByText('已加入金句库。').waitFor();

    // Saved without the “”, verified, under both themes: newest under 出处已核, absent under 待核.
    await expect.poll(async () => (await editor.quoteCards.first().textContent()) ?? '').toContain('为官一任，造福一方');
    await verified.selectOption('unverified');
    await expect.poll(() => editor.quoteCards.count()).toBe(Math.min(SEARCH_PAGE_SIZE, starter.unverified));
    await expect(editor.quoteCards.filter({ hasText: '为官一任' }).count()).resolves.toBe(0);
    await verified.selectOption('all');
    await panel.getByRole('combobox', { name: '主题' }).selectOption('政绩观');
    await expect.poll(() => editor.quoteCards.allTextContents()).toEqual([expect.stringContaining('为官一任，造福一方')]);
    const { results } = await callService(session.web().host, 'searchQuotes', { query: '造福一方' });
    expect(results[0]?.quote).toMatchObject({ text: '为官一任，造福一方', source: '《之江新语》', verified: true, themes: ['为民造福', '政绩观'] });
    expect(editor.problems).toEqual([]);
  });
});
