import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBERING, deriveLabels } from '../../core/model/numbering.js';
import { draftCharacters, draftStats } from '../../core/model/stats.js';
import { instantiateTemplate } from '../../core/templates/instantiate.js';
import { analyseDraft, type CharCountCache } from '../../renderer/src/editor/model/analysis.js';
import { commandForKey, type KeyPress } from '../../renderer/src/editor/model/keymap.js';
import { buildOutline } from '../../renderer/src/editor/model/outline.js';
import { FREE_DRAFT_HINT, placeholderFor, TITLE_HINT } from '../../renderer/src/editor/model/placeholders.js';
import { adviceFor } from '../../renderer/src/editor/model/section-info.js';
import { heading, loadTemplate, para, point, threePoints, title } from './editor-test-kit.js';

const sandian = loadTemplate('yantao-fayan-sandian.json');

describe('analyseDraft', () => {
  it('counts as draftStats does, the body only (no title, author line or labels), and recounts only changed blocks', () => {
    const blocks = [title('题2024'), heading(3, '2024年工作'), point('一。', '正文GDP增长4.5%'), { type: 'author-line' as const, children: [{ text: '某单位 张三' }] }, ...threePoints().slice(1)];
    const labels = deriveLabels(blocks, DEFAULT_NUMBERING);
    const cache: CharCountCache = new WeakMap();
    const analysis = analyseDraft(blocks, DEFAULT_NUMBERING, cache);
    expect({ total: analysis.total, bySection: analysis.bySection }).toEqual(draftStats(blocks));
    expect(analysis.total).toBe(draftCharacters(blocks));
    expect(analysis.labels).toEqual(labels);
    expect(analysis.blockChars.slice(0, 4)).toEqual([0, 4, 9, 0]); // 2024年工作; 一。正文GDP增长4.5% (2024, GDP and 4.5 one each)
    expect(cache.get(blocks[2]!)).toBe(analysis.blockChars[2]);
    const again = analyseDraft(blocks, { ...DEFAULT_NUMBERING, point: 'shou-xian' }, cache);
    expect(again.blockChars[2]).toBe(analysis.blockChars[2]); // 首先， instead of 一是: the count is the writer's text alone
    expect(again.total).toBe(analysis.total);
  });
});

describe('outline', () => {
  it('lists a template draft’s sections in draft order with their points, counts and targets', () => {
    const draft = instantiateTemplate(sandian, { theme: '学习“千万工程”' });
    const outline = buildOutline(analyseDraft(draft.children, draft.numbering), sandian);
    expect(outline.map((entry) => [entry.depth, entry.label, entry.title, entry.target])).toEqual([
      [0, '', '开头', 250],
      [0, '', '主体', 1500],
      [1, '一是', '（未写）', 500],
      [1, '二是', '（未写）', 500],
      [1, '三是', '（未写）', 500],
      [0, '', '结尾', 200],
    ]);
    expect(outline[0]!.guidance).toMatch(/开门见山/);
  });

  it('follows moved sections and shows a point by its lead clause', () => {
    const blocks = threePoints();
    const outline = buildOutline(analyseDraft([blocks[0]!, blocks[6]!, ...blocks.slice(1, 6)], DEFAULT_NUMBERING), sandian);
    expect(outline.map((entry) => entry.title)).toEqual(['结尾', '开头', '主体', '甲领起。', '乙领起。', '丙领起。']);
    expect(outline[4]!.chars).toBe('乙领起。乙正文。乙续段。'.length);
  });

  it('lists a free draft’s headings and points', () => {
    const blocks = [title('题'), heading(1, '总体认识'), point('甲。'), heading(2, '具体'), para('文')];
    expect(buildOutline(analyseDraft(blocks, DEFAULT_NUMBERING), null).map((e) => `${e.depth}${e.label}${e.title}`)).toEqual([
      '0一、总体认识',
      '1一是甲。',
      '1（一）具体',
    ]);
  });
});

describe('placeholders and advice', () => {
  it('show the section’s guidance in empty blocks, and a hint in a free draft’s only empty paragraph', () => {
    const draft = instantiateTemplate(sandian, { theme: '学习' });
    const pointIndex = draft.children.findIndex((block) => block.type === 'point');
    const guidance = sandian.sections[1]!.points!.guidance;
    expect(placeholderFor(draft.children[pointIndex]!, pointIndex, draft.children, sandian)).toBe(`${guidance.slice(0, guidance.indexOf('。') + 1)}…`);
    expect(placeholderFor(title(''), 0, [], null)).toBe(TITLE_HINT);
    const free = [title('题'), para('')];
    expect(placeholderFor(free[1]!, 1, free, null)).toBe(FREE_DRAFT_HINT);
    const more = [title('题'), para('已写'), para('')];
    expect(placeholderFor(more[2]!, 2, more, null)).toBe('');
    expect(placeholderFor(para('有字', 'kaitou'), 1, [], sandian)).toBe('');
  });

  it('give the current section’s guidance and starters', () => {
    const advice = adviceFor(sandian, point('', '', 'sandian'));
    expect(advice?.name).toBe('主体 · 每一点');
    expect(advice?.starters).toEqual(sandian.sections[1]!.points!.starters);
    expect(adviceFor(sandian, para('', 'jiewei'))?.starters).toContain('以上是我的研讨发言，不妥之处，请各位领导和同志们批评指正。');
    // The closing's starters are headed 常用结尾, not 常用开头.
    expect(adviceFor(sandian, para('', 'jiewei'))?.startersTitle).toBe('常用结尾');
    expect(adviceFor(sandian, para('', 'kaitou'))?.startersTitle).toBe('常用开头');
    expect(advice?.startersTitle).toBe('常用开头');
    expect(adviceFor(null, para(''))).toBeUndefined();
  });
});

describe('keyboard shortcuts', () => {
  const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
    key,
    code: /^\d$/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });
  it('map to commands', () => {
    expect(commandForKey(press('0', { ctrlKey: true }))).toEqual({ type: 'block-kind', kind: 'paragraph' });
    expect(commandForKey(press('3', { ctrlKey: true }))).toEqual({ type: 'block-kind', kind: 'heading-3' });
    expect(commandForKey(press('5', { metaKey: true }))).toEqual({ type: 'block-kind', kind: 'point' });
    expect(commandForKey(press('l', { ctrlKey: true }))).toEqual({ type: 'lead' });
    expect(commandForKey(press('b', { ctrlKey: true }))).toEqual({ type: 'bold' });
    expect(commandForKey({ ...press('ArrowUp', { altKey: true }), code: 'ArrowUp' })).toEqual({ type: 'move', direction: 'up' });
    expect(commandForKey(press('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(commandForKey(press('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'redo' });
    expect(commandForKey(press('y', { ctrlKey: true }))).toEqual({ type: 'redo' });
    expect(commandForKey(press('b'))).toBeUndefined();
    expect(commandForKey(press('c', { ctrlKey: true }))).toBeUndefined();
  });
});
