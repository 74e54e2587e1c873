import { describe, expect, it } from 'vitest';
import { importPlainText } from '../../core/import/plain-text.js';
import { matchLineMarker } from '../../core/import/markers.js';
import { deriveLabels } from '../../core/model/numbering.js';
import { blockText } from '../../core/model/text.js';
import type { Block, Draft } from '../../core/model/schema.js';
import { corpusFiles, readCorpus } from '../support/corpus.js';
import { readFileSync } from 'node:fs';

const kinds = (draft: Draft): string[] =>
  draft.children.map((block) => (block.type === 'heading' ? `h${block.level}` : block.type));

/** The draft as printed: derived labels in front of every block's text. */
const printedText = (draft: Draft): string => {
  const labels = deriveLabels(draft.children, draft.numbering);
  return draft.children.map((block, i) => (labels[i] ?? '') + blockText(block)).join('');
};

describe('matchLineMarker', () => {
  it.each([
    ['一是深刻感悟', { kind: 'point', style: 'yi-shi', number: 1, rest: '深刻感悟' }],
    ['十二是加强', { kind: 'point', style: 'yi-shi', number: 12, rest: '加强' }],
    ['三、弘扬务实作风', { kind: 'heading', level: 1, number: 3, rest: '弘扬务实作风' }],
    ['（二）坚持问题导向', { kind: 'heading', level: 2, number: 2, rest: '坚持问题导向' }],
    ['(二)坚持问题导向', { kind: 'heading', level: 2, number: 2, rest: '坚持问题导向' }],
    ['3.强化监督', { kind: 'heading', level: 3, number: 3, rest: '强化监督' }],
    ['3．强化监督', { kind: 'heading', level: 3, number: 3, rest: '强化监督' }],
    ['（4）抓好落实', { kind: 'heading', level: 4, number: 4, rest: '抓好落实' }],
    ['第二，要', { kind: 'point', style: 'di-yi', number: 2, rest: '要' }],
    ['最后，我们', { kind: 'point', style: 'shou-xian', number: 4, rest: '我们' }],
  ])('%s', (line, expected) => {
    expect(matchLineMarker(line)).toEqual(expected);
  });

  it.each(['2.46万名县处级以上领导干部', '一二三', '第一次来到', '首先要', '一、', '二是', '20年前'])(
    'leaves %s alone',
    (line) => {
      expect(matchLineMarker(line)).toBeUndefined();
    },
  );
});

describe('importPlainText', () => {
  it('recognises the three run-in points and three run-in headings of the speeches', () => {
    const draft = importPlainText(readCorpus('speeches-excerpts.txt'), { fallbackTitle: '发言摘编' });
    // The file starts with a paragraph, not a title: the fallback title is used.
    expect(draft.children[0]).toEqual({ type: 'title', children: [{ text: '发言摘编' }] });
    expect(kinds(draft)).toEqual([
      'title', ...Array(4).fill('paragraph'), 'point', 'point', 'point', ...Array(4).fill('paragraph'),
      'h1', 'paragraph', 'h1', 'paragraph', 'h1', 'paragraph',
      // 一是完善工作机制。…二是…三是… inside the paragraph under 三、 become points.
      'point', 'point', 'point', 'paragraph',
    ]);
    const firstPoint = draft.children[5] as Block;
    expect(firstPoint.children[0]).toEqual({
      text: '深刻感悟“千万工程”“浦江经验”中人民至上的价值底色,转变工作作风,守好为民初心。',
      lead: true,
    });
    expect(blockText(draft.children[12] as Block)).toBe('深刻领悟精髓,提高思想认识。');
    expect(deriveLabels(draft.children, draft.numbering).filter(Boolean)).toEqual([
      '一是', '二是', '三是', '一、', '二、', '三、', '一是', '二是', '三是',
    ]);
  });

  it('takes the title of the compilation and guesses its genre', () => {
    const draft = importPlainText(readCorpus('compilation-two-articles.txt'));
    expect(blockText(draft.children[0] as Block)).toBe('学习“千万工程”、学习“浦江经验”研讨发言材料');
    expect(draft.meta.genre).toBe('研讨发言');
  });

  it('does not take a decimal such as 2.46万 for a heading; takes the short unnumbered lines for headings styled none', () => {
    const draft = importPlainText(readCorpus('news-summary-traditional.txt'));
    const headings = draft.children.filter((block) => block.type === 'heading');
    expect(headings.map(blockText)).toEqual(['深學細悟,堅持循跡溯源學思想促踐行', '四下基層,匯聚高質量發展強勁動能', '勤廉擔當,樹立和踐行正確政績觀', '動真碰硬,狠抓問題整改整治']);
    expect(draft.numbering.heading1).toBe('none');
    expect(draft.children.some((block) => blockText(block).startsWith('.46萬'))).toBe(false);
  });

  it.each(corpusFiles())('keeps every character of %s, labels derived where numbers were', (file) => {
    const source = readFileSync(file, 'utf8');
    const draft = importPlainText(source, { fallbackTitle: '' });
    const strip = (s: string) => s.replace(/\s/g, '');
    expect(strip(printedText(draft))).toBe(strip(source));
  });

  it('uses 首先/其次/最后 as points only when they form a sequence', () => {
    const lone = importPlainText('标题\n首先，我谈一点体会。\n其他内容。');
    expect(kinds(lone)).toEqual(['title', 'paragraph', 'paragraph']);
    const sequence = importPlainText('标题\n首先，提高认识。\n其次，加强学习。\n最后，抓好落实。');
    expect(kinds(sequence)).toEqual(['title', 'point', 'point', 'point']);
    expect(sequence.numbering.point).toBe('shou-xian');
    expect(deriveLabels(sequence.children, sequence.numbering)).toEqual(['', '首先，', '其次，', '最后，']);
  });

  it('recognises an author line under the title, and a date signature at the end', () => {
    const draft = importPlainText('学习心得体会\n市交通运输局 张明\n通过学习，我深受启发。今后要更加努力。\n市交通运输局\n2024年3月1日');
    expect(kinds(draft)).toEqual(['title', 'author-line', 'paragraph', 'signature', 'signature']);
    expect(draft.meta).toMatchObject({ unit: '市交通运输局', author: '张明', genre: '学习心得体会' });
  });

  it('splits 一是/二是 only at sentence starts, not an enumeration after a colon', () => {
    const enumeration = importPlainText('标题\n主要有两点：一是加强学习；二是抓好落实。');
    expect(kinds(enumeration)).toEqual(['title', 'paragraph']);
    const sentences = importPlainText('标题\n要做到两点。一是加强学习。学习是基础。二是抓好落实。落实是关键。');
    expect(kinds(sentences)).toEqual(['title', 'paragraph', 'point', 'point']);
    expect(blockText(sentences.children[2] as Block)).toBe('加强学习。学习是基础。');
  });

  it('marks the last paragraph as the closing when it reads like one', () => {
    const draft = importPlainText('标题\n一是加强学习。学习是基础。\n二是抓好落实。落实是关键。\n总之，我们要以更加饱满的热情投入工作。');
    expect(kinds(draft)).toEqual(['title', 'point', 'point', 'closing']);
  });

  it('gives an empty text a valid draft', () => {
    const draft = importPlainText('', { fallbackTitle: '空白' });
    expect(kinds(draft)).toEqual(['title', 'paragraph']);
  });
});
