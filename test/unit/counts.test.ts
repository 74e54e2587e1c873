import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBERING } from '../../core/model/numbering.js';
import type { Block } from '../../core/model/schema.js';
import { blockCharacters, countCharacters, draftCharacters, draftStats } from '../../core/model/stats.js';
import { instantiateTemplate } from '../../core/templates/instantiate.js';
import { articleSummary } from '../../renderer/src/app/import/import-preview.js';
import { analyseDraft } from '../../renderer/src/editor/model/analysis.js';
import { loadTemplate } from './editor-test-kit.js';

/** 字数: one function in core (draftCharacters), the same number in every place that shows one. */
describe('字数 (draftCharacters)', () => {
  const blocks: Block[] = [
    { type: 'title', children: [{ text: '关于加强学习的体会' }] },
    { type: 'author-line', children: [{ text: '某单位 张三' }] },
    { type: 'heading', level: 1, children: [{ text: '提高认识' }] },
    { type: 'paragraph', children: [{ text: '我们要提高认识，GDP增长4.5%。' }] },
    { type: 'point', children: [{ text: '加强学习。', lead: true }, { text: '认真学习。' }] },
    { type: 'paragraph', children: [{ text: '引用', }, { type: 'quote', quoteId: 'q1', speaker: '', source: '', children: [{ text: '学而不思则罔' }] }, { text: '。' }] },
  ];

  it('counts the body only: not the title, not the author line, not the derived labels (一、 一是)', () => {
    expect(blockCharacters(blocks[0]!)).toBe(0);
    expect(blockCharacters(blocks[1]!)).toBe(0);
    expect(blockCharacters(blocks[2]!)).toBe(4); // 提高认识, without its 一、
    expect(blockCharacters(blocks[3]!)).toBe(14); // GDP and 4.5 count one each, as in Word
    expect(blockCharacters(blocks[4]!)).toBe(10); // without its 一是
    expect(blockCharacters(blocks[5]!)).toBe(2 + 1 + 6 + 1 + 1); // the quotation's “” are printed, so counted
    expect(draftCharacters(blocks)).toBe(4 + 14 + 10 + 11);
  });

  it('white space is not counted; a run of Latin letters or digits is one', () => {
    expect(countCharacters('  2024 年 GDP ')).toBe(3);
  });

  it('the editor’s analysis, 体检’s length and the import preview all give the same number', () => {
    const total = draftCharacters(blocks);
    expect(analyseDraft(blocks, DEFAULT_NUMBERING).total).toBe(total);
    expect(draftStats(blocks).total).toBe(total);
    const draft = { ...instantiateTemplate(loadTemplate('yantao-fayan-sandian.json'), { theme: '学' }), children: blocks };
    expect(articleSummary(draft, 'x').characters).toBe(total);
  });

  it('a new draft from a template counts 0 before anything is written', () => {
    const draft = instantiateTemplate(loadTemplate('yantao-fayan-sandian.json'), { theme: '学习“千万工程”经验' });
    expect(draftCharacters(draft.children)).toBe(0);
    expect(analyseDraft(draft.children, draft.numbering).total).toBe(0);
  });
});
