import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppPage } from '../support/app-page.js';
import { TEST_OUTPUT, useEditorSession } from '../support/editor-session.js';

const session = useEditorSession();

describe('帮助 in Chromium against the web host', () => {
  it('opens from the top bar and with F1, and shows structure, shortcuts, files and backup', async () => {
    const app = await AppPage.open(session.context(), session.web().host.url);
    await app.page.getByRole('banner').getByRole('button', { name: '帮助', exact: true }).click();
    const help = app.page.getByRole('dialog', { name: '稿匠帮助' });
    await help.waitFor();
    for (const heading of ['研讨发言、心得体会的结构', '各部分怎么用', '快捷键', '文件在哪里', '如何备份']) {
      await expect(help.getByRole('heading', { name: heading }).count()).resolves.toBe(1);
    }
    await expect(help.textContent()).resolves.toMatch(/一是……二是……三是……/);
    // Every part of the app has its entry, with where exported files go and how 领起句 are set.
    const parts = help.getByRole('region', { name: '各部分怎么用' }).or(help.locator('section[aria-labelledby="help-parts-title"]')).first();
    for (const part of ['新建', '导入', '领起句', '金句', '体检', '字数', '历史版本', '关闭', '导出 Word', '征集汇编']) {
      await expect(parts.getByRole('term').filter({ hasText: new RegExp(`^${part}$`) }).count()).resolves.toBe(1);
    }
    await expect(parts.textContent()).resolves.toMatch(/领起句.*Ctrl\+L/);
    await expect(parts.textContent()).resolves.toMatch(/“文档”文件夹.*“下载”文件夹/);
    // The shortcut rows come from the key handlers.
    const row = (action: string) => help.getByRole('row').filter({ has: app.page.getByRole('cell', { name: action, exact: true }) });
    await expect(row('保存').textContent()).resolves.toContain('Ctrl+S');
    await expect(row('重做').textContent()).resolves.toMatch(/Ctrl\+Y 或 Ctrl\+Shift\+Z/);
    await expect(row('当前段上移').textContent()).resolves.toContain('Alt+↑');
    await expect(row('关闭稿件（有未保存的修改时先问是否保存）').textContent()).resolves.toContain('Ctrl+W');
    // The browser keeps Ctrl+N and Ctrl+W: the page says so.
    await expect(help.textContent()).resolves.toMatch(/Ctrl\+N、Ctrl\+W 由浏览器占用/);
    for (const name of ['稿件/', '恢复/', '历史/', '金句库.sqlite', '模板/']) await expect(help.getByText(name, { exact: true }).count()).resolves.toBe(1);
    await app.page.setViewportSize({ width: 1366, height: 900 });
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'help-1366.png') });
    await help.locator('.help-body').evaluate((body) => body.scrollTo(0, body.scrollHeight));
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'help-1366-files.png') });

    // Esc closes it; F1 opens it again, and 关闭 closes it.
    await app.page.keyboard.press('Escape');
    // Gone from the page, not only closed: the page learns of the close a task later.
    await app.page.locator('dialog.help').waitFor({ state: 'detached' });
    await app.page.keyboard.press('F1');
    await help.waitFor();
    await help.getByRole('button', { name: '关闭', exact: true }).last().click();
    await app.page.locator('dialog.help').waitFor({ state: 'detached' });
    expect(app.pageProblems).toEqual([]);
  });
});
