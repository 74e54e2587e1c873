import { describe, expect, it } from 'vitest';
import { chineseDate, parseChineseDate } from '../../core/collect/chinese-date.js';

describe('dates in Chinese (#15 item 5)', () => {
  it.each([
    ['2026年12月4日', '2026-12-04'],
    ['2026-12-4', '2026-12-04'],
    ['2026/12/04', '2026-12-04'],
    ['2026.12.4', '2026-12-04'],
    ['20261204', '2026-12-04'],
    ['２０２６年１２月４日', '2026-12-04'],
    [' 2026 年 2 月 28 日 ', '2026-02-28'],
  ])('reads %s', (typed, iso) => expect(parseChineseDate(typed)).toBe(iso));

  it.each(['2026年2月30日', '12/04/2026', '明天', '2026-13-01', ''])('refuses %s', (typed) => expect(parseChineseDate(typed)).toBeUndefined());

  it('shows ISO dates as 2026年12月4日 and leaves other text', () => {
    expect(chineseDate('2026-12-04')).toBe('2026年12月4日');
    expect(chineseDate('2026年底')).toBe('2026年底');
    expect(parseChineseDate(chineseDate('2026-01-09'))).toBe('2026-01-09');
  });
});
