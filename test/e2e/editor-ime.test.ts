import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBERING } from '../../core/model/numbering.js';
import type { Block, Draft } from '../../core/model/schema.js';
import { instantiateTemplate } from '../../core/templates/instantiate.js';
import { parseTemplate } from '../../core/templates/load.js';
import { REPO_ROOT } from '../support/corpus.js';
import { writeWorkspaceDraft } from '../support/editor-host.js';
import { EditorPage } from '../support/editor-page.js';
import { useEditorSession } from '../support/editor-session.js';
import { Ime } from '../support/ime.js';

/**
 * Typing Chinese as people do (issue #20): every word composed in pinyin
 * through Chromium's IME protocol (test/support/ime.ts), then committed.
 */
const session = useEditorSession();

const LEAD = '坚持人民至上。';

function freeDraft(children: Block[]): Draft {
  return {
    schemaVersion: 1,
    meta: { author: '', unit: '', date: '', theme: '', genre: '学习心得体会', templateId: '' },
    numbering: DEFAULT_NUMBERING,
    children: [{ type: 'title', children: [{ text: '学习心得' }] }, ...children],
  };
}

async function open(draft: Draft): Promise<{ editor: EditorPage; ime: Ime }> {
  const fileName = await writeWorkspaceDraft(session.web().workspace, '输入法', draft);
  const editor = await EditorPage.open(session.context(), session.web(), fileName);
  return { editor, ime: await Ime.attach(editor.page) };
}

/** A draft from the 研讨发言（三点式） template: empty opening, three empty points, an empty 结尾, each with its guidance. */
async function templateDraft(): Promise<Draft> {
  const file = 'yantao-fayan-sandian.json';
  const template = parseTemplate(file, await readFile(path.join(REPO_ROOT, 'templates', file), 'utf8'));
  return instantiateTemplate(template, { theme: '学习“千万工程”经验', unit: '某某县交通运输执法队', author: '张三' });
}

const leads = (editor: EditorPage): Promise<string[]> => editor.editor.locator('.dw-lead').allTextContents();

const TWENTY: [string, string][] = [
  ['shenru', '深入'], ['xuexi', '学习'], ['guanche', '贯彻'], ['xinshidai', '新时代'], ['zhongguo', '中国'],
  ['tese', '特色'], ['shehuizhuyi', '社会主义'], ['sixiang', '思想'], ['jianchi', '坚持'], ['xuesixiang', '学思想'],
  ['qiangdangxing', '强党性'], ['zhongshijian', '重实践'], ['jianxingong', '建新功'], ['bawo', '把握'], ['shijieguan', '世界观'],
  ['fangfalun', '方法论'], ['tigao', '提高'], ['zhengzhi', '政治'], ['panduanli', '判断力'], ['lingwuli', '领悟力'],
];

describe('typing with an input method', () => {
  it('keeps the composition at the caret when a 体检 underline arrives mid-composition, and draws it at the commit', async () => {
    const { editor, ime } = await open(freeDraft([{ type: 'paragraph', children: [{ text: '学习贯彻' }] }]));
    await editor.openSideTab('体检');
    await editor.clickInto('paragraph', 0);
    // A half-width comma (a 标点符号 error once checked), then composing at once, slowly, while the check runs.
    await editor.type(',');
    for (const step of ['x', 'xu', 'xue', 'xuex', 'xuexi', 'xuexig', 'xuexigu', 'xuexigua', 'xuexiguan', 'xuexiguanc', 'xuexiguanch', 'xuexiguanche']) {
      await ime.setComposition(step);
      await editor.page.waitForTimeout(60);
    }
    // The finding is in (the 体检 tab lists it) while the pinyin is still being composed …
    await expect.poll(() => editor.findingGroups(), { timeout: 5000 }).toEqual(['标点符号 1']);
    // … and the pinyin stays where it is typed; the underline waits.
    expect(await editor.blockText('paragraph', 0)).toBe('学习贯彻,xuexiguanche');
    expect(await editor.editor.locator('.dw-finding').count()).toBe(0);
    await ime.commit('学习贯彻');
    await expect.poll(() => editor.editor.locator('.dw-finding.error').allTextContents(), { timeout: 5000 }).toEqual([',']);
    expect(await editor.blockText('paragraph', 0)).toBe('学习贯彻,学习贯彻');

    // Composing in a block with an underline drawn.
    await ime.type('jinyibu', '进一步');
    await expect.poll(() => editor.blockText('paragraph', 0)).toBe('学习贯彻,学习贯彻进一步');
    await expect.poll(() => editor.editor.locator('.dw-finding.error').allTextContents(), { timeout: 5000 }).toEqual([',']);
    expect(editor.problems).toEqual([]);
  });

  it('composes into empty points and a pasted-into empty 结尾 stays the 结尾', async () => {
    const { editor, ime } = await open(await templateDraft());
    await editor.clickInto('point', 1);
    await ime.compose('shenhua');
    // The guidance is hidden while the pinyin shows.
    expect(await editor.editor.locator('.dw-point').nth(1).locator('.dw-placeholder').count()).toBe(0);
    await ime.commit('深化');
    await ime.type('renshi', '认识');
    await expect.poll(() => editor.points()).toEqual(['一是|', '二是|深化认识', '三是|']);

    await editor.clickInto('closing', 0);
    await editor.paste({ 'text/plain': '以上发言，不当之处，请批评指正。\n谢谢大家。' });
    await expect.poll(async () => (await editor.blocks()).slice(-2)).toEqual(['closing||以上发言，不当之处，请批评指正。', 'paragraph||谢谢大家。']);
    expect(editor.problems).toEqual([]);
  });

  it('types body text after a finished lead clause, reached by click or arrow keys; Ctrl+L writes the lead up to its 。', async () => {
    const { editor, ime } = await open(
      freeDraft([
        { type: 'point', children: [{ text: LEAD, lead: true }] },
        { type: 'point', children: [{ text: LEAD, lead: true }, { text: '深刻领悟。' }] },
        { type: 'point', children: [{ text: '' }] },
      ]),
    );
    // By click: the caret after the lead clause's 。.
    await editor.clickInto('point', 0);
    await ime.type('shenke', '深刻');
    await ime.type('lingwu', '领悟');
    await expect.poll(() => editor.points()).toEqual(['一是|坚持人民至上。深刻领悟', `二是|${LEAD}深刻领悟。`, '三是|']);
    expect(await leads(editor)).toEqual([LEAD, LEAD]);

    // By the arrow keys: from the end of the second point back to the lead clause's end.
    await editor.clickInto('point', 1);
    for (let i = 0; i < '深刻领悟。'.length; i++) await editor.page.keyboard.press('ArrowLeft');
    await ime.type('renzhen', '认真');
    await expect.poll(() => editor.blockText('point', 1)).toBe(`${LEAD}认真深刻领悟。`);
    expect(await leads(editor)).toEqual([LEAD, LEAD]);

    // Ctrl+L in an empty point: the lead clause is written, its 。 ends it, what follows is body text.
    await editor.clickInto('point', 2);
    await editor.page.keyboard.press('Control+l');
    await ime.type('jianchi', '坚持');
    await ime.type('renminzhishang', '人民至上');
    await ime.commit('。');
    await ime.type('shenke', '深刻');
    await expect.poll(() => editor.blockText('point', 2)).toBe(`${LEAD}深刻`);
    expect(await leads(editor)).toEqual([LEAD, LEAD, LEAD]);
    expect(editor.problems).toEqual([]);
  });

  it('composes inside a quotation and over a selection (one Ctrl+Z takes it back)', async () => {
    const { editor, ime } = await open(
      freeDraft([
        { type: 'paragraph', children: [{ text: '总书记强调：' }, { type: 'quote', speaker: '习近平总书记', children: [{ text: '人民就是江山' }] }, { text: '。' }] },
        { type: 'paragraph', children: [{ text: '学习贯彻落实' }] },
      ]),
    );
    await editor.select('人民', true);
    await ime.type('qunzhong', '群众');
    await expect.poll(() => editor.editor.locator('.dw-quote').textContent()).toBe('“人民群众就是江山”');
    expect(await editor.blockText('paragraph', 0)).toBe('总书记强调：“人民群众就是江山”。');

    await editor.select('贯彻');
    await ime.type('lingwu', '领悟');
    await expect.poll(() => editor.blockText('paragraph', 1)).toBe('学习领悟落实');
    await editor.page.keyboard.press('Control+z');
    await expect.poll(() => editor.blockText('paragraph', 1)).toBe('学习贯彻落实');
    // The quotation's words are a step of their own, still there.
    expect(await editor.blockText('paragraph', 0)).toBe('总书记强调：“人民群众就是江山”。');
    expect(editor.problems).toEqual([]);
  });

  it('drops a cancelled composition, and Enter during a composition splits nothing', async () => {
    const { editor, ime } = await open(freeDraft([{ type: 'point', children: [{ text: LEAD, lead: true }] }]));
    await editor.clickInto('point', 0);
    await ime.compose('xuexi');
    expect(await editor.blockText('point', 0)).toBe(`${LEAD}xuexi`);
    await ime.cancel();
    await expect.poll(() => editor.blockText('point', 0)).toBe(LEAD);

    await ime.compose('shenru');
    await editor.page.keyboard.press('Enter');
    await ime.commit('深入');
    await expect.poll(() => editor.points()).toEqual([`一是|${LEAD}深入`]);
    expect(await leads(editor)).toEqual([LEAD]);
    expect(editor.problems).toEqual([]);
  });

  it('undoes one committed phrase at a time, and a typing run ends at a pause', async () => {
    const { editor, ime } = await open(freeDraft([{ type: 'paragraph', children: [{ text: '' }] }, { type: 'paragraph', children: [{ text: '甲' }] }]));
    await editor.clickInto('paragraph', 1);
    await ime.typeWords(TWENTY);
    const all = TWENTY.map(([, word]) => word).join('');
    await expect.poll(() => editor.blockText('paragraph', 1)).toBe(`甲${all}`);
    await editor.page.keyboard.press('Control+z');
    await expect.poll(() => editor.blockText('paragraph', 1)).toBe(`甲${all.slice(0, -'领悟力'.length)}`);
    await editor.page.keyboard.press('Control+z');
    await expect.poll(() => editor.blockText('paragraph', 1)).toBe(`甲${all.slice(0, -'判断力领悟力'.length)}`);

    // Typed without an IME (digits): one run, a pause, another run.
    await editor.clickInto('paragraph', 0);
    await editor.page.keyboard.type('2024', { delay: 30 });
    await editor.page.waitForTimeout(1300);
    await editor.page.keyboard.type('2025', { delay: 30 });
    await editor.page.keyboard.press('Control+z');
    await expect.poll(() => editor.blockText('paragraph', 0)).toBe('2024');
    await editor.page.keyboard.press('Control+z');
    await expect.poll(() => editor.blockText('paragraph', 0)).toBe('');
    expect(editor.problems).toEqual([]);
  });
});
