import { chineseDate } from '../../../core/templates/instantiate.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** 今天 14:05 / 昨天 09:12 / 2026-05-03 14:05, in local time: how a file list reads at a glance. */
export function formatFileTime(ms: number, now: number = Date.now()): string {
  const date = new Date(ms);
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  const dayStart = (d: Date): number => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((dayStart(new Date(now)) - dayStart(date)) / 86_400_000);
  if (days === 0) return `今天 ${time}`;
  if (days === 1) return `昨天 ${time}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${time}`;
}

/** Today (local time) as the documents write a date: 2026年6月5日. The wizard's 日期 starts at it. */
export function todayChineseDate(now: Date = new Date()): string {
  return chineseDate(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
}

/** The last part of a path, whichever separator the machine uses. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
