import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBERING, deriveLabels, formatLabel } from '../../core/model/numbering.js';
import { NUMBER_STYLES, type Block, type NumberingScheme } from '../../core/model/schema.js';

const title = (text = '标题'): Block => ({ type: 'title', children: [{ text }] });
const heading = (level: 1 | 2 | 3 | 4, text = 'h'): Block => ({ type: 'heading', level, children: [{ text }] });
const point = (text = 'p'): Block => ({ type: 'point', children: [{ text }] });
const paragraph = (text = 'x'): Block => ({ type: 'paragraph', children: [{ text }] });

const labels = (blocks: Block[], scheme: Partial<NumberingScheme> = {}): string[] =>
  deriveLabels(blocks, { ...DEFAULT_NUMBERING, ...scheme });

describe('formatLabel: every style', () => {
  const firstThree = (style: (typeof NUMBER_STYLES)[number], count = 3): string[] =>
    [0, 1, 2].slice(0, count).map((i) => formatLabel(style, i, count));

  it.each([
    ['yi-shi', ['一是', '二是', '三是']],
    ['chinese-dun', ['一、', '二、', '三、']],
    ['chinese-paren', ['（一）', '（二）', '（三）']],
    ['arabic-dot', ['1.', '2.', '3.']],
    ['arabic-paren', ['（1）', '（2）', '（3）']],
    ['shou-xian', ['首先，', '其次，', '最后，']],
    ['di-yi', ['第一，', '第二，', '第三，']],
    ['none', ['', '', '']],
  ] as const)('%s', (style, expected) => {
    expect(firstThree(style)).toEqual(expected);
  });

  it('首先 … 最后 adapts to the number of items', () => {
    const run = (count: number) => Array.from({ length: count }, (_, i) => formatLabel('shou-xian', i, count));
    expect(run(1)).toEqual(['首先，']);
    expect(run(2)).toEqual(['首先，', '最后，']);
    expect(run(4)).toEqual(['首先，', '其次，', '再次，', '最后，']);
    expect(run(6)).toEqual(['首先，', '其次，', '再次，', '第四，', '第五，', '最后，']);
  });
});

describe('deriveLabels', () => {
  it('numbers points 一是 … 十二是 beyond ten', () => {
    const blocks = [title(), ...Array.from({ length: 12 }, () => point())];
    expect(labels(blocks).slice(1)).toEqual([
      '一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是', '十一是', '十二是',
    ]);
  });

  it('gives titles and paragraphs no label, and a paragraph between points does not restart the group', () => {
    const blocks = [title(), paragraph(), point(), paragraph('continues'), point(), point()];
    expect(labels(blocks)).toEqual(['', '', '一是', '', '二是', '三是']);
  });

  it('restarts points under each heading and nests heading levels', () => {
    const blocks = [
      title(),
      heading(1), heading(2), point(), point(), heading(2), heading(3), heading(3), heading(4),
      heading(1), heading(2), point(),
    ];
    expect(labels(blocks)).toEqual([
      '', '一、', '（一）', '一是', '二是', '（二）', '1.', '2.', '（1）', '二、', '（一）', '一是',
    ]);
  });

  it('relabels after reorder, insert and delete, with the text untouched', () => {
    const blocks = [title(), point('甲'), point('乙'), point('丙')];
    const moved = [blocks[0]!, blocks[3]!, blocks[1]!, blocks[2]!];
    expect(labels(moved)).toEqual(['', '一是', '二是', '三是']);
    expect(moved.map((b) => (b.children[0] as { text: string }).text)).toEqual(['标题', '丙', '甲', '乙']);

    const inserted = [...blocks.slice(0, 2), point('新'), ...blocks.slice(2)];
    expect(labels(inserted)).toEqual(['', '一是', '二是', '三是', '四是']);

    const deleted = [blocks[0]!, blocks[1]!, blocks[3]!];
    expect(labels(deleted)).toEqual(['', '一是', '二是']);
  });

  it('converts every label of a level when its style changes', () => {
    const blocks = [title(), heading(1), point(), point(), point(), heading(1)];
    expect(labels(blocks, { point: 'shou-xian', heading1: 'arabic-dot' })).toEqual([
      '', '1.', '首先，', '其次，', '最后，', '2.',
    ]);
    expect(labels(blocks, { point: 'di-yi', heading1: 'none' })).toEqual(['', '', '第一，', '第二，', '第三，', '']);
  });

  it('counts each article of a compilation from one again after a title', () => {
    const blocks = [title('甲'), heading(1), heading(1), point(), title('乙'), heading(1), point()];
    expect(labels(blocks)).toEqual(['', '一、', '二、', '一是', '', '一、', '一是']);
  });
});
