import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../core/model/schema.js';
import { instantiateTemplate } from '../../core/templates/instantiate.js';
import { parseTemplate } from '../../core/templates/load.js';
import { WORD_PASTE, WORD_PASTE_PLAIN } from '../fixtures/word-paste.js';
import { REPO_ROOT } from '../support/corpus.js';
import { docxParagraphTexts } from '../support/docx-text.js';
import { writeWorkspaceDraft } from '../support/editor-host.js';
import { EditorPage } from '../support/editor-page.js';
import { TEST_OUTPUT, useEditorSession } from '../support/editor-session.js';

const SCREENSHOT = path.join(TEST_OUTPUT, 'editor-1366.png');
const TEMPLATE_FILE = 'templates/yantao-fayan-sandian.json';

const session = useEditorSession();
let fileName: string;
let template: ReturnType<typeof parseTemplate>;

beforeAll(async () => {
  template = parseTemplate('yantao-fayan-sandian.json', await readFile(path.join(REPO_ROOT, TEMPLATE_FILE), 'utf8'));
});

beforeEach(async () => {
  // Until the wizard lands: a draft from the 研讨发言（三点式） template, written into the workspace.
  const draft: Draft = instantiateTemplate(template, { theme: '学习“千万工程”经验', unit: '某某县交通运输执法队', author: '张三' });
  fileName = await writeWorkspaceDraft(session.web().workspace, '三点式研讨发言', draft);
});

const POINTS = ['深化思想认识，在学深悟透上下功夫。', '坚持问题导向，在破解难题上求实效。', '强化责任担当，在真抓实干上见成效。'];
const FOURTH = '锤炼过硬作风，在服务群众上作表率。';

describe('the editor in Chromium', () => {
  it('types, adds a point, moves it to the top with Alt+↑, exports it and undoes the move', async () => {
    const editor = await EditorPage.open(session.context(), session.web(), fileName);
    await expect.poll(() => editor.labels()).toEqual(['一是', '二是', '三是']);
    // Empty blocks show their section's guidance, drawn beside the text, not in it.
    await expect(editor.editor.locator('.dw-point .dw-placeholder').first().textContent()).resolves.toMatch(/领起句/);

    await editor.clickInto('paragraph', 0);
    await editor.type('按照理论学习中心组的安排，我认真学习了“千万工程”经验，深受教育。');
    for (const [i, text] of POINTS.entries()) {
      await editor.clickInto('point', i);
      await editor.type(text);
    }
    // Enter at the end of the last point makes a fourth point in the same section.
    await editor.page.keyboard.press('Enter');
    await editor.type(FOURTH);
    await expect.poll(() => editor.points()).toEqual(['一是|' + POINTS[0], '二是|' + POINTS[1], '三是|' + POINTS[2], '四是|' + FOURTH]);

    for (let i = 0; i < 3; i++) await editor.page.keyboard.press('Alt+ArrowUp');
    const moved = ['一是|' + FOURTH, '二是|' + POINTS[0], '三是|' + POINTS[1], '四是|' + POINTS[2]];
    await expect.poll(() => editor.points()).toEqual(moved);
    await expect.poll(() => editor.labels()).toEqual(['一是', '二是', '三是', '四是']);

    // The outline lists the points in their new order, under 主体, with counts against the targets.
    // The outline and the counts are panes React re-renders after the keystroke: poll, not read once.
    await expect.poll(() => editor.outline.getByRole('button').nth(2).textContent()).toContain(FOURTH.slice(0, 8));
    await expect.poll(() => editor.statusBar.textContent()).toMatch(/全文 \d+ 字.*目标 1,500—2,500 字.*共 1 页，约 1 分钟/);

    await editor.page.screenshot({ path: SCREENSHOT });

    const download = await editor.exportWord();
    const paragraphs = docxParagraphTexts(new Uint8Array(await readFile((await download.path())!)));
    const points = paragraphs.filter((text) => /^[一二三四]是/.test(text));
    expect(points).toEqual([`一是${FOURTH}`, ...POINTS.map((text, i) => `${['二', '三', '四'][i]}是${text}`)]);
    // Guidance placeholders are never text, so never exported.
    expect(paragraphs.join('\n')).not.toMatch(/领起句|开门见山/);

    // Back in the page (the export dialog had the focus): each Alt+↑ step is one undo step.
    await editor.clickInto('point', 3);
    await editor.page.keyboard.press('Control+z');
    expect((await editor.points())[1]).toBe('二是|' + FOURTH);
    await editor.page.keyboard.press('Control+z');
    await editor.page.keyboard.press('Control+z');
    await expect.poll(() => editor.points()).toEqual(['一是|' + POINTS[0], '二是|' + POINTS[1], '三是|' + POINTS[2], '四是|' + FOURTH]);
    await editor.page.keyboard.press('Control+Shift+z');
    expect((await editor.points())[2]).toBe('三是|' + FOURTH);
    expect(editor.problems).toEqual([]);
  });

  it('pastes hostile HTML as plain text: nothing runs, nothing loads', async () => {
    const editor = await EditorPage.open(session.context(), session.web(), fileName);
    await editor.clickInto('paragraph', 0);
    await editor.paste({
      'text/html':
        '<p>一是<b>加强</b>学习。<img src="https://evil.example/x.png" onerror="window.__pwned=1;alert(1)"></p>' +
        '<script>window.__pwned=2</script><p><a href="javascript:window.__pwned=3">链接文字</a></p>' +
        '<svg onload="window.__pwned=4"></svg><iframe src="https://evil.example/"></iframe>',
      'text/plain': '一是加强学习。\n链接文字',
    });
    await editor.page.waitForTimeout(300);
    expect(await editor.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await editor.editor.locator('img, script, a, svg, iframe').count()).toBe(0);
    // The numbered line became a point; the link its bare text.
    await expect.poll(() => editor.points()).toContain('一是|加强学习。');
    await expect(editor.editor.textContent()).resolves.toContain('链接文字');
    expect(session.guard().requested.filter((url) => url.includes('evil'))).toEqual([]);
    expect(editor.problems).toEqual([]);
  });

  it('pastes from Word: paragraphs, list headings, one line per table row; no image, no script, not one console message', async () => {
    const editor = await EditorPage.open(session.context(), session.web(), fileName);
    await editor.clickInto('paragraph', 0);
    await editor.paste({ 'text/html': WORD_PASTE, 'text/plain': WORD_PASTE_PLAIN });
    await expect.poll(() => editor.blocks()).toEqual(
      expect.arrayContaining([
        'paragraph||按照党委统一安排，我认真学习了党的二十大报告。',
        'heading|一、|深化理论学习',
        'heading|二、|检视问题不足',
        'paragraph||问题类型；具体表现；整改措施',
        'paragraph||理论学习；学用结合不够紧密；每月开展一次专题研讨',
      ]),
    );
    const texts = (await editor.blocks()).map((block) => block.split('|')[2]);
    // In order, the table's cells never split into paragraphs of their own.
    expect(texts.indexOf('问题类型；具体表现；整改措施')).toBe(texts.indexOf('坚持读原著、学原文、悟原理。') + 2);
    expect(texts).not.toContain('具体表现');
    await editor.page.waitForTimeout(300);
    expect(await editor.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await editor.editor.locator('img, script, style').count()).toBe(0);
    expect(session.guard().requested.filter((url) => url.startsWith('file:'))).toEqual([]);
    expect(editor.consoleMessages).toEqual([]);
    expect(editor.problems).toEqual([]);
  });

  it('copies text as printed (labels, no guidance) and pastes it back as structure', async () => {
    const editor = await EditorPage.open(session.context(), session.web(), fileName);
    await editor.clickInto('point', 0);
    await editor.type(POINTS[0]!);
    const copied = await editor.copy(() => editor.page.keyboard.press('Control+a'));
    expect(copied['text/plain']).toContain(`一是${POINTS[0]}`);
    expect(copied['text/plain']).not.toMatch(/开门见山|领起句|收尾表态/);
    await editor.clickInto('closing', 0);
    await editor.paste({ 'application/x-slate-fragment': copied['application/x-slate-fragment']!, 'text/plain': copied['text/plain']! });
    await expect.poll(() => editor.labels()).toEqual(['一是', '二是', '三是', '一是', '二是', '三是']);
    expect(editor.problems).toEqual([]);
  });

  it('changes a level’s numbering style from the 编号 menu, and Ctrl+Z changes it back', async () => {
    const editor = await EditorPage.open(session.context(), session.web(), fileName);
    await editor.clickInto('point', 0);
    await editor.type(POINTS[0]!);
    await editor.page.getByText('编号', { exact: true }).click();
    await editor.page.getByRole('combobox', { name: '分点编号' }).selectOption('shou-xian');
    await expect.poll(() => editor.labels()).toEqual(['首先，', '其次，', '最后，']);
    await editor.clickInto('point', 0);
    await editor.page.keyboard.press('Control+z');
    await expect.poll(() => editor.labels()).toEqual(['一是', '二是', '三是']);
    // Ctrl+5 turns the opening paragraph into a point: everything renumbers.
    await editor.clickInto('paragraph', 0);
    await editor.page.keyboard.press('Control+5');
    await expect.poll(() => editor.labels()).toEqual(['一是', '二是', '三是', '四是']);
    expect(editor.problems).toEqual([]);
  });
});
