/**
 * The line under a title in the 汇编 list: who handed it in, their unit, its status.
 * A submission matched to nobody says so instead of starting with a bare “·”.
 */
export function compileItemMeta(submitter: string, unit: string | undefined, status: string): string {
  return [submitter.trim() || '未对应名单', unit?.trim(), status].filter(Boolean).join(' · ');
}

/** `date` as YYYY-MM-DD on the user's own calendar (toISOString would give the UTC day: yesterday before 08:00 in China). */
export function localDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
