import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBERING } from '../../core/model/numbering.js';
import type { Draft } from '../../core/model/schema.js';
import { docxParagraphTexts } from '../support/docx-text.js';
import { writeWorkspaceDraft } from '../support/editor-host.js';
import { EditorPage } from '../support/editor-page.js';
import { TEST_OUTPUT, useEditorSession } from '../support/editor-session.js';
import { callService } from '../support/service-call.js';

const session = useEditorSession();

const GREEN = { text: '绿水青山就是金山银山', speaker: '习近平总书记', source: '《之江新语》', date: '2005年8月', themes: [], status: '已核' as const };
const TYPED = '我们要坚持不懈加强理论学习,持续提高政治判断力,在急难险重任务面前勇于担当作为,在大是大非面前敢于挺身而出。习近平总书记强调：“绿水青山就是金山很山”。';
/** A sentence said twice: a warning no button fixes, so the pre-export summary still has something to say. */
const REPEATED = '学习贯彻要落到具体工作中去。学习贯彻要落到具体工作中去。';

const FREE_DRAFT: Draft = {
  schemaVersion: 1,
  meta: { author: '', unit: '', date: '', theme: '', genre: '学习心得体会', templateId: '' },
  numbering: DEFAULT_NUMBERING,
  children: [
    { type: 'title', children: [{ text: '学习心得' }] },
    { type: 'paragraph', children: [{ text: '我们要' }] },
    { type: 'paragraph', children: [{ text: REPEATED }] },
  ],
};

const halfWidthCommas = (text: string): number => (text.match(/,/g) ?? []).length;

/** These tests are about the checks, not the starter pack, whose quotations would also match 绿水青山就是金山银山. */
async function emptyLibrary(host: Parameters<typeof callService>[0]): Promise<void> {
  const { results } = await callService(host, 'searchQuotes', { query: '', limit: 500 });
  for (const { quote } of results) await callService(host, 'deleteQuote', { id: quote.id });
}

describe('the 体检 tab', () => {
  it('lists findings by kind as you type, jumps to one, fixes one and all (undoable), replaces a misquotation, and summarises before export', async () => {
    const web = session.web();
    await emptyLibrary(web.host);
    await callService(web.host, 'saveQuote', { quote: GREEN });
    const fileName = await writeWorkspaceDraft(web.workspace, '心得', FREE_DRAFT);
    const editor = await EditorPage.open(session.context(), web, fileName);
    const panel = await editor.openSideTab('体检');
    await expect.poll(() => editor.findingGroups()).toEqual(['重复 1']);

    await editor.clickInto('paragraph', 0);
    await editor.type(TYPED.slice('我们要'.length));
    // After a pause in typing: the commas and the misquotation, each group with its count.
    await expect.poll(() => editor.findingGroups()).toEqual(['标点符号 3', '重复 1', '引文核校 1']);
    await expect(panel.getByRole('status').textContent()).resolves.toBe('共 5 处：错误 3 · 警告 2');
    await expect(editor.sideTab('体检').textContent()).resolves.toBe('体检5');
    // Underlined in the page: three commas (errors) and the quoted words (a warning).
    await expect(editor.editor.locator('.dw-finding.error').allTextContents()).resolves.toEqual([',', ',', ',']);
    await expect(editor.editor.locator('.dw-finding.warning').allTextContents()).resolves.toEqual(expect.arrayContaining(['绿水青山就是金山很山']));

    await expect(editor.findings('标点符号').first().textContent()).resolves.toContain('第1段…坚持不懈加强理论学习,持续');
    await expect(editor.findings('重复').first().textContent()).resolves.toContain('第2段');
    // The quotation finding: what differs, and the library's source.
    const misquote = editor.findings('引文核校').first();
    await expect(misquote.textContent()).resolves.toContain('引文与金句库有 1 处字词不同');
    await expect(misquote.locator('del').allTextContents()).resolves.toEqual(['很']);
    await expect(misquote.locator('ins').allTextContents()).resolves.toEqual(['银']);
    await expect(misquote.textContent()).resolves.toContain('金句库：习近平总书记 · 《之江新语》');
    await editor.page.screenshot({ path: path.join(TEST_OUTPUT, 'side-panel-checks.png') });

    // Click a finding: its text is selected in the page.
    await editor.findings('标点符号').nth(1).getByRole('button', { name: /半角逗号/ }).click();
    await expect.poll(() => editor.page.evaluate(() => window.getSelection()?.toString())).toBe(',');
    // The second comma, not the first: the paragraph's text before the selection.
    const before = await editor.page.evaluate(() => {
      const range = document.getSelection()!.getRangeAt(0);
      const lead = document.createRange();
      lead.selectNodeContents(range.startContainer.parentElement!.closest('.dw-text')!);
      lead.setEnd(range.startContainer, range.startOffset);
      return lead.toString().replace(/\uFEFF/g, '');
    });
    expect(before).toBe('我们要坚持不懈加强理论学习,持续提高政治判断力');

    // 修正 one.
    await editor.findings('标点符号').first().getByRole('button', { name: '修正', exact: true }).click();
    await expect.poll(() => editor.blockText('paragraph', 0)).toContain('加强理论学习，持续提高政治判断力,在急难');
    await expect.poll(() => editor.findingGroups()).toEqual(['标点符号 2', '重复 1', '引文核校 1']);

    // 全部修正: every mechanical fix; the quotation and the repetition wait for a person.
    await panel.getByRole('button', { name: /^全部修正（2）$/ }).click();
    await expect.poll(() => editor.blockText('paragraph', 0)).toBe(TYPED.replaceAll(',', '，'));
    await expect.poll(() => editor.findingGroups()).toEqual(['重复 1', '引文核校 1']);

    // Ctrl+Z undoes 全部修正 as one step, and the findings come back.
    await editor.clickInto('paragraph', 1);
    await editor.page.keyboard.press('Control+z');
    await expect.poll(async () => halfWidthCommas(await editor.blockText('paragraph', 0))).toBe(2);
    await expect.poll(() => editor.findingGroups()).toEqual(['标点符号 2', '重复 1', '引文核校 1']);
    // The group's own 全部修正 fixes them again.
    await panel.getByRole('region', { name: '标点符号' }).getByRole('button', { name: '全部修正' }).click();
    await expect.poll(async () => halfWidthCommas(await editor.blockText('paragraph', 0))).toBe(0);

    // 替换为库中原文: the library's words; the quotation is ✓ once verified again.
    await editor.findings('引文核校').first().getByRole('button', { name: '替换为库中原文' }).click();
    await expect.poll(() => editor.blockText('paragraph', 0)).toContain('“绿水青山就是金山银山”');
    await expect.poll(() => editor.findingGroups()).toEqual(['重复 1', '引文核校']);
    await expect(editor.sidePanel.getByRole('list', { name: '引文一致' }).textContent()).resolves.toContain('“绿水青山就是金山银山”与《之江新语》2005年8月 表述一致');

    // Before export: the repetition is still there. 去修改 goes back to the 体检 tab.
    await editor.openSideTab('金句');
    await editor.shell.topButton('导出 Word').click();
    const summary = editor.shell.checkSummaryDialog;
    await expect(summary.getByRole('heading').textContent()).resolves.toBe('发现 1 处问题');
    await expect(summary.textContent()).resolves.toContain('体检发现警告 1 处');
    await expect(summary.getByRole('listitem').allTextContents()).resolves.toEqual([expect.stringContaining('这句话在本段前面已经出现过')]);
    await editor.page.screenshot({ path: path.join(TEST_OUTPUT, 'export-check-summary.png') });
    await summary.getByRole('button', { name: '去修改' }).click();
    await expect.poll(() => editor.sideTab('体检').getAttribute('aria-selected')).toBe('true');
    await expect(editor.shell.exportDialog.count()).resolves.toBe(0);

    // 仍然导出: the settings dialog, then a .docx without the errors.
    const download = await editor.exportWord();
    const text = docxParagraphTexts(new Uint8Array(await readFile((await download.path())!))).join('\n');
    expect(text).toContain('我们要坚持不懈加强理论学习，持续提高政治判断力，在急难险重任务面前勇于担当作为，在大是大非面前敢于挺身而出。习近平总书记强调：“绿水青山就是金山银山”。');
    expect(halfWidthCommas(text)).toBe(0);
    expect(editor.problems).toEqual([]);
  });

  it('checks in their own worker, word segmenter included: 的/地/得 is found while the page stays free', async () => {
    const web = session.web();
    const fileName = await writeWorkspaceDraft(web.workspace, '心得', { ...FREE_DRAFT, children: [FREE_DRAFT.children[0]!, FREE_DRAFT.children[1]!] });
    const editor = await EditorPage.open(session.context(), web, fileName);
    await editor.openSideTab('体检');
    await editor.clickInto('paragraph', 0);
    await editor.type('大家都要认真的学习党章。');
    // The worker loads the 4 MB word segmenter first: longer than expect.poll's default second on a busy machine.
    await expect.poll(() => editor.findingGroups(), { timeout: 10_000 }).toEqual(['用词 1']);
    await expect(editor.findings('用词').first().textContent()).resolves.toContain('“的”应为“地”');
    // The checks ran in the worker (its script was fetched), and the page never loaded the segmenter itself.
    const loaded = await editor.page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(loaded.some((name) => /checks-worker[^/]*\.js$/.test(name))).toBe(true);
    expect(editor.problems).toEqual([]);
  });

  it('忽略 keeps a finding hidden as the checks run again, and 加入金句库 turns 未收录 into 库中有此句（出处待核）, never a ✓', async () => {
    const web = session.web();
    const fileName = await writeWorkspaceDraft(web.workspace, '心得', { ...FREE_DRAFT, children: [FREE_DRAFT.children[0]!, FREE_DRAFT.children[1]!, { type: 'paragraph', children: [{ text: '另一段。' }] }] });
    const editor = await EditorPage.open(session.context(), web, fileName);
    await editor.clickInto('paragraph', 0);
    await editor.type('坚持学习,提高本领。毛泽东同志指出：“世上无难事，只要肯登攀”。');
    const panel = await editor.openSideTab('体检');
    await expect.poll(() => editor.findingGroups()).toEqual(['标点符号 1', '引文核校 1']);
    await expect(editor.findings('引文核校').first().textContent()).resolves.toContain('未收录');

    await editor.findings('标点符号').first().getByRole('button', { name: '忽略' }).click();
    await expect.poll(() => editor.findingGroups()).toEqual(['引文核校 1']);
    // Typing elsewhere runs the checks again: the new comma is listed, the ignored one is not.
    await editor.clickInto('paragraph', 1);
    await editor.type('再写一句,好。');
    await expect.poll(() => editor.findingGroups()).toEqual(['标点符号 1', '引文核校 1']);
    await expect(editor.findings('标点符号').first().textContent()).resolves.toContain('再写一句,好');
    await expect(editor.editor.locator('.dw-finding.error').allTextContents()).resolves.toEqual([',']);

    // 加入金句库: the 金句 tab's form, filled in from the quotation.
    await editor.findings('引文核校').first().getByRole('button', { name: '加入金句库' }).click();
    await expect.poll(() => editor.sideTab('金句').getAttribute('aria-selected')).toBe('true');
    const form = editor.sidePanel.getByRole('form', { name: '添加金句' });
    await expect(form.getByLabel('原文', { exact: true }).inputValue()).resolves.toBe('世上无难事，只要肯登攀');
    await expect(form.getByLabel('讲话人', { exact: true }).inputValue()).resolves.toBe('毛泽东同志');
    await form.getByRole('button', { name: '保存', exact: true }).click();
    await editor.sidePanel.getByText('已加入金句库。').waitFor();

    // Back on 体检 the quotation is checked again: in the library now, but without a checked source it gets no ✓.
    await editor.openSideTab('体检');
    await expect.poll(() => editor.findings('引文核校').first().textContent()).toContain('库中有此句（出处待核）');
    await expect(panel.getByRole('list', { name: '引文一致' }).count()).resolves.toBe(0);
    expect(editor.problems).toEqual([]);
  });
});
