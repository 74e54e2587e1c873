import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentXml, minimalDocx } from '../fixtures/import/zip-builders.js';
import { AppPage } from '../support/app-page.js';
import { CORPUS_DIR, readCorpus } from '../support/corpus.js';
import { docxParagraphTexts } from '../support/docx-text.js';
import { TEST_OUTPUT, useEditorSession } from '../support/editor-session.js';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const session = useEditorSession();

const corpusFile = (name: string): string => path.join(CORPUS_DIR, name);
const xmlEscape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Word file as copied from a web page: the speeches corpus between site navigation and a copyright line. */
function junkLadenDocx(): Buffer {
  const lines = readCorpus('speeches-excerpts.txt')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const paragraphs = ['学习“千万工程”“浦江经验”发言摘编', '首页 | 登录 | 注册 | 下载APP', ...lines, '版权所有 © 2024 某某范文网 保留所有权利'];
  return Buffer.from(minimalDocx(documentXml(paragraphs.map(xmlEscape))));
}

describe('导入 in Chromium against the web host', () => {
  it('a Word file: junk struck through on the left, structure on the right, opens unsaved with derived labels, exports', async () => {
    const app = await AppPage.open(session.context(), session.web().host.url);
    await app.importFile({ name: '发言摘编.docx', mimeType: DOCX_MIME, buffer: junkLadenDocx() });
    const { source, structure } = app.importPanes();

    // Left: the source as read, the two junk lines struck through and explained.
    await expect(source.locator('del').allTextContents()).resolves.toEqual(['首页 | 登录 | 注册 | 下载APP', '版权所有 © 2024 某某范文网 保留所有权利']);
    await expect(source.locator('[data-status="removed"]').count()).resolves.toBe(2);
    // Right: the title, three 一、 headings and six 一是 points with their lead clauses in bold.
    await expect(structure.locator('[data-kind="title"]').textContent()).resolves.toBe('学习“千万工程”“浦江经验”发言摘编');
    await expect(structure.locator('[data-kind="heading"] .import-label').allTextContents()).resolves.toEqual(['一、', '二、', '三、']);
    await expect(structure.locator('[data-kind="point"] .import-label').allTextContents()).resolves.toEqual(['一是', '二是', '三是', '一是', '二是', '三是']);
    await expect(structure.locator('[data-kind="point"] .import-lead').nth(3).textContent()).resolves.toBe('完善工作机制。');
    await expect(structure.textContent()).resolves.toContain('3 个标题 · 6 个分点');
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'import-preview-docx.png') });

    // Half-width punctuation among Chinese text is made full width, in one counted note; 保留原样 keeps it.
    const notes = app.importDialog.getByRole('list', { name: '导入说明' });
    await expect(notes.textContent()).resolves.toMatch(/已将 \d+ 处半角标点改为全角。/);
    await expect(structure.textContent()).resolves.toContain('三、弘扬务实作风，当好表率先锋');
    const keep = app.importDialog.getByRole('checkbox', { name: /保留原样/ });
    await keep.check();
    await expect.poll(() => notes.textContent()).toMatch(/按要求保留了 \d+ 处半角标点。/);
    await expect(structure.textContent()).resolves.toContain('三、弘扬务实作风,当好表率先锋');
    await keep.uncheck();
    await expect.poll(() => notes.textContent()).toMatch(/已将 \d+ 处半角标点改为全角。/);

    await app.importDialog.getByRole('button', { name: '确定导入' }).click();
    await app.importDialog.waitFor({ state: 'detached' });
    await expect(app.labels()).resolves.toEqual(['一是', '二是', '三是', '一、', '二、', '三、', '一是', '二是', '三是']);
    await expect(app.isDirty()).resolves.toBe(true);
    await expect(app.fileLabel.textContent()).resolves.toContain('学习“千万工程”“浦江经验”发言摘编');
    await expect(app.draft.textContent()).resolves.not.toContain('版权所有');

    // The export carries the full-width commas the import put in.
    const download = await app.exportWord();
    const text = docxParagraphTexts(new Uint8Array(await readFile((await download.path())!))).join('\n');
    expect(text).toContain('一是完善工作机制。');
    expect(text).toContain('三、弘扬务实作风，当好表率先锋。');
    expect(app.pageProblems).toEqual([]);
  });

  it('the traditional-character article: converted by default, 保留繁体 keeps it; 取消 leaves the open draft as it was', async () => {
    const app = await AppPage.open(session.context(), session.web().host.url);
    // A draft with unsaved work is open.
    await app.newDraftFromTemplate('研讨发言（三点式）', { theme: '学习“千万工程”经验' });
    await app.typeInFirstEmptyParagraph('还没有保存的开头。');

    await app.importFile(corpusFile('news-summary-traditional.txt'));
    const { source, structure } = app.importPanes();
    await expect(app.importDialog.getByRole('list', { name: '导入说明' }).textContent()).resolves.toContain('原文是繁体字，已转换为简体。');
    await expect(source.locator('li').first().textContent()).resolves.toContain('以先行者之姿 書寫高質量答卷');
    await expect(structure.locator('[data-kind="title"]').textContent()).resolves.toBe('以先行者之姿 书写高质量答卷');
    await expect(structure.locator('[data-kind="heading"]').count()).resolves.toBe(4);
    await expect(source.locator('[data-status="removed"]').textContent()).resolves.toMatch(/Copyright/);
    await expect(source.locator('[data-status="review"]').count()).resolves.toBeGreaterThan(0);

    await app.importDialog.getByRole('checkbox', { name: '保留繁体' }).check();
    await expect.poll(() => structure.locator('[data-kind="title"]').textContent()).toBe('以先行者之姿 書寫高質量答卷');
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'import-preview-traditional.png') });

    await app.importDialog.getByRole('button', { name: '取消' }).click();
    await app.importDialog.waitFor({ state: 'detached' });
    await expect(app.draft.textContent()).resolves.toContain('还没有保存的开头。');
    await expect(app.isDirty()).resolves.toBe(true);

    // 确定导入 over unsaved work asks first; 取消 there keeps both the draft and the preview.
    await app.importFile(corpusFile('news-summary-traditional.txt'));
    await app.importDialog.getByRole('button', { name: '确定导入' }).click();
    const unsaved = app.dialog('保存修改？');
    await unsaved.waitFor();
    await unsaved.getByRole('button', { name: '取消' }).click();
    await expect(app.importDialog.isVisible()).resolves.toBe(true);
    await app.importDialog.getByRole('button', { name: '取消' }).click();
    await expect(app.draft.textContent()).resolves.toContain('还没有保存的开头。');
    expect(app.pageProblems).toEqual([]);
  });

  it('the two-article compilation: both articles listed and previewed; 全部导入 saves each as a draft and opens the first', async () => {
    const app = await AppPage.open(session.context(), session.web().host.url);
    await app.importFile(corpusFile('compilation-two-articles.txt'));
    const articles = app.importDialog.getByRole('radiogroup', { name: '文章列表' });
    await expect(articles.getByRole('radio').count()).resolves.toBe(2);
    await expect(articles.textContent()).resolves.toMatch(/第1篇 学习“千万工程”研讨发言材料.*第2篇 学习“浦江经验”研讨发言材料/);
    const { structure } = app.importPanes();
    await expect(structure.locator('[data-kind="title"]').textContent()).resolves.toBe('学习“千万工程”研讨发言材料');

    await articles.getByRole('radio', { name: /第2篇/ }).check();
    await expect(structure.locator('[data-kind="title"]').textContent()).resolves.toBe('学习“浦江经验”研讨发言材料');
    await expect(structure.locator('[data-kind="point"]').count()).resolves.toBe(3);
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'import-preview-compilation.png') });

    await app.importDialog.getByRole('button', { name: '全部导入（2 篇）' }).click();
    await app.importDialog.waitFor({ state: 'detached' });
    // The first article is open, already saved; the second waits in the drafts folder.
    await expect(app.draft.textContent()).resolves.toContain('读懂“千万工程”为“民”而生');
    await expect(app.isDirty()).resolves.toBe(false);
    await expect(app.fileLabel.textContent()).resolves.toContain('学习“千万工程”研讨发言材料');
    const workspace = session.web().workspace;
    const saved = (await readdir(workspace, { recursive: true })).filter((name) => name.endsWith('.gaojiang')).sort();
    expect(saved).toHaveLength(2);
    const texts = await Promise.all(saved.map((name) => readFile(path.join(workspace, name), 'utf8')));
    expect(texts.filter((text) => text.includes('难在信息不对称'))).toHaveLength(1);
    expect(texts.filter((text) => text.includes('问题是时代的声音'))).toHaveLength(1);
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'import-opened.png') });
    expect(app.pageProblems).toEqual([]);
  });

  it('pasted web text, and a clear Chinese error for a file it cannot read', async () => {
    const app = await AppPage.open(session.context(), session.web().host.url);
    await app.importFile({ name: '旧稿.doc', mimeType: 'application/msword', buffer: Buffer.from('not really') });
    await expect(app.importDialog.getByRole('alert').textContent()).resolves.toMatch(/旧版 Word 文档（\.doc）.*另存为” \.docx/);
    await app.importFile({ name: '坏文件.docx', mimeType: DOCX_MIME, buffer: Buffer.from('PK\u0003\u0004 broken') });
    await expect(app.importDialog.getByRole('alert').textContent()).resolves.toMatch(/Word/);

    await app.importDialog.getByLabel('粘贴的文字').fill('学习心得\n登录 | 注册\n一是提高认识。认识是前提。\n二是加强学习。学习是基础。');
    await app.importDialog.getByRole('button', { name: '识别结构' }).click();
    const { source, structure } = app.importPanes();
    // The import runs in a worker: wait for the preview before reading it.
    await structure.locator('[data-kind="point"]').first().waitFor();
    await expect(structure.locator('[data-kind="point"] .import-label').allTextContents()).resolves.toEqual(['一是', '二是']);
    await expect(source.locator('del').allTextContents()).resolves.toEqual(['登录 | 注册']);
    await app.importDialog.getByRole('button', { name: '确定导入' }).click();
    await expect(app.labels()).resolves.toEqual(['一是', '二是']);
  });
});
