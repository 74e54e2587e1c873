import { z } from 'zod';

/**
 * A quotation in the 金句库: one wording of a leader's words with where it was
 * said and read. `status` 已核 means the exact wording was read in the source
 * (the page at `url`, or `publishedIn`), by `checkedBy` on `checkedAt`;
 * 待核 means not yet checked. One saying may have several authentic wordings
 * from different speeches: they share `saying`, each with its own source.
 */
export const MAX_QUOTE_CHARS = 5_000;

export const QUOTE_STATUSES = ['已核', '待核'] as const;
export const QuoteStatusSchema = z.enum(QUOTE_STATUSES);
export type QuoteStatus = z.output<typeof QuoteStatusSchema>;

/** A theme or tag such as 千万工程 or 学习“千万工程”“浦江经验”. */
export const ThemeTagSchema = z.string().trim().min(1).max(100);

/** Library text is plain: markup pasted from a web page would be shown and inserted as it is. */
const NO_MARKUP = /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+);/i;
const plainText = (max: number) => z.string().trim().max(max).refine((s) => !NO_MARKUP.test(s), { message: '含有网页代码（HTML），请只保留文字' });

const QuoteFieldsObject = z.strictObject({
  text: plainText(MAX_QUOTE_CHARS).pipe(z.string().min(2)),
  /** As the source names the speaker (习近平总书记, 毛泽东同志); empty when the text names none. */
  speaker: plainText(100).default(''),
  /** Speech, article or book title as the source gives it (在……上的讲话, 《之江新语》). */
  source: plainText(500).default(''),
  /** Free form as sources give it: 2023年6月, 2019-03-18. */
  date: plainText(40).default(''),
  /** Where it was published: 《求是》2024年第1期, 《习近平谈治国理政》第四卷第N页, 新华网. */
  publishedIn: plainText(500).default(''),
  /** The page the wording was read in. */
  url: z
    .string()
    .trim()
    .max(2_000)
    .refine((u) => u === '' || /^https?:\/\/\S+$/i.test(u), { message: '网址应以 http:// 或 https:// 开头' })
    .default(''),
  occasion: plainText(500).default(''),
  themes: z.array(ThemeTagSchema).max(50).default([]),
  note: plainText(2_000).default(''),
  status: QuoteStatusSchema.default('待核'),
  /** Who checked the wording against the source, and when (2026-12-03). */
  checkedBy: plainText(100).default(''),
  checkedAt: plainText(40).default(''),
  /** Shared by the wordings of one saying (several speeches, slightly different words). */
  saying: plainText(100).default(''),
});

/** True when the quotation names where it can be read: a title, a publication or a page. */
export function hasSource(fields: { source: string; publishedIn: string; url: string }): boolean {
  return fields.source !== '' || fields.publishedIn !== '' || fields.url !== '';
}

const checkedNeedsSource = (fields: { status: QuoteStatus; source: string; publishedIn: string; url: string }): boolean =>
  fields.status !== '已核' || hasSource(fields);
const CHECKED_NEEDS_SOURCE = { message: '标为“已核”的金句必须填写出处（讲话或文章、刊载处或网址）', path: ['status'] };

/** What a person edits: everything except the bookkeeping. */
export const QuoteFieldsSchema = QuoteFieldsObject.refine(checkedNeedsSource, CHECKED_NEEDS_SOURCE);

/** A quotation as saved: id given for an edit, absent for a new one. */
export const QuoteInputSchema = QuoteFieldsObject.extend({ id: z.string().min(1).max(100).optional() }).refine(
  checkedNeedsSource,
  CHECKED_NEEDS_SOURCE,
);

export const QuoteSchema = QuoteFieldsObject.extend({
  id: z.string().min(1).max(100),
  usageCount: z.number().int().min(0),
  /** ISO timestamps. */
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type QuoteFields = z.output<typeof QuoteFieldsSchema>;
export type QuoteInput = z.output<typeof QuoteInputSchema>;
export type Quote = z.output<typeof QuoteSchema>;

/** Where a search term was found, for highlighting: [start, end) in the quotation's text. */
export const MatchSpanSchema = z.strictObject({ start: z.number().int(), end: z.number().int() });
export type MatchSpan = z.output<typeof MatchSpanSchema>;

export const QuoteSearchQuerySchema = z.strictObject({
  /** Words to find in the text; spaces separate terms. Empty lists everything that passes the filters. */
  query: z.string().max(500).default(''),
  /** Part of the speaker's name. */
  speaker: z.string().max(100).optional(),
  theme: ThemeTagSchema.optional(),
  status: QuoteStatusSchema.optional(),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});
export type QuoteSearchQuery = z.output<typeof QuoteSearchQuerySchema>;

export const QuoteSearchResultSchema = z.strictObject({
  quote: QuoteSchema,
  /** exact: the whole query as one phrase; terms: every term; similar: most of its characters. */
  match: z.enum(['exact', 'terms', 'similar', 'speaker-or-source', 'all']),
  highlights: z.array(MatchSpanSchema),
});
export type QuoteSearchResult = z.output<typeof QuoteSearchResultSchema>;

/** A stored quotation as saveQuote takes it back: without the bookkeeping the library keeps itself. */
export function editableQuote(quote: Quote): QuoteInput {
  const { usageCount: _usage, createdAt: _created, updatedAt: _updated, ...input } = quote;
  return input;
}
