import type { Quote } from './schema.js';

/** What a quotation's provenance is shown from. */
export type QuoteSourceFields = Pick<Quote, 'source' | 'date' | 'publishedIn' | 'status'>;

/** 《在……上的讲话》, a title in 书名号 as the genre writes it; the publication when no title was recorded. */
export function sourceTitle(quote: Pick<Quote, 'source' | 'publishedIn'>): string {
  if (quote.source === '') return quote.publishedIn;
  return /[《》]/.test(quote.source) ? quote.source : `《${quote.source}》`;
}

/** 《在……上的讲话》 · 2021-07-01 · 新华网, or '' when nothing is recorded. */
export function sourceText(quote: Omit<QuoteSourceFields, 'status'>): string {
  return [quote.source === '' ? '' : sourceTitle(quote), quote.date, quote.publishedIn].filter((part) => part !== '').join(' · ');
}

/**
 * The source line of a quotation: 《在……上的讲话》 · 2021-07-01 · 新华网（已核）,
 * or 出处未录入（待核）. One wording for the 金句 tab, 引文核校 and the CLI.
 */
export function sourceLine(quote: QuoteSourceFields): string {
  return `${sourceText(quote) || '出处未录入'}（${quote.status}）`;
}

/** 与《在……上的讲话》2021-07-01 表述一致: what a ✓ of 引文核校 says. */
export function agreementText(quote: Omit<QuoteSourceFields, 'status'>): string {
  const title = sourceTitle(quote) || '金句库';
  return `与${title}${quote.date ? `${quote.date} ` : ''}表述一致`;
}

/** 其中 12 条注明出处（10 条已核）；2 条与库中出处不同，未改动: the sourcing part of an import's report. */
export function describeSourcing(counts: { sourced: number; checked: number; conflicts: readonly string[] }): string {
  const sourced = counts.sourced > 0 ? `其中 ${counts.sourced} 条注明出处（${counts.checked} 条已核）` : '均未注明出处（待核）';
  const conflicts = counts.conflicts.length > 0 ? `；${counts.conflicts.length} 条与库中出处不同，未改动，请核对` : '';
  return `${sourced}${conflicts}`;
}
