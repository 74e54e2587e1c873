import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppPage, type WizardValues } from '../support/app-page.js';
import { launchChromium, newAppContext } from '../support/browser.js';
import { EditorPage } from '../support/editor-page.js';
import { REPO_ROOT } from '../support/corpus.js';
import { guardRequests, type RequestGuard } from '../support/request-guard.js';
import { startTestWebHost, type TestWebHost } from '../support/web-host.js';

const THREE_POINT = '研讨发言（三点式）';
const VALUES: WizardValues = { theme: '学习“千万工程”经验', role: '交通运输执法队队员', unit: '某某县交通运输执法队', author: '张三', date: '2026年11月24日' };

let browser: Browser;
let web: TestWebHost;
let context: BrowserContext;
let guard: RequestGuard;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  web = await startTestWebHost();
  context = await newAppContext(browser);
  guard = await guardRequests(context);
});

afterEach(async () => {
  await context.close();
  await web.close();
  expect(guard.offending()).toEqual([]);
});

const historyFolders = async (): Promise<string[]> => {
  const root = path.join(web.workspace, '历史');
  return existsSync(root) ? (await readdir(root)).map((name) => path.join(root, name)) : [];
};

/** A draft from the 三点式 template, saved as 历史测试 with the opening written, then saved again with the first point written. */
async function draftSavedTwice(): Promise<{ app: AppPage; editor: EditorPage; counts: number[] }> {
  const app = await AppPage.open(context, web.host.url);
  await app.newDraftFromTemplate(THREE_POINT, VALUES);
  const editor = await EditorPage.attach(app);
  const total = async () => Number(((await editor.statusBar.getByTestId('total-chars').textContent()) ?? '').replace(/,/g, ''));
  await app.typeInFirstEmptyParagraph('第一稿的开头。');
  await app.page.keyboard.press('Control+s');
  await app.answerSaveName('历史测试');
  await expect.poll(() => app.isDirty()).toBe(false);
  const first = await total();
  await editor.clickInto('point', 0);
  await app.page.keyboard.type('第二稿新增的话。');
  await expect.poll(() => app.isDirty()).toBe(true);
  await app.page.keyboard.press('Control+s');
  await expect.poll(() => app.isDirty()).toBe(false);
  return { app, editor, counts: [await total(), first] };
}

describe('历史版本', () => {
  it('lists each save with its time and 字数, compares two versions character by character, restores one, and undoes the restore', async () => {
    const { app, editor, counts } = await draftSavedTwice();
    expect(counts).toEqual([7 + 8, 7]); // the body only: 第一稿的开头。 then 第二稿新增的话。 too
    const [folder] = await historyFolders();
    expect((await readdir(folder!)).filter((name) => name.endsWith('-save.json'))).toHaveLength(2);

    await app.topButton('历史版本').click();
    const dialog = app.dialog('历史版本 — 历史测试.gaojiang');
    const rows = dialog.getByRole('list', { name: '历史版本列表' }).getByRole('button');
    await expect.poll(() => rows.count()).toBe(2);
    // Newest first, each with its count as the status bar showed it when saved.
    await expect(rows.allInnerTexts()).resolves.toEqual([expect.stringMatching(/今天 \d\d:\d\d:\d\d\s+保存 · 15 字/), expect.stringMatching(/今天 \d\d:\d\d:\d\d\s+保存 · 7 字/)]);
    // The newest version against the editor: the same.
    await expect.poll(() => dialog.getByTestId('diff-summary').textContent()).toBe('两者相同');

    // The first version against the editor: the point's words are marked as only on the right.
    await rows.nth(1).click();
    await expect.poll(() => dialog.getByTestId('diff-summary').textContent()).toBe('左侧独有 0 字 · 右侧独有 8 字');
    await expect(dialog.locator('ins.diff-added').allTextContents()).resolves.toEqual(['第二稿新增的话。']);
    await expect(dialog.locator('del.diff-removed').count()).resolves.toBe(0);
    // Any two: the first version against the second, swapped round.
    await dialog.getByLabel('左侧', { exact: true }).selectOption({ index: 1 }); // the newest version
    await dialog.getByLabel('右侧', { exact: true }).selectOption({ index: 2 }); // the first
    await expect.poll(() => dialog.getByTestId('diff-summary').textContent()).toBe('左侧独有 8 字 · 右侧独有 0 字');
    await expect(dialog.locator('del.diff-removed').allTextContents()).resolves.toEqual(['第二稿新增的话。']);
    await mkdir(path.join(REPO_ROOT, 'test-output'), { recursive: true });
    await app.page.screenshot({ path: path.join(REPO_ROOT, 'test-output', 'history-dialog.png') });

    // Restore the first version: the editor loses the point's words and has unsaved changes.
    await rows.nth(1).click();
    await dialog.getByRole('button', { name: /^恢复左侧版本/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await app.statusNotice.getByText(/已恢复 今天 .* 的版本/).waitFor();
    await expect.poll(() => editor.blockText('point', 0)).toBe('');
    await expect.poll(() => editor.blockText('paragraph', 0)).toBe('第一稿的开头。');
    await expect.poll(() => editor.statusBar.getByTestId('total-chars').textContent()).toBe('7');
    expect(await app.isDirty()).toBe(true);

    // The restore is one undo step: Ctrl+Z brings the second version back, and it matches the saved file again.
    await editor.clickInto('paragraph', 0);
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => editor.blockText('point', 0)).toBe('第二稿新增的话。');
    await expect.poll(() => app.isDirty()).toBe(false);
    expect(app.pageProblems).toEqual([]);
  });

  it('lists a damaged version file as damaged without blocking the others, and asks before restoring over unsaved work', async () => {
    const { app, editor } = await draftSavedTwice();
    const [folder] = await historyFolders();
    await writeFile(path.join(folder!, `${Date.now() - 60_000}-auto.json`), '{"version": {"path": "'); // cut off mid-write

    // Unsaved work in the editor.
    await editor.clickInto('point', 1);
    await app.page.keyboard.type('尚未保存。');
    await expect.poll(() => app.isDirty()).toBe(true);

    await app.topButton('历史版本').click();
    const dialog = app.dialog(/^历史版本/);
    const list = dialog.getByRole('list', { name: '历史版本列表' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3);
    await expect(list.getByRole('listitem').nth(2).innerText()).resolves.toMatch(/文件已损坏，无法打开/);
    await expect(list.getByRole('button').count()).resolves.toBe(2);
    // The unsaved text shows against the newest version.
    await expect.poll(() => dialog.locator('ins.diff-added').allTextContents()).toEqual(['尚未保存。']);

    await list.getByRole('button').nth(1).click();
    await dialog.getByRole('button', { name: /^恢复左侧版本/ }).click();
    const question = app.dialog('恢复历史版本？');
    await question.getByText(/有未保存的修改/).waitFor();
    await question.getByRole('button', { name: '取消' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await editor.blockText('point', 1)).toBe('尚未保存。');

    await dialog.getByRole('button', { name: /^恢复左侧版本/ }).click();
    await question.getByRole('button', { name: '恢复' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => editor.blockText('point', 1)).toBe('');
    await expect.poll(() => editor.blockText('point', 0)).toBe('');
    expect(app.pageProblems).toEqual([]);
  });
});

describe('关闭 (Ctrl+W)', () => {
  it('asks 保存 / 不保存 / 取消 when there are unsaved changes, and closes a saved draft at once', async () => {
    const app = await AppPage.open(context, web.host.url);
    await app.newDraftFromTemplate(THREE_POINT, VALUES);
    await app.typeInFirstEmptyParagraph('还没保存的开头。');
    const question = app.dialog('保存修改？');
    const startPage = app.page.getByRole('heading', { name: '开始写一份稿件' });

    await app.page.keyboard.press('Control+w');
    await question.getByRole('button', { name: '取消' }).click();
    await question.waitFor({ state: 'detached' });
    await expect(app.draft.getByText('还没保存的开头。').count()).resolves.toBe(1);
    expect(await startPage.count()).toBe(0);

    // 保存 asks for a name, saves, then closes.
    await app.page.keyboard.press('Control+w');
    await question.getByRole('button', { name: '保存', exact: true }).click();
    await app.answerSaveName('关闭前保存');
    await startPage.waitFor();
    expect(existsSync(path.join(web.workspace, '稿件', '关闭前保存.gaojiang'))).toBe(true);
    await expect.poll(() => app.page.title()).toBe('稿匠');

    // A draft with nothing unsaved closes without a question (the top bar's 关闭 button).
    await app.openFromLibrary('关闭前保存.gaojiang');
    await app.topButton('关闭').click();
    await startPage.waitFor();
    expect(await question.count()).toBe(0);

    // 不保存 closes and drops the autosave copy of the unsaved work.
    await app.openFromLibrary('关闭前保存.gaojiang');
    const editor = await EditorPage.attach(app);
    await editor.clickInto('point', 0);
    await app.page.keyboard.type('又改了一句。');
    await expect.poll(async () => (existsSync(path.join(web.workspace, '恢复')) ? (await readdir(path.join(web.workspace, '恢复'))).length : 0), { timeout: 10_000 }).toBe(1);
    await app.page.keyboard.press('Control+w');
    await question.getByRole('button', { name: '不保存' }).click();
    await startPage.waitFor();
    await expect.poll(async () => (await readdir(path.join(web.workspace, '恢复'))).length).toBe(0);
    expect(app.pageProblems).toEqual([]);
  });
});

describe('字数: one count everywhere', () => {
  it('the import preview, the status bar and the outline give the body’s count (no title, no 一是/一、 labels); a new draft starts at 0', async () => {
    const app = await AppPage.open(context, web.host.url);
    // A new draft from a template: the title, the author line and the labels are not 字数.
    await app.newDraftFromTemplate(THREE_POINT, VALUES);
    const editor = await EditorPage.attach(app);
    await expect.poll(() => editor.statusBar.getByTestId('total-chars').textContent()).toBe('0');

    await app.topButton('导入').click();
    await app.importDialog
      .getByLabel('粘贴的文字')
      .fill(['关于加强学习的体会', '一、提高认识', '我们要提高认识，GDP增长4.5%。', '二、狠抓落实', '一是加强学习。认真学习。', '二是改进作风。转变作风。'].join('\n'));
    await app.importDialog.getByRole('button', { name: '识别结构' }).click();
    const { structure } = app.importPanes();
    await structure.locator('[data-kind="point"]').first().waitFor();
    // 提高认识 4 + 我们要提高认识，GDP增长4.5%。 14 (GDP and 4.5 one each, as Word counts) + 狠抓落实 4 + 10 + 10.
    await expect(structure.textContent()).resolves.toContain('2 个标题 · 2 个分点 · 42 字');
    await app.importDialog.getByRole('button', { name: '确定导入' }).click();
    await app.dialog('保存修改？').getByRole('button', { name: '不保存' }).click();
    await app.importDialog.waitFor({ state: 'detached' });

    await expect.poll(() => editor.statusBar.getByTestId('total-chars').textContent()).toBe('42');
    // The outline: each top heading with what lies under it, adding up to the same 42.
    const counts = async () =>
      (await editor.outline.locator('.dw-outline-count').allTextContents()).map((text) => Number(text.replace(/[^\d/]/g, '').split('/')[0]));
    await expect.poll(async () => (await editor.outline.getByRole('listitem').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      '一、提高认识 18 字',
      '二、狠抓落实 24 字',
      '一是加强学习。 10 字',
      '二是改进作风。 10 字',
    ]);
    const [first, second] = await counts();
    expect(first! + second!).toBe(42);
    expect(app.pageProblems).toEqual([]);
  });
});

describe('editor polish', () => {
  it('the wizard’s 日期 starts at today; 导出 Word with nothing open looks disabled; the closing’s starters are headed 常用结尾', async () => {
    const app = await AppPage.open(context, web.host.url);
    const exportButton = app.topButton('导出 Word');
    const background = () => exportButton.evaluate((button) => getComputedStyle(button).backgroundColor);
    // Nothing open: disabled, and grey rather than a paler seal red.
    expect(await exportButton.isDisabled()).toBe(true);
    // Polled: the button's colours change with a short transition.
    await expect.poll(background).toBe('rgb(242, 239, 233)');

    await app.topButton('新建').click();
    await app.wizard.getByRole('combobox', { name: '搜索模板' }).fill(THREE_POINT);
    await app.wizard.getByRole('option', { name: THREE_POINT }).click();
    await app.wizard.getByRole('button', { name: '下一步' }).click();
    const now = new Date();
    await expect(app.wizard.getByLabel(/^日期/).inputValue()).resolves.toBe(`${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`);
    await app.fillWizardForm({ theme: VALUES.theme });
    await app.wizard.getByRole('button', { name: '创建稿件' }).click();
    await app.wizard.waitFor({ state: 'detached' });

    expect(await exportButton.isDisabled()).toBe(false);
    await expect.poll(background).toBe('rgb(162, 39, 30)');

    const editor = await EditorPage.attach(app);
    await editor.clickInto('closing', 0);
    await expect.poll(() => editor.sidePanel.locator('.dw-starters-title').textContent()).toBe('常用结尾 · 点击插入到光标处');
    await editor.clickInto('paragraph', 0);
    await expect.poll(() => editor.sidePanel.locator('.dw-starters-title').textContent()).toBe('常用开头 · 点击插入到光标处');
    expect(app.pageProblems).toEqual([]);
  });
});
