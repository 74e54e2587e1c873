import { describe, expect, it } from 'vitest';
import { draftOf, findingsWith, heading, para, point, title } from '../fixtures/checks/build.js';

describe('标题对仗', () => {
  it('accepts three headings of one shape (6+6)', () => {
    const draft = draftOf([title('体会'), heading(1, '深刻领悟精髓，提高思想认识'), heading(1, '坚持问题导向，汇集民声民智'), heading(1, '弘扬务实作风，当好表率先锋')]);
    expect(findingsWith(draft, 'parallel')).toEqual([]);
  });

  it('accepts clause lengths one character apart', () => {
    const draft = draftOf([title('体会'), point('深化理论武装，把握“千万工程”的思想精髓。'), point('坚持问题导向，找准推动发展的着力点。'), point('强化担当作为，确保各项任务落地见效。')]);
    expect(findingsWith(draft, 'parallel')).toEqual([]);
  });

  it('reports the heading that breaks the shared pattern', () => {
    const draft = draftOf([title('体会'), heading(1, '深刻领悟精髓，提高思想认识'), heading(1, '坚持问题导向，汇集民声民智'), heading(1, '弘扬作风，当好表率先锋')]);
    const found = findingsWith(draft, 'parallel.pattern');
    expect(found.map((f) => [f.location.block, f.severity, f.message])).toEqual([[3, 'info', '与同组标题不对仗：其余多为“6字＋6字”，这一条是“4字＋6字”']]);
  });

  // Only a hint: on real drafts editors rejected every such finding (issue #12).
  it('hints at a different number of clauses', () => {
    const draft = draftOf([title('体会'), point('深化理论武装，筑牢思想根基。'), point('坚持问题导向，找准工作抓手。'), point('强化担当作为。'), point('转变工作作风，守好为民初心。')]);
    const [finding] = findingsWith(draft, 'parallel.pattern');
    expect(finding?.severity).toBe('info');
    expect(finding?.location).toEqual({ block: 3, start: 0, end: 7 });
  });

  it('compares headings only among siblings of one parent', () => {
    const draft = draftOf([
      title('体会'),
      heading(1, '提高思想认识'),
      heading(2, '深刻领悟精髓，提高思想认识'),
      heading(2, '坚持问题导向，汇集民声民智'),
      heading(1, '狠抓工作落实'),
      heading(2, '弘扬作风'),
      heading(1, '加强自身建设'),
    ]);
    expect(findingsWith(draft, 'parallel')).toEqual([]);
  });

  it('reports a lead far longer than the others when no pattern is shared', () => {
    const draft = draftOf([
      title('体会'),
      point('深化理论武装。', '正文。'),
      point('坚持问题导向。', '正文。'),
      point('强化担当作为，推动任务落地见效，确保取得实实在在的成果。', '正文。'),
    ]);
    expect(findingsWith(draft, 'parallel').map((f) => f.location.block)).toEqual([3]);
  });

  it('needs three items to compare', () => {
    const draft = draftOf([title('体会'), point('深化理论武装，筑牢思想根基。'), point('强化担当作为。'), para('正文。')]);
    expect(findingsWith(draft, 'parallel')).toEqual([]);
  });
});
