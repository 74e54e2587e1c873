import { describe, expect, it } from 'vitest';
import { applyFixes, applyFixesWithReport, fixAllMechanical, runChecks, type Finding } from '../../core/checks/index.js';
import type { Draft, Inline } from '../../core/model/schema.js';
import { draftOf, para, title } from '../fixtures/checks/build.js';

const editFinding = (block: number, start: number, end: number, text: string, expected: string): Finding => ({
  id: 'test.edit',
  kind: '标点符号',
  severity: 'error',
  message: '测试',
  location: { block, start, end },
  excerpt: '',
  fix: { type: 'edit', edits: [{ block, start, end, text, expected }] },
  fixAll: true,
});

const withChildren = (children: Inline[]): Draft => draftOf([title('体会'), { type: 'paragraph', children }]);

describe('applyFixes', () => {
  it('keeps the marks of the leaf an edit falls in', () => {
    const draft = withChildren([{ text: '深化理论武装,筑牢思想根基。', bold: true }, { text: '正文,要学习。' }]);
    const fixed = fixAllMechanical(draft).draft;
    expect(fixed.children[1]!.children).toEqual([{ text: '深化理论武装，筑牢思想根基。', bold: true }, { text: '正文，要学习。' }]);
  });

  it('edits inside a quote element, keeping it a quote element', () => {
    const draft = withChildren([{ text: '强调：' }, { type: 'quote', speaker: '习近平', children: [{ text: '民之所忧,我必念之。' }] }, { text: '要牢记。' }]);
    const fixed = fixAllMechanical(draft).draft;
    expect(fixed.children[1]!.children).toEqual([{ text: '强调：' }, { type: 'quote', speaker: '习近平', children: [{ text: '民之所忧，我必念之。' }] }, { text: '要牢记。' }]);
  });

  it('refuses an edit that would cross a quote element’s edge (never merging a quotation away)', () => {
    const draft = withChildren([{ text: '学习' }, { type: 'quote', speaker: '', children: [{ text: '千万工程' }] }, { text: '经验' }]);
    // Leaf offsets: 学习 0–2, 千万工程 2–6, 经验 6–8.
    const crossing = editFinding(1, 1, 3, 'X', '习千');
    const report = applyFixesWithReport(draft, [crossing]);
    expect(report.applied).toEqual([]);
    expect(report.draft).toBe(draft);
  });

  it('edits across two leaves of the same container, the text going into the first', () => {
    const draft = withChildren([{ text: '学习 ', bold: true }, { text: ' 贯彻' }]);
    const fixed = applyFixes(draft, [editFinding(1, 2, 4, '', '  ')]);
    expect(fixed.children[1]!.children).toEqual([{ text: '学习', bold: true }, { text: '贯彻' }]);
  });

  it('skips a stale edit and is idempotent with the same findings', () => {
    const draft = withChildren([{ text: '学习,贯彻' }]);
    const findings = runChecks(draft).filter((f) => f.fixAll);
    const once = applyFixes(draft, findings);
    expect(applyFixes(once, findings)).toEqual(once);
    expect(applyFixesWithReport(once, findings).applied).toEqual([]);
  });

  it('applies the first of two overlapping fixes; the next round settles the rest', () => {
    const draft = withChildren([{ text: '学习,贯彻' }]);
    const report = applyFixesWithReport(draft, [editFinding(1, 2, 3, '、', ','), editFinding(1, 2, 3, '，', ',')]);
    expect(report.applied.map((f) => f.fix)).toEqual([{ type: 'edit', edits: [{ block: 1, start: 2, end: 3, text: '、', expected: ',' }] }]);
    expect(report.skipped).toHaveLength(1);
  });

  it('does not change the draft it is given', () => {
    const draft = withChildren([{ text: '学习,贯彻' }]);
    const copy = structuredClone(draft);
    fixAllMechanical(draft);
    expect(draft).toEqual(copy);
  });

  it('keeps section tags through conversions', () => {
    const draft = draftOf([title('体会'), { type: 'paragraph', section: 'sandian', children: [{ text: '一是学习。正文。' }] }, { type: 'paragraph', section: 'sandian', children: [{ text: '二是落实。正文。' }] }]);
    const fixed = fixAllMechanical(draft).draft;
    expect(fixed.children.slice(1).map((b) => [b.type, 'section' in b ? b.section : undefined])).toEqual([
      ['point', 'sandian'],
      ['point', 'sandian'],
    ]);
  });

  it('leaves para() alone when nothing applies', () => {
    const draft = draftOf([title('体会'), para('正文。')]);
    expect(applyFixes(draft, [])).toBe(draft);
  });
});
