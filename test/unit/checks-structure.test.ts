import { describe, expect, it } from 'vitest';
import { applyFixes, fixAllMechanical, runChecks } from '../../core/checks/index.js';
import { deriveLabels } from '../../core/model/numbering.js';
import type { Draft } from '../../core/model/schema.js';
import { blockText } from '../../core/model/text.js';
import { closing, draftOf, findingsWith, heading, para, point, quote, texts, title } from '../fixtures/checks/build.js';

const printed = (draft: Draft): string[] => {
  const labels = deriveLabels(draft.children, draft.numbering);
  return draft.children.map((block, i) => (labels[i] ?? '') + blockText(block));
};
const types = (draft: Draft): string[] => draft.children.map((b) => (b.type === 'heading' ? `h${b.level}` : b.type));
const three = [point('深化理论武装，筑牢思想根基。', '正文一。'), point('坚持问题导向，找准工作抓手。', '正文二。'), point('强化担当作为，推动任务落地。', '正文三。')];

describe('lone items', () => {
  it('reports 一是 without 二是 and can turn it into a paragraph with its lead still bold', () => {
    const draft = draftOf([title('体会'), point('深化理论武装。', '正文。')]);
    const [finding] = findingsWith(draft, 'structure.lone-point');
    expect(finding?.message).toBe('只有“一是”没有“二是”：一组分点至少两条，否则不必编号');
    expect(finding?.fixAll).toBe(false);
    const fixed = applyFixes(draft, [finding!]);
    expect(fixed.children[1]).toEqual({ type: 'paragraph', children: [{ text: '深化理论武装。', bold: true }, { text: '正文。' }] });
  });

  it('reports 一、 without 二、, and not a group of two or more', () => {
    expect(findingsWith(draftOf([title('体会'), heading(1, '提高认识'), para('正文。')]), 'structure.lone-heading')).toHaveLength(1);
    expect(findingsWith(draftOf([title('体会'), heading(1, '提高认识'), heading(1, '狠抓落实')]), 'structure.lone')).toEqual([]);
    expect(findingsWith(draftOf([title('体会'), ...three]), 'structure.lone')).toEqual([]);
  });

  it('says nothing when the level is not numbered', () => {
    expect(findingsWith(draftOf([title('体会'), point('深化理论武装。')], { point: 'none' }), 'structure.lone')).toEqual([]);
  });
});

describe('numbers typed into the text', () => {
  it('turns a paragraph opening with 一是 into a point, the number removed and the lead marked', () => {
    const draft = draftOf([title('体会'), para('一是深化理论武装。要把学习成果转化为工作举措。'), para('二是坚持问题导向。要聚焦群众急难愁盼。')]);
    const found = findingsWith(draft, 'structure.literal-number');
    expect(found.map((f) => f.message)).toEqual([
      '段首手打了编号“一是”：编号应由稿匠生成，宜改为分点并删去手打的编号',
      '段首手打了编号“二是”：编号应由稿匠生成，宜改为分点并删去手打的编号',
    ]);
    const { draft: fixed } = fixAllMechanical(draft);
    expect(fixed.children.slice(1)).toEqual([
      { type: 'point', children: [{ text: '深化理论武装。', lead: true }, { text: '要把学习成果转化为工作举措。' }] },
      { type: 'point', children: [{ text: '坚持问题导向。', lead: true }, { text: '要聚焦群众急难愁盼。' }] },
    ]);
    expect(printed(fixed).slice(1)).toEqual(['一是深化理论武装。要把学习成果转化为工作举措。', '二是坚持问题导向。要聚焦群众急难愁盼。']);
  });

  it('turns a paragraph opening with 一、 into a heading, splitting off the body of a long line', () => {
    const body = '“千万工程”是习近平生态文明思想在浙江的生动实践，实施20年来，造就了浙江万千美丽乡村。';
    const draft = draftOf([title('体会'), para(`一、深刻领悟精髓，提高思想认识。${body}`), para('二、坚持问题导向')]);
    const { draft: fixed } = fixAllMechanical(draft);
    expect(types(fixed)).toEqual(['title', 'h1', 'paragraph', 'h1']);
    expect(texts(fixed).slice(1)).toEqual(['深刻领悟精髓，提高思想认识。', body, '坚持问题导向']);
  });

  it('leaves 首先 and 第一 opening an ordinary paragraph to the sequence check', () => {
    expect(findingsWith(draftOf([title('体会'), para('首先，要提高认识。其次，要狠抓落实。')]), 'structure.literal-number')).toEqual([]);
  });

  it.each([
    ['一是一是深化理论武装。', 'structure.duplicate-number', '编号重复：自动编号“一是”后面又手打了“一是”'],
    ['三是深化理论武装。', 'structure.duplicate-number', '编号重复：自动编号“一是”后面又手打了“三是”'],
    ['首先，深化理论武装。', 'structure.mixed-style', '编号混用：这一层按“一是”编号，正文又写了“首先，”'],
    ['第一，深化理论武装。', 'structure.mixed-style', '编号混用：这一层按“一是”编号，正文又写了“第一，”'],
    ['首先要深化理论武装。', 'structure.mixed-style', '编号混用：这一层按“一是”编号，正文又写了“首先”'],
  ])('in a point: %s', (text, id, message) => {
    const draft = draftOf([title('体会'), point(text, '正文。'), point('坚持问题导向。', '正文。')]);
    const [finding] = findingsWith(draft, id);
    expect(finding?.message).toBe(message);
    const { draft: fixed } = fixAllMechanical(draft);
    expect(printed(fixed)[1]).toMatch(/^一是(要)?深化理论武装。正文。$/);
  });

  it('strips a typed number from a heading too', () => {
    const draft = draftOf([title('体会'), heading(1, '一、提高认识'), heading(1, '（二）狠抓落实')]);
    expect(runChecks(draft).map((f) => f.id)).toEqual(['structure.duplicate-number', 'structure.mixed-style']);
    expect(printed(fixAllMechanical(draft).draft).slice(1)).toEqual(['一、提高认识', '二、狠抓落实']);
  });

  it('keeps a typed number when the level is not numbered', () => {
    expect(findingsWith(draftOf([title('体会'), point('一是学习。'), point('二是落实。')], { point: 'none' }), 'structure')).toEqual([]);
  });
});

describe('typed numbers out of sequence', () => {
  it.each([
    [['一是学习。', '三是落实。'], '跳号：“一是”之后应是“二是”，不是“三是”'],
    [['一是学习。', '一是落实。'], '编号重复：连续两个“一是”'],
    // In a draft the first items may be out of sight: a sequence starting at 二是 is not judged.
    [['二是学习。', '三是落实。'], undefined],
    [['一、学习', '三、落实'], '跳号：“一、”之后应是“二、”，不是“三、”'],
    [['（一）学习', '（一）落实'], '编号重复：连续两个“（一）”'],
    [['1.学习', '3.落实', '2.总结'], '跳号：“1.”之后应是“2.”，不是“3.”'],
  ])('%j', (lines, message) => {
    const draft = draftOf([title('体会'), ...lines.map((line) => para(line))]);
    expect(findingsWith(draft, 'structure.literal-sequence').map((f) => f.message)[0]).toBe(message);
  });

  it('restarts 一是 under each heading and 1. under each （一）', () => {
    const draft = draftOf([title('体会'), heading(1, '学习'), para('一是读原著。'), para('二是悟原理。'), heading(1, '落实'), para('一是抓整改。'), para('二是建机制。')]);
    expect(findingsWith(draft, 'structure.literal-sequence')).toEqual([]);
  });
});

describe('sequence words in running text', () => {
  it.each([
    ['首先要提高认识，要狠抓落实。', 'structure.lone-shou-xian', '有“首先”，后面却没有“其次”“最后”', undefined],
    ['首先要树立问题意识。其次要主动担当。第三要久久为功。', 'structure.mixed-sequence', '序列词混用：这一组用“首先”“其次”，这里宜写“最后”而不是“第三”', '最后'],
    ['要抓好三件事：一是学习，三是落实。', 'structure.text-sequence', '跳号：“一是”之后应是“二是”，不是“三是”', '二是'],
    ['要抓好三件事：一是学习，二是总结，二是落实。', 'structure.text-sequence', '编号重复：连续两个“二是”', undefined],
    ['要抓好一件事：一是学习。', 'structure.lone-text-point', '有“一是”，后面却没有“二是”', undefined],
  ])('%s', (text, id, message, replacement) => {
    const [finding] = findingsWith(draftOf([title('体会'), para(text)]), id);
    expect(finding?.message).toBe(message);
    if (replacement) expect(finding?.fix).toMatchObject({ type: 'edit', edits: [{ text: replacement }] });
    expect(finding?.fixAll ?? false).toBe(false);
  });

  it.each([
    '首先要提高认识。其次要狠抓落实。最后要建章立制。',
    '要做到：一是学习，二是总结，三是落实。',
    '省委第一时间研究部署，把浦江作为下访的第一站。',
    '坚持统一是关键。',
    '第一，要学习。第二，要落实。',
  ])('accepts %s', (text) => {
    expect(findingsWith(draftOf([title('体会'), para(text)]), 'structure')).toEqual([]);
  });

  it('follows a sequence whose steps open their own paragraphs', () => {
    const draft = draftOf([title('体会'), para('首先，要提高认识。'), para('其次，要狠抓落实。'), para('最后，要建章立制。')]);
    expect(findingsWith(draft, 'structure')).toEqual([]);
  });
});

describe('skipped heading levels', () => {
  it('reports 一、 followed by 1. and can move the subtree up one level', () => {
    const draft = draftOf([title('体会'), heading(1, '学习'), heading(3, '读原著'), heading(4, '精读'), heading(3, '悟原理'), heading(1, '落实'), heading(2, '抓整改'), heading(2, '建机制')]);
    const found = findingsWith(draft, 'structure.skipped-level');
    expect(found.map((f) => [f.location.block, f.message])).toEqual([[2, '标题层级跳级：“一、”下面直接用了“1.”，中间缺“（一）”一级']]);
    const fixed = applyFixes(draft, found);
    expect(types(fixed)).toEqual(['title', 'h1', 'h2', 'h3', 'h2', 'h1', 'h2', 'h2']);
    expect(findingsWith(fixed, 'structure.skipped-level')).toEqual([]);
  });
});

describe('lead clause endings', () => {
  it.each([
    ['深化理论武装', '深化理论武装。'],
    ['深化理论武装，', '深化理论武装。'],
    ['深化理论武装、', '深化理论武装。'],
  ])('%s → %s', (lead, fixedLead) => {
    const draft = draftOf([title('体会'), point(lead, '正文。'), point('坚持问题导向。', '正文。')]);
    expect(findingsWith(draft, 'structure.lead-clause-end')).toHaveLength(1);
    expect(fixAllMechanical(draft).draft.children[1]!.children[0]).toEqual({ text: fixedLead, lead: true });
  });

  it.each(['深化理论武装。', '深化理论武装：', '怎样深化理论武装？', '要牢记“江山就是人民。”'])('accepts %s', (lead) => {
    const draft = draftOf([title('体会'), point(lead, '正文。'), point('坚持问题导向。', '正文。')]);
    expect(findingsWith(draft, 'structure.lead-clause-end')).toEqual([]);
  });

  it('adds 。 after a quotation that ends the lead: outside the quote element, bold like the lead', () => {
    const draft = draftOf([
      title('体会'),
      { type: 'point', children: [{ text: '坚定拥护', lead: true }, { type: 'quote', speaker: '', children: [{ text: '两个确立', lead: true }] }, { text: '要坚持学习。' }] },
      point('坚持问题导向。', '正文。'),
    ]);
    const fixed = fixAllMechanical(draft).draft;
    expect(fixed.children[1]!.children).toEqual([
      { text: '坚定拥护', lead: true },
      { type: 'quote', speaker: '', children: [{ text: '两个确立', lead: true }] },
      { text: '。', lead: true },
      { text: '要坚持学习。' },
    ]);
  });
});

describe('long 首先 groups', () => {
  it('suggests 一是 for five or more points', () => {
    const five = ['学习。', '总结。', '落实。', '整改。', '提高。'].map((lead) => point(lead));
    const draft = draftOf([title('体会'), ...five], { point: 'shou-xian' });
    const [finding] = findingsWith(draft, 'structure.long-shou-xian');
    expect(finding?.fix).toEqual({ type: 'set-numbering', level: 'point', from: 'shou-xian', to: 'yi-shi' });
    expect(applyFixes(draft, [finding!]).numbering.point).toBe('yi-shi');
    expect(findingsWith(draftOf([title('体会'), ...five.slice(0, 4)], { point: 'shou-xian' }), 'structure.long-shou-xian')).toEqual([]);
  });
});

describe('closing blocks', () => {
  it('are read like paragraphs', () => {
    expect(findingsWith(draftOf([title('体会'), ...three, closing('首先，我要感谢大家。')]), 'structure.lone-shou-xian')).toHaveLength(1);
  });
});

it('quote helper keeps its inline', () => {
  expect(para('a', quote('b')).children).toHaveLength(2);
});
