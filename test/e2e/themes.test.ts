import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppPage } from '../support/app-page.js';
import { EditorPage } from '../support/editor-page.js';
import { TEST_OUTPUT, useEditorSession } from '../support/editor-session.js';
import { GREEN, THEME_PACK as QIANWAN_PACK, THEME_TITLE } from '../fixtures/theme-pack.js';

const SUB_HEADINGS = ['深刻感悟人民至上的价值底色', '学习借鉴问题导向的工作方法', '运用党建引领基层治理的经验', '锤炼实干担当的过硬作风'];
const THEME_PACK = {
  ...QIANWAN_PACK,
  description: '结合本职工作，谈学习“千万工程”“浦江经验”的体会和打算。',
  keyPoints: ['坚持人民至上，问需于民', '坚持问题导向，真下真访'],
  subHeadings: SUB_HEADINGS,
  deadline: '2099-12-31',
};

const session = useEditorSession();

describe('study themes (学习主题包) in the new-draft wizard', () => {
  it('installs a pack an organizer handed out, creates a draft from it, and the draft carries its outline, 要点 and quotations', async () => {
    const app = await AppPage.open(session.context(), session.web().host.url);
    await app.topButton('新建').click();
    const themes = app.wizard.getByRole('region', { name: '按学习主题新建' });
    await themes.getByText('还没有学习主题包').waitFor();

    await app.chooseFile(themes.getByRole('button', { name: '导入主题包…' }), {
      name: '千万工程浦江经验.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(THEME_PACK)),
    });
    await expect(themes.getByRole('status').textContent()).resolves.toBe(`已导入学习主题“${THEME_TITLE}”：金句 1 条加入金句库；其中 1 条注明出处（1 条已核）。`);
    const card = themes.getByRole('button', { name: new RegExp(`^${THEME_TITLE}`) });
    await expect(card.textContent()).resolves.toMatch(/县委组织部 · 2 条要点 · 1 条金句.*交稿截止：2099年12月31日（还有 \d+ 天）/);
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'themes-wizard-installed.png') });

    // The theme picks its template and fills 学习主题; its sub-headings are offered for the outline.
    await card.click();
    await expect(app.wizard.getByText('模板：').textContent()).resolves.toContain('研讨发言（三点式）');
    await expect(app.wizard.getByLabel(/^学习主题/).inputValue()).resolves.toBe(THEME_TITLE);
    await expect(app.wizard.locator('.title-preview-text').textContent()).resolves.toBe(`${THEME_TITLE}研讨发言材料`);
    const panel = app.wizard.getByRole('region', { name: '所选主题' });
    await expect(panel.getByRole('listitem').allTextContents()).resolves.toEqual(THEME_PACK.keyPoints);
    const boxes = panel.getByRole('checkbox');
    await expect(boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).checked))).resolves.toEqual([true, true, true, false]);
    // The writer swaps the third suggestion for the fourth.
    await panel.getByRole('checkbox', { name: SUB_HEADINGS[2] }).uncheck();
    await panel.getByRole('checkbox', { name: SUB_HEADINGS[3] }).check();
    await app.fillWizardForm({ theme: THEME_TITLE, author: '张三', unit: '某某县交通运输执法队' });
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'themes-wizard-fill.png') });
    await app.wizard.getByRole('button', { name: '创建稿件' }).click();
    await app.wizard.waitFor({ state: 'detached' });

    const editor = await EditorPage.attach(app);
    await expect(editor.points()).resolves.toEqual([`一是|${SUB_HEADINGS[0]}。`, `二是|${SUB_HEADINGS[1]}。`, `三是|${SUB_HEADINGS[3]}。`]);
    await expect(app.isDirty()).resolves.toBe(true);

    // 写作要点 beside a point: the template's guidance, the theme's 要点, and the sub-headings to click in.
    await editor.clickInto('point', 1);
    const guidance = await editor.openSideTab('写作要点');
    await expect(guidance.textContent()).resolves.toContain('本次学习主题的要点：①坚持人民至上，问需于民；②坚持问题导向，真下真访。');
    await expect(guidance.getByRole('button', { name: SUB_HEADINGS[2] }).count()).resolves.toBe(1);
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'themes-editor-guidance.png') });

    // 金句: the theme's quotation is suggested before any search.
    const quotes = await editor.openSideTab('金句');
    await quotes.getByText('本主题推荐').waitFor();
    await expect(editor.quoteCards.allTextContents()).resolves.toEqual([expect.stringContaining(GREEN.text)]);
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'themes-editor-quotes.png') });
    expect(app.pageProblems).toEqual([]);
  });

  it('a pack that is not a theme pack is refused in Chinese; a theme naming a missing template asks for one', async () => {
    const app = await AppPage.open(session.context(), session.web().host.url);
    await app.topButton('新建').click();
    const themes = app.wizard.getByRole('region', { name: '按学习主题新建' });
    const importPack = async (text: string): Promise<void> => {
      await app.chooseFile(themes.getByRole('button', { name: '导入主题包…' }), { name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    };
    await importPack('{"format":"something-else"}');
    await expect(themes.getByRole('alert').textContent()).resolves.toMatch(/学习主题包/);

    await importPack(JSON.stringify({ ...THEME_PACK, id: 'no-template', title: '学习某项精神', templateId: 'missing-template', quotes: [] }));
    await themes.getByRole('button', { name: /^学习某项精神/ }).click();
    await expect(app.wizard.getByRole('alert').first().textContent()).resolves.toContain('主题包指定的模板“missing-template”没有安装');
    // Picking a template goes on with the theme.
    await app.wizard.getByRole('combobox', { name: '搜索模板' }).fill('心得');
    await app.wizard.getByRole('button', { name: '下一步' }).click();
    await expect(app.wizard.getByLabel(/^学习主题/).inputValue()).resolves.toBe('学习某项精神');
    await expect(app.wizard.getByRole('region', { name: '所选主题' }).getByRole('checkbox').count()).resolves.toBe(4);
  });
});
