import { beforeAll, describe, expect, it } from 'vitest';
import { articlesOf } from '../../core/collect/articles.js';
import { balancedLines } from '../../core/collect/balanced-lines.js';
import { compileCollection } from '../../core/collect/compile-docx.js';
import { countLines, TITLE_LINE } from '../../core/pages/line-breaking.js';
import { useSegmenter } from '../../core/checks/words/segmenter.js';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { createDraft } from '../../core/model/create.js';
import { loadNodeSegmenter } from '../../core/node/segmenter.js';
import { paragraphs, readDocxParts } from '../support/docx-parts.js';

/** GB/T 9704 7.3.1 (#15 item 3): long titles in lines of similar length, broken between words. */
const LONG = '关于深入学习贯彻习近平新时代中国特色社会主义思想主题教育专题民主生活会的情况报告';
const THREE = '关于进一步加强和改进新时代机关党建工作推动党建与业务深度融合提升机关服务保障能力和水平的实施意见';
const TWO = '在全市交通运输系统深入学习贯彻党的二十届三中全会精神专题研讨会上的发言';

/** The lines a title paragraph prints: its text split at w:br. */
const printedLines = (xml: string): string[] =>
  xml
    .split('<w:br/>')
    .map((part) => [...part.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((line) => line !== '');

beforeAll(() => {
  expect(loadNodeSegmenter()).toBe(true);
});

describe('balanced title lines', () => {
  it.each([TWO, THREE])('%s: as many lines as it needs, of similar length, breaking between words', (title) => {
    const lines = balancedLines(title, TITLE_LINE);
    expect(lines.join('')).toBe(title);
    expect(lines).toHaveLength(countLines(title, TITLE_LINE));
    const lengths = lines.map((line) => [...line].length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(4);
    // Not inside a word: jieba's words of the title are never cut.
    for (const word of ['学习', '贯彻', '交通运输', '研讨会', '三中全会', '精神', '加强', '改进', '新时代', '机关', '党建', '工作', '推动', '业务', '深度', '融合', '提升', '服务', '保障', '能力', '水平', '实施', '意见']) {
      if (!title.includes(word)) continue;
      expect(lines.some((line) => line.includes(word)), `${word} in ${lines.join(' / ')}`).toBe(true);
    }
  });

  it('breaks inside a word only when no line can end between words: 习近平新时代中国特色社会主义思想 across the middle', () => {
    const lines = balancedLines(LONG, TITLE_LINE);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe(LONG);
  });

  it('without the segmenter it still balances (any break between Han characters)', () => {
    useSegmenter(undefined);
    try {
      const lines = balancedLines(LONG, TITLE_LINE);
      expect(lines.length).toBe(countLines(LONG, TITLE_LINE));
    } finally {
      loadNodeSegmenter();
    }
  });
});

describe('titles in the export and the 汇编', () => {
  it('the draft title gets line breaks at the balanced points; a short title none', async () => {
    const draft = createDraft(LONG);
    const title = paragraphs(readDocxParts(await exportDraftToDocx(draft)).document).find((p) => p.styleId === 'Title')!;
    expect(printedLines(title.xml)).toEqual(balancedLines(LONG, TITLE_LINE));
    expect(printedLines(title.xml).length).toBeGreaterThan(1);
    const short = paragraphs(readDocxParts(await exportDraftToDocx(createDraft('学习体会'))).document).find((p) => p.styleId === 'Title')!;
    expect(short.xml).not.toContain('<w:br/>');
  });

  it('an article title in the 汇编 breaks the same way', async () => {
    const draft = createDraft(TWO, { author: '张三', unit: '办公室' });
    draft.children.push({ type: 'paragraph', children: [{ text: '正文。' }] });
    const { bytes } = await compileCollection(articlesOf(draft, 'a.gaojiang'), { title: '汇编' });
    const title = paragraphs(readDocxParts(bytes).document).find((p) => p.styleId === 'ArticleTitle')!;
    expect(printedLines(title.xml)).toEqual(balancedLines(TWO, TITLE_LINE));
    expect(title.xml).toContain('w:bookmarkStart');
  });
});

describe('a title in balanced lines re-imports as one title', () => {
  it('from a .docx edited in Word (its embedded draft gone)', async () => {
    const { unzipSync, zipSync } = await import('fflate');
    const { importDocument } = await import('../../core/import/import-document.js');
    const { blockText } = await import('../../core/model/text.js');
    const draft = createDraft(TWO);
    draft.children.push({ type: 'paragraph', children: [{ text: '我们要加强学习。' }] });
    const parts = unzipSync(await exportDraftToDocx(draft));
    expect(new TextDecoder().decode(parts['word/document.xml'])).toContain('<w:br/>');
    for (const name of Object.keys(parts)) if (name.startsWith('customXml')) delete parts[name];
    const imported = await importDocument({ kind: 'docx', bytes: zipSync(parts) }, {});
    const blocks = imported.drafts[0]!.children.filter((block) => blockText(block).trim() !== '');
    expect(blocks.map((block) => [block.type, blockText(block)])).toEqual([
      ['title', TWO],
      ['paragraph', '我们要加强学习。'],
    ]);
  }, 30_000);
});
