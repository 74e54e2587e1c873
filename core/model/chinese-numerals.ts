const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/**
 * 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, as numbers are read
 * in headings (一、 十一、) and ordinals (第十二).
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) {
    throw new RangeError(`toChineseNumeral supports 1..9999, got ${n}`);
  }
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i] ?? '';
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十一 not 一十一 when the number starts with the tens place.
    const digit = d === 1 && unit === '十' && out === '' ? '' : DIGITS[d];
    out += digit + unit;
  });
  return out;
}

/** 一 → 1, 十二 → 12, 二十 → 20; undefined if the text is not a Chinese numeral below 100. */
export function parseChineseNumeral(text: string): number | undefined {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return undefined;
  const [, tens, ten, ones] = m;
  const value = (d: string | undefined): number => (d ? DIGITS.indexOf(d) : 0);
  if (ten) return (tens ? value(tens) : 1) * 10 + value(ones);
  if (tens && ones) return undefined; // 二三 is not a numeral
  return value(tens || ones) || undefined;
}
