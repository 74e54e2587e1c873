import { describe, expect, it } from 'vitest';
import { compileItemMeta, localDate } from '../../renderer/src/organizer/compile-item.js';

describe('the 汇编 list', () => {
  it('names who handed each article in, and says so when nobody on the roster did', () => {
    expect(compileItemMeta('李四', '交通运输局', '已交')).toBe('李四 · 交通运输局 · 已交');
    expect(compileItemMeta('王五', undefined, '已收录')).toBe('王五 · 已收录');
    // An unmatched submission used to read “ · 已交”.
    expect(compileItemMeta('', undefined, '已交')).toBe('未对应名单 · 已交');
  });

  it('dates the 汇编 on the local calendar day, not the UTC one', () => {
    // 07:30 on 25 November in the machine's time zone is 25 November, whatever UTC says.
    expect(localDate(new Date(2026, 10, 25, 7, 30))).toBe('2026-11-25');
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
