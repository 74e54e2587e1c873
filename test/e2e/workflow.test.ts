import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseDraftJson } from '../../core/model/migrate.js';
import { draftTitle } from '../../core/model/text.js';
import { instantiateTemplate } from '../../core/templates/instantiate.js';
import { parseTemplate } from '../../core/templates/load.js';
import { AppPage, type WizardValues } from '../support/app-page.js';
import { launchChromium, newAppContext } from '../support/browser.js';
import { REPO_ROOT } from '../support/corpus.js';
import { readDocxParts } from '../support/docx-parts.js';
import { docxParagraphTexts } from '../support/docx-text.js';
import { FIXTURES } from '../support/fixtures.js';
import { guardRequests, type RequestGuard } from '../support/request-guard.js';
import { startTestWebHost, type TestWebHost } from '../support/web-host.js';

const OUTPUT = path.join(REPO_ROOT, 'test-output');
const THREE_POINT = '研讨发言（三点式）';
const THREE_POINT_FILE = path.join(REPO_ROOT, 'templates/yantao-fayan-sandian.json');
const VALUES: WizardValues = {
  theme: '学习“千万工程”经验',
  role: '交通运输执法队队员',
  unit: '某某县交通运输执法队',
  author: '张三',
  date: '2026年11月24日',
};

let browser: Browser;
let web: TestWebHost;
let context: BrowserContext;
let guard: RequestGuard;

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(OUTPUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

// Each test gets its own empty workspace (drafts, templates, recovery copies, recent list).
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

/** Polls until `check` holds (file-system effects of autosave land a few seconds later). */
async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const filesIn = async (folder: string): Promise<string[]> => (existsSync(folder) ? readdir(folder) : []);

describe('the drafting workflow in Chromium against the web host', () => {
  it('creates a draft from the 三点式 template through the wizard', async () => {
    const app = await AppPage.open(context, web.host.url);
    await app.topButton('新建').click();
    const search = app.wizard.getByRole('combobox', { name: '搜索模板' });
    // The search box has the cursor as soon as the wizard opens.
    await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);
    await search.fill('三点');
    await expect(app.wizard.getByRole('option').allTextContents()).resolves.toEqual([expect.stringContaining(THREE_POINT)]);
    // The preview shows the outline: its point group with the 一是/二是/三是 labels and a length target.
    const preview = app.wizard.getByRole('region', { name: `模板预览：${THREE_POINT}` });
    await expect(preview.textContent()).resolves.toMatch(/3 点：一是、二是、三是/);
    await expect(preview.textContent()).resolves.toMatch(/约 1500—2500 字/);
    await search.fill('');
    await app.wizard.getByRole('option', { name: THREE_POINT }).click();
    await app.page.screenshot({ path: path.join(OUTPUT, 'wizard-1366.png') });

    // Enter goes on to the form, whose labels and examples come from the template.
    await search.press('Enter');
    const theme = app.wizard.getByLabel(/^学习主题/);
    await expect(theme.getAttribute('placeholder')).resolves.toMatch(/千万工程/);
    // The theme is required: an empty one is refused in Chinese and keeps the cursor there.
    await app.wizard.getByRole('button', { name: '创建稿件' }).click();
    await app.wizard.getByText('请填写学习主题。').waitFor();
    await app.fillWizardForm(VALUES);
    await expect(app.wizard.textContent()).resolves.toContain('学习“千万工程”经验研讨发言材料');
    await app.page.screenshot({ path: path.join(OUTPUT, 'wizard-form-1366.png') });
    await theme.press('Enter');
    await app.wizard.waitFor({ state: 'detached' });

    await app.draft.getByRole('heading', { name: '学习“千万工程”经验研讨发言材料' }).waitFor();
    expect(await app.labels()).toEqual(['一是', '二是', '三是']);
    // New and unsaved: the ● is shown in the bar and the window title.
    expect(await app.isDirty()).toBe(true);
    await expect.poll(() => app.page.title()).toBe('● 学习“千万工程”经验研讨发言材料 — 稿匠');
    await app.page.screenshot({ path: path.join(OUTPUT, 'workflow-new-draft.png') });
    expect(app.pageProblems).toEqual([]);
    // Nothing the page asked for was missing. The page names its icon: without one the browser asks the
    // host for /favicon.ico and logs a 404 (seen by a plain browser, not through this test's request guard).
    expect(app.consoleErrors).toEqual([]);
    await expect(app.page.locator('link[rel="icon"]').count()).resolves.toBe(1);

    // The template just used is offered first next time, under 常用, before the groups.
    await app.topButton('新建').click();
    const frequent = app.wizard.getByRole('group', { name: '常用' });
    await frequent.waitFor();
    await expect(frequent.getByRole('option').allTextContents()).resolves.toEqual([expect.stringContaining(THREE_POINT)]);
    await expect(app.wizard.getByRole('group').evaluateAll((groups) => groups.map((group) => group.getAttribute('aria-label')))).resolves.toEqual([
      '常用',
      '发言类',
      '检视类',
      '汇报类',
      '申请类',
      '讲话类',
    ]);
  });

  it('saves a new draft under a chosen name with Ctrl+S and opens it again unchanged', async () => {
    const app = await AppPage.open(context, web.host.url);
    await app.newDraftFromTemplate(THREE_POINT, VALUES);
    const expected = instantiateTemplate(parseTemplate('t.json', await readFile(THREE_POINT_FILE, 'utf8')), VALUES);

    await app.page.keyboard.press('Control+s');
    await app.saveDialog.waitFor();
    // The name offered is the draft's title.
    await expect(app.saveDialog.getByLabel('文件名').inputValue()).resolves.toBe('学习“千万工程”经验研讨发言材料');
    await app.answerSaveName('我的研讨发言');
    const saved = path.join(web.workspace, '稿件', '我的研讨发言.gaojiang');
    await app.statusNotice.getByText('已保存“我的研讨发言.gaojiang”').waitFor();
    const onDisk = parseDraftJson(await readFile(saved, 'utf8'));
    expect(onDisk).toEqual(expected);
    expect(await app.isDirty()).toBe(false);
    await expect.poll(() => app.page.title()).toBe('我的研讨发言.gaojiang — 稿匠');
    // Saving discarded the autosave copy.
    expect(await filesIn(path.join(web.workspace, '恢复'))).toEqual([]);

    // A second, blank draft; then the saved one again from the open dialog.
    await app.topButton('新建').click();
    await app.wizard.getByRole('button', { name: '空白稿件' }).click();
    await app.wizard.waitFor({ state: 'detached' });
    await expect.poll(() => app.page.title()).toBe('未命名稿件 — 稿匠');
    await app.openFromLibrary('我的研讨发言.gaojiang');
    await expect.poll(() => app.page.title()).toBe('我的研讨发言.gaojiang — 稿匠');
    expect(await app.labels()).toEqual(['一是', '二是', '三是']);
    expect(await app.isDirty()).toBe(false);

    // An edit marks it; Ctrl+S saves to its own file without asking, and the mark goes.
    await app.typeInFirstEmptyParagraph('通过深入学习，我深刻认识到');
    await expect.poll(() => app.isDirty()).toBe(true);
    await expect.poll(() => app.page.title()).toBe('● 我的研讨发言.gaojiang — 稿匠');
    await app.page.keyboard.press('Control+s');
    await expect.poll(() => app.isDirty()).toBe(false);
    expect(await app.saveDialog.count()).toBe(0);
    expect(await readFile(saved, 'utf8')).toContain('通过深入学习，我深刻认识到');

    // 另存为 writes the same draft under another name: identical to the first file.
    await app.page.keyboard.press('Control+Shift+S');
    await app.answerSaveName('副本');
    const copy = path.join(web.workspace, '稿件', '副本.gaojiang');
    await eventually(async () => existsSync(copy));
    expect(JSON.parse(await readFile(copy, 'utf8'))).toEqual(JSON.parse(await readFile(saved, 'utf8')));
    await expect.poll(() => app.page.title()).toBe('副本.gaojiang — 稿匠');

    // Both are in 最近, newest first, and open from there.
    await app.topButton('最近').click();
    const menu = app.page.getByRole('menu', { name: '最近的稿件' });
    await expect.poll(() => menu.getByRole('menuitem').allInnerTexts()).toEqual([
      expect.stringContaining('副本.gaojiang'),
      expect.stringContaining('我的研讨发言.gaojiang'),
    ]);
    await menu.getByRole('menuitem', { name: /我的研讨发言/ }).click();
    await expect.poll(() => app.page.title()).toBe('我的研讨发言.gaojiang — 稿匠');
    expect(app.pageProblems).toEqual([]);
  });

  it('asks 保存 / 不保存 / 取消 before another draft replaces unsaved work', async () => {
    const app = await AppPage.open(context, web.host.url);
    await app.newDraftFromTemplate(THREE_POINT, VALUES);
    await app.uploadDraft(FIXTURES.threePointSpeech);
    const question = app.dialog('保存修改？');
    await question.getByText('“学习“千万工程”经验研讨发言材料”有未保存的修改').waitFor();
    await question.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => app.page.title()).toBe('● 学习“千万工程”经验研讨发言材料 — 稿匠');

    await app.uploadDraft(FIXTURES.threePointSpeech);
    await question.getByRole('button', { name: '不保存' }).click();
    await expect.poll(() => app.page.title()).toBe('three-point-speech.gaojiang.json — 稿匠');
    await app.draft.getByRole('heading', { name: FIXTURES.threePointSpeechTitle }).waitFor();
  });

  it('keeps an autosave copy of unsaved work and offers it after a reload', async () => {
    const app = await AppPage.open(context, web.host.url);
    await app.newDraftFromTemplate(THREE_POINT, VALUES);
    const opening = '按照局党组的安排，我认真学习了千万工程经验，深受教育、很受启发。';
    await app.typeInFirstEmptyParagraph(opening);
    const recoveryFolder = path.join(web.workspace, '恢复');
    // Written about 3 s after the change, without any save: the typed text is in the copy.
    await eventually(async () => {
      const [copy] = await filesIn(recoveryFolder);
      return copy !== undefined && (await readFile(path.join(recoveryFolder, copy), 'utf8')).includes(opening);
    });
    expect(await filesIn(path.join(web.workspace, '稿件'))).toEqual([]);

    // Leaving the page with unsaved work asks first (the browser's own question).
    const asked: string[] = [];
    app.page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    await app.page.reload();
    expect(asked).toEqual(['beforeunload']);

    const offer = app.dialog('恢复未保存的稿件');
    await offer.getByText('学习“千万工程”经验研讨发言材料').waitFor();
    await app.page.screenshot({ path: path.join(OUTPUT, 'workflow-recovery.png') });
    await offer.getByRole('button', { name: '恢复' }).click();
    await app.draft.getByText(opening).waitFor();
    expect(await app.labels()).toEqual(['一是', '二是', '三是']);
    // Recovered work is unsaved work, still without a file.
    expect(await app.isDirty()).toBe(true);
    await app.page.keyboard.press('Control+s');
    await app.answerSaveName('恢复的稿件');
    await expect.poll(() => app.isDirty()).toBe(false);
    const saved = parseDraftJson(await readFile(path.join(web.workspace, '稿件', '恢复的稿件.gaojiang'), 'utf8'));
    expect(JSON.stringify(saved)).toContain(opening);
    await eventually(async () => (await filesIn(recoveryFolder)).length === 0);
    expect(app.pageProblems).toEqual([]);
  });

  it('offers a recovery copy that is newer than the file being opened', async () => {
    const app = await AppPage.open(context, web.host.url);
    await app.newDraftFromTemplate(THREE_POINT, VALUES);
    await app.page.keyboard.press('Control+s');
    await app.answerSaveName('甲');
    await expect.poll(() => app.isDirty()).toBe(false);
    const unsavedText = '这句话只在恢复副本里。';
    await app.typeInFirstEmptyParagraph(unsavedText);
    const recoveryFolder = path.join(web.workspace, '恢复');
    await eventually(async () => (await filesIn(recoveryFolder)).length === 1);

    app.page.on('dialog', (dialog) => void dialog.accept());
    await app.page.reload();
    // Not now at start-up …
    await app.dialog('恢复未保存的稿件').getByRole('button', { name: '以后再说' }).click();
    // … but opening the file offers it again.
    await app.openFromLibrary('甲.gaojiang');
    const offer = app.dialog('恢复未保存的稿件');
    await offer.getByText('比文件更新的自动恢复副本').waitFor();
    await offer.getByRole('button', { name: '恢复' }).click();
    await app.draft.getByText(unsavedText).waitFor();
    await expect.poll(() => app.page.title()).toBe('● 甲.gaojiang — 稿匠');
    // Saved to its own file, without asking where.
    await app.page.keyboard.press('Control+s');
    await expect.poll(() => app.isDirty()).toBe(false);
    expect(await readFile(path.join(web.workspace, '稿件', '甲.gaojiang'), 'utf8')).toContain(unsavedText);
    await eventually(async () => (await filesIn(recoveryFolder)).length === 0);
  });

  it('exports with the settings chosen in the export dialog, and remembers them', async () => {
    const app = await AppPage.open(context, web.host.url);
    await app.uploadDraft(FIXTURES.threePointSpeech);
    await app.draft.waitFor();

    const windows = await app.exportWord({ fonts: 'windows', printAuthorLine: false });
    const windowsDocx = new Uint8Array(await readFile((await windows.path())!));
    const windowsXml = readDocxParts(windowsDocx).document;
    expect(windowsXml).toContain('w:eastAsia="仿宋"');
    expect(windowsXml).not.toContain('仿宋_GB2312');
    expect(docxParagraphTexts(windowsDocx)).not.toContain('市发展改革委 张明');

    // The dialog opens with the last choice.
    await app.topButton('导出 Word').click();
    await expect(app.exportDialog.getByRole('radio', { name: /Windows 常用字体/ }).isChecked()).resolves.toBe(true);
    await expect(app.exportDialog.getByRole('checkbox', { name: /打印作者单位行/ }).isChecked()).resolves.toBe(false);
    await app.page.screenshot({ path: path.join(OUTPUT, 'workflow-export-dialog.png') });
    await app.exportDialog.getByRole('button', { name: '取消' }).click();

    const official = await app.exportWord({ fonts: 'gb2312', printAuthorLine: true });
    const officialDocx = new Uint8Array(await readFile((await official.path())!));
    expect(readDocxParts(officialDocx).document).toContain('仿宋_GB2312');
    expect(docxParagraphTexts(officialDocx)).toContain('市发展改革委 张明');
    expect(official.suggestedFilename()).toBe(`${FIXTURES.threePointSpeechTitle}.docx`);
  });

  it('duplicates a built-in template and reports a bad template file in Chinese, naming the field', async () => {
    const app = await AppPage.open(context, web.host.url);
    await app.topButton('新建').click();
    await app.wizard.getByRole('tab', { name: '管理模板' }).click();
    const list = app.wizard.getByRole('list', { name: '模板列表' });
    // Built-ins can be copied, not edited or deleted.
    const builtIn = list.getByRole('listitem', { name: THREE_POINT, exact: true });
    await expect(builtIn.getByRole('button', { name: '删除' }).count()).resolves.toBe(0);
    await builtIn.getByRole('button', { name: '复制' }).click();
    await app.wizard.getByRole('status').getByText(`已复制为“${THREE_POINT}（副本）”`).waitFor();
    const copy = list.getByRole('listitem', { name: `${THREE_POINT}（副本）` });
    await copy.getByText('自定义').waitFor();
    expect(await filesIn(path.join(web.workspace, '模板'))).toEqual(['yantao-fayan-sandian-copy.json']);

    // A template file with its sections missing.
    const broken = JSON.parse(await readFile(THREE_POINT_FILE, 'utf8')) as Record<string, unknown>;
    delete broken['sections'];
    const [chooser] = await Promise.all([
      app.page.waitForEvent('filechooser'),
      app.wizard.getByRole('button', { name: '导入模板文件…' }).click(),
    ]);
    await chooser.setFiles({ name: '同事的模板.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const error = await app.waitForError(/模板有误/);
    expect(error).toMatch(/同事的模板\.json 第1行：字段 sections：/);
    await app.page.screenshot({ path: path.join(OUTPUT, 'workflow-template-error.png') });

    // The copy is there to start a draft from.
    await copy.getByRole('button', { name: '用它新建' }).click();
    await app.fillWizardForm({ theme: '学习党的二十届四中全会精神' });
    await app.wizard.getByRole('button', { name: '创建稿件' }).click();
    await app.draft.getByRole('heading', { name: '学习党的二十届四中全会精神研讨发言材料' }).waitFor();
    expect(draftTitle(parseDraftJson(JSON.stringify(instantiateTemplate(parseTemplate('t.json', await readFile(THREE_POINT_FILE, 'utf8')), { theme: '学习党的二十届四中全会精神' }))))).toBe(
      '学习党的二十届四中全会精神研讨发言材料',
    );
  });
});
