/**
 * Dates as the organizer reads and types them: 2026年12月4日, not the
 * browser's mm/dd/yyyy. Stored as ISO (2026-12-04), which the cover and the
 * 催交名单 already understand.
 */

/** 2026-12-04 → 2026年12月4日; any other text is returned as given (trimmed). */
export function chineseDate(date: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!iso) return date.trim();
  return `${iso[1]}年${Number(iso[2])}月${Number(iso[3])}日`;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const FULL_WIDTH_DIGITS = /[０-９]/g;

/**
 * What a person types as a date — 2026年12月4日, 2026-12-4, 2026/12/04,
 * 2026.12.4, 20261204 (full-width digits too) — as ISO; undefined when it is
 * not a real calendar date.
 */
export function parseChineseDate(text: string): string | undefined {
  const digits = text.trim().replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const match = /^(\d{4})\s*(?:年\s*|[-./]\s*)(\d{1,2})\s*(?:月\s*|[-./]\s*)(\d{1,2})\s*日?$/.exec(digits) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(digits);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}
