import type { MatchSpan, QuoteStatus } from '../../../../core/quotes/schema.js';
import type { ServiceInput, ServiceOutput } from '../../../../core/services/contract.js';

/** The pure logic of the 金句 tab: highlighting, filters, the draft's theme, the 添加金句 form. */

export type ThemeEntry = ServiceOutput<'listThemes'>['themes'][number];
export type InstalledTheme = ThemeEntry['theme'];

/** A quotation's text cut at the search's matches, for <mark>. */
export interface TextPart {
  text: string;
  match: boolean;
}

/** Splits `text` at the spans the service found (sorted, clipped, overlaps joined). */
export function highlightParts(text: string, spans: readonly MatchSpan[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (const span of sorted) {
    const start = Math.max(at, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    if (end === start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), match: false });
  return parts;
}

export type StatusFilter = 'all' | QuoteStatus;

export interface QuoteFilters {
  query: string;
  /** Part of a speaker's name, or '' for everyone. */
  speaker: string;
  /** A theme tag, or '' for every theme. */
  theme: string;
  status: StatusFilter;
}

export const NO_FILTERS: QuoteFilters = { query: '', speaker: '', theme: '', status: 'all' };

export const SEARCH_PAGE_SIZE = 30;

/** The searchQuotes argument for the tab's filters. */
export function searchArgument(filters: QuoteFilters): ServiceInput<'searchQuotes'> {
  return {
    query: filters.query.trim(),
    limit: SEARCH_PAGE_SIZE,
    ...(filters.speaker.trim() ? { speaker: filters.speaker.trim() } : {}),
    ...(filters.theme.trim() ? { theme: filters.theme.trim() } : {}),
    ...(filters.status === 'all' ? {} : { status: filters.status }),
  };
}

/** Whether the tab shows search results (a query or a filter) rather than the suggestions. */
export function isSearching(filters: QuoteFilters): boolean {
  return filters.query.trim() !== '' || filters.speaker.trim() !== '' || filters.theme.trim() !== '' || filters.status !== 'all';
}

/** Characters that carry no meaning when comparing theme names. */
const THEME_NOISE = /[\s“”"‘’'《》「」『』（）()、，,。:：·]|学习|经验/g;

function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

/**
 * The installed theme a draft's theme names: the same title or tag, else the
 * one sharing most of its words (学习“千万工程”经验 → 学习“千万工程”“浦江经验”),
 * if it shares at least half of them.
 */
export function matchDraftTheme(draftTheme: string, themes: readonly InstalledTheme[]): InstalledTheme | undefined {
  const wanted = draftTheme.trim();
  if (!wanted) return undefined;
  const exact = themes.find((theme) => theme.title === wanted || theme.tag === wanted);
  if (exact) return exact;
  const grams = bigrams(wanted.replace(THEME_NOISE, ''));
  if (grams.size === 0) return undefined;
  let best: { theme: InstalledTheme; share: number } | undefined;
  for (const theme of themes) {
    const name = `${theme.title} ${theme.tag}`.replace(THEME_NOISE, '');
    const shared = [...grams].filter((gram) => name.includes(gram)).length / grams.size;
    if (shared >= 0.5 && (!best || shared > best.share)) best = { theme, share: shared };
  }
  return best?.theme;
}

/** Themes typed into one box: separated by ；，、 or spaces, each once. */
export function parseThemeList(text: string): string[] {
  return [...new Set(text.split(/[;；,，、\s]+/).map((theme) => theme.trim()).filter((theme) => theme !== ''))];
}

export interface QuoteDraftFields {
  text: string;
  speaker: string;
  source: string;
  date: string;
  publishedIn: string;
  url: string;
  themes: string;
  /** 已核: the user read these exact words in the source. */
  checked: boolean;
}

export const EMPTY_QUOTE_FIELDS: QuoteDraftFields = {
  text: '', speaker: '习近平总书记', source: '', date: '', publishedIn: '', url: '', themes: '', checked: false,
};

/** What is wrong with the form, field by field, in Chinese (the service checks the same). */
export function quoteFieldErrors(fields: QuoteDraftFields): Partial<Record<keyof QuoteDraftFields, string>> {
  const errors: Partial<Record<keyof QuoteDraftFields, string>> = {};
  const text = fields.text.trim().replace(/^[“"]|[”"]$/g, '');
  if (text.length < 2) errors.text = '请填写金句原文（至少 2 个字）。';
  const sourced = [fields.source, fields.publishedIn, fields.url].some((value) => value.trim() !== '');
  if (fields.checked && !sourced) errors.source = '标为“已核”须填写出处（讲话或文章、刊载处或网址）。';
  if (fields.url.trim() !== '' && !/^https?:\/\/\S+$/i.test(fields.url.trim())) errors.url = '网址应以 http:// 或 https:// 开头。';
  return errors;
}

/** The saveQuote argument for a filled-in form: the words without surrounding “”; 已核 as of `today` (2026-12-03). */
export function quoteInputOf(fields: QuoteDraftFields, today: string = new Date().toISOString().slice(0, 10)): ServiceInput<'saveQuote'>['quote'] {
  return {
    text: fields.text.trim().replace(/^[“"]|[”"]$/g, '').trim(),
    speaker: fields.speaker.trim(),
    source: fields.source.trim(),
    date: fields.date.trim(),
    publishedIn: fields.publishedIn.trim(),
    url: fields.url.trim(),
    themes: parseThemeList(fields.themes),
    status: fields.checked ? '已核' : '待核',
    ...(fields.checked ? { checkedAt: today } : {}),
  };
}
