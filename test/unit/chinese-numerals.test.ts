import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../../core/model/chinese-numerals.js';

describe('toChineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
  ])('%i → %s', (n, expected) => {
    expect(toChineseNumeral(n)).toBe(expected);
  });

  it('rejects numbers it cannot write', () => {
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
  });

  it('reads back what it writes below 100', () => {
    for (let n = 1; n < 100; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it('does not read non-numerals', () => {
    expect(parseChineseNumeral('二三')).toBeUndefined();
    expect(parseChineseNumeral('')).toBeUndefined();
    expect(parseChineseNumeral('十十')).toBeUndefined();
  });
});
