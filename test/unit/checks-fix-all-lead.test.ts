import { describe, expect, it } from 'vitest';
import { fixAllMechanical } from '../../core/checks/index.js';
import type { Block, Inline } from '../../core/model/schema.js';
import { draftOf, para, title } from '../fixtures/checks/build.js';

/** Whether every character of a block prints bold (a lead clause is printed bold). */
const boldChars = (block: Block): number =>
  block.children.reduce((n, inline: Inline) => n + ('type' in inline ? 0 : inline.bold || inline.lead ? inline.text.length : 0), 0);
const chars = (block: Block): number => block.children.reduce((n, inline: Inline) => n + ('type' in inline ? inline.children.reduce((m, l) => m + l.text.length, 0) : inline.text.length), 0);

describe('全部修正 of typed numbers (#15 item 6)', () => {
  it('never makes a whole point bold: a one-sentence point gets no lead clause', () => {
    const draft = draftOf([
      title('体会'),
      para('一是加强理论学习，不断提高政治站位。'),
      para('二是深化调查研究。要坚持问题导向，把情况摸清摸透。'),
      para('三是狠抓整改落实，确保取得实效。'),
    ]);
    const fixed = fixAllMechanical(draft).draft;
    const points = fixed.children.filter((block) => block.type === 'point');
    expect(points).toHaveLength(3);
    for (const point of points) expect(boldChars(point)).toBeLessThan(chars(point));
    // A point with a body keeps its first sentence as the bold lead clause.
    expect(points[1]!.children[0]).toEqual({ text: '深化调查研究。', lead: true });
    expect(points[0]!.children).toEqual([{ text: '加强理论学习，不断提高政治站位。' }]);
  });
});

describe('a run-in heading after 全部修正, exported (#15 item 6)', () => {
  it('sets only the heading sentence in 楷体; the rest of the paragraph is body text', async () => {
    const { exportDraftToDocx } = await import('../../core/export/docx.js');
    const { paragraphs, readDocxParts } = await import('../support/docx-parts.js');
    const draft = draftOf([
      title('体会'),
      para('一、提高认识'),
      para('（一）深化理论学习。要把学习贯彻作为首要任务，做到学思用贯通。'),
      para('（二）强化责任担当。把责任扛在肩上。'),
      para('二、狠抓落实'),
    ]);
    const fixed = fixAllMechanical(draft).draft;
    expect(fixed.children.filter((block) => block.type === 'heading').map((block) => (block.type === 'heading' ? block.level : 0))).toEqual([1, 2, 2, 1]);
    const parts = await readDocxParts(await exportDraftToDocx(fixed));
    const runIn = paragraphs(parts.document).find((p) => p.text.startsWith('（一）'));
    expect(runIn?.text).toBe('（一）深化理论学习。要把学习贯彻作为首要任务，做到学思用贯通。');
    const fontOf = (text: string) => runIn?.runs.find((run) => run.text.includes(text))?.eastAsiaFont;
    expect(fontOf('深化理论学习。')).toBe('楷体_GB2312');
    expect(fontOf('要把学习')).toBe('仿宋_GB2312');
    expect(runIn?.runs.some((run) => run.bold)).toBe(false);
  });
});
