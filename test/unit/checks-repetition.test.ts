import { describe, expect, it } from 'vitest';
import type { Draft } from '../../core/model/schema.js';
import { closing, draftOf, findingsWith, heading, para, point, title } from '../fixtures/checks/build.js';

describe('repeated sentences', () => {
  it('reports the second occurrence, naming the paragraph of the first', () => {
    const draft = draftOf([title('体会'), para('我们要把学习成果转化为推动工作的实际行动。'), para('会议强调了这一点。我们要把学习成果转化为推动工作的实际行动。')]);
    const found = findingsWith(draft, 'repeat.sentence');
    expect(found.map((f) => [f.location, f.message])).toEqual([[{ block: 2, start: 9, end: 30 }, '这句话与第2段中的一句重复']]);
  });

  it('ignores short sentences and sentences in different articles of a compilation', () => {
    expect(findingsWith(draftOf([title('体会'), para('问题是时代的声音。问题是时代的声音。')]), 'repeat.sentence')).toEqual([]);
    const compilation = draftOf([title('第一篇'), para('我们要把学习成果转化为推动工作的实际行动。'), title('第二篇'), para('我们要把学习成果转化为推动工作的实际行动。')]);
    expect(findingsWith(compilation, 'repeat.sentence')).toEqual([]);
  });
});

describe('repeated phrases', () => {
  const body = (phrase: string, times: number): Draft =>
    draftOf([title('学习“千万工程”经验研讨发言'), ...Array.from({ length: times }, (_, i) => para(`第${i + 1}次，${phrase}要走在前列。`))]);

  it('reports a phrase used more than four times, grown to the longest shared form', () => {
    const found = findingsWith(body('广大党员干部', 5), 'repeat.phrase');
    expect(found.map((f) => f.message)).toEqual(['“广大党员干部要走在前列”在本篇用了5次，用得较多，可换个说法']);
    expect(found[0]!.location.block).toBe(5);
    expect(findingsWith(body('广大党员干部', 4), 'repeat.phrase')).toEqual([]);
  });

  it('takes its limit from the options', () => {
    expect(findingsWith(body('广大党员干部', 3), 'repeat.phrase', { phraseRepeatLimit: 2 })).toHaveLength(1);
  });

  it('ignores the theme words of the title, quoted terms and names', () => {
    const draft = draftOf([
      title('学习“千万工程”经验研讨发言'),
      ...Array.from({ length: 6 }, () => para('“浦江经验”好，千万工程好，习近平总书记指出。')),
    ]);
    // The whole sentence repeats (reported once per repeat), but none of its phrases on their own.
    expect(findingsWith(draft, 'repeat.phrase')).toEqual([]);
  });
});

describe('repeated openings', () => {
  it('reports three paragraphs in a row opening with the same word', () => {
    const draft = draftOf([title('体会'), para('广大干部要学习。'), para('广大干部要总结。'), para('“广大干部”要落实。'), para('我们要坚持。')]);
    const found = findingsWith(draft, 'repeat.opening');
    expect(found.map((f) => [f.location, f.message])).toEqual([[{ block: 3, start: 1, end: 3 }, '连续3段都以“广大”开头，句式单调，可变换开头']]);
  });

  it('leaves points, headings, and runs broken by them alone', () => {
    expect(findingsWith(draftOf([title('体会'), point('坚持学习。'), point('坚持总结。'), point('坚持落实。')]), 'repeat.opening')).toEqual([]);
    expect(findingsWith(draftOf([title('体会'), para('广大干部要学习。'), para('广大干部要总结。'), heading(1, '落实'), closing('广大干部要落实。')]), 'repeat.opening')).toEqual([]);
  });
});
