import { z } from 'zod';

/**
 * A quotation in the 金句库: a leader's exact words with where they were said.
 * `verified` is 出处已核 (the source was checked against the original) versus
 * 待核; a quotation without a known source is always 待核.
 */
export const MAX_QUOTE_CHARS = 5_000;

/** A theme or tag such as 千万工程 or 学习“千万工程”“浦江经验”. */
export const ThemeTagSchema = z.string().trim().min(1).max(100);

const QuoteFieldsObject = z.strictObject({
  text: z.string().trim().min(2).max(MAX_QUOTE_CHARS),
  /** As the source names the speaker (习近平总书记, 毛泽东同志); empty when the text names none. */
  speaker: z.string().trim().max(100).default(''),
  /** Speech, article or book title (《之江新语》, 在……上的讲话). */
  source: z.string().trim().max(500).default(''),
  /** Free form as sources give it: 2023年6月, 2019-03-18. */
  date: z.string().trim().max(40).default(''),
  occasion: z.string().trim().max(500).default(''),
  themes: z.array(ThemeTagSchema).max(50).default([]),
  note: z.string().trim().max(2_000).default(''),
  verified: z.boolean().default(false),
});

const verifiedNeedsSource = (fields: { verified: boolean; source: string }): boolean => !fields.verified || fields.source !== '';
const VERIFIED_NEEDS_SOURCE = { message: '标为“出处已核”的金句必须填写出处', path: ['verified'] };

/** What a person edits: everything except the bookkeeping. */
export const QuoteFieldsSchema = QuoteFieldsObject.refine(verifiedNeedsSource, VERIFIED_NEEDS_SOURCE);

/** A quotation as saved: id given for an edit, absent for a new one. */
export const QuoteInputSchema = QuoteFieldsObject.extend({ id: z.string().min(1).max(100).optional() }).refine(
  verifiedNeedsSource,
  VERIFIED_NEEDS_SOURCE,
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
  verified: z.boolean().optional(),
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
