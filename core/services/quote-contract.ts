import { z } from 'zod';
import { DraftSchema } from '../model/schema.js';
import { QuotePackFormatSchema } from '../quotes/pack.js';
import { QuoteInputSchema, QuoteSchema, QuoteSearchQuerySchema, QuoteSearchResultSchema, ThemeTagSchema } from '../quotes/schema.js';
import { InstalledThemeSchema } from '../quotes/theme-pack.js';

/** 金句库 operations: the library, packs, study themes, extraction and 引文核校 (merged into contract.ts). */
const QuoteId = z.string().min(1).max(100);
const ThemeId = z.string().min(1).max(64);
/** Pack files are small; a library of 100,000 quotations as CSV is about 20 MB. */
const PackText = z.string().max(40_000_000);

export const ExtractedQuotationSchema = z.strictObject({
  kind: z.enum(['attributed', 'standalone']),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  speaker: z.string(),
  verb: z.string(),
});

export const QuoteFindingSchema = z.strictObject({
  /** ok: an 已核 wording (✓); pending: only 待核 entries have these words; near-miss; not-found. */
  status: z.enum(['ok', 'pending', 'near-miss', 'not-found']),
  origin: z.enum(['quote-element', 'attributed-text', 'standalone-text']),
  /** Index in draft.children and [start, end) of the quoted words in that block's text: where to jump. */
  blockIndex: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  speaker: z.string(),
  library: QuoteSchema.pick({ id: true, text: true, speaker: true, source: true, date: true, publishedIn: true, url: true, status: true }).optional(),
  /** The same words punctuated differently from the library's wording (not a difference of wording). */
  punctuationDiffers: z.boolean().optional(),
  suggestion: z.string().optional(),
  diff: z.array(z.strictObject({ kind: z.enum(['same', 'removed', 'added']), text: z.string() })).optional(),
  differences: z.number().int().optional(),
  speakerMismatch: z.boolean(),
  /** The finding in one Chinese sentence. */
  message: z.string(),
});

const ImportCountsSchema = z.strictObject({
  added: z.number().int(),
  duplicates: z.number().int(),
  /** One Chinese line per duplicate wording whose source differs from the library's (left unchanged). */
  conflicts: z.array(z.string()),
  /** Entries of the pack naming a source, and how many of those are 已核. */
  sourced: z.number().int(),
  checked: z.number().int(),
  invalid: z.number().int(),
  /** One Chinese line per entry that was skipped as invalid. */
  problems: z.array(z.string()),
});

export const ThemeEntrySchema = z.strictObject({ theme: InstalledThemeSchema, quoteCount: z.number().int() });

const ExportedFileSchema = z.strictObject({ fileName: z.string(), text: z.string() });

export const quoteOperations = {
  /** Ranked: whole-phrase matches first; each result with spans to highlight. */
  searchQuotes: {
    input: QuoteSearchQuerySchema,
    output: z.strictObject({ results: z.array(QuoteSearchResultSchema), hasMore: z.boolean() }),
  },
  getQuote: {
    input: z.strictObject({ id: QuoteId }),
    output: QuoteSchema,
  },
  /** Adds a quotation (no id) or replaces one (with its id); its themes are its tags. */
  saveQuote: {
    input: z.strictObject({ quote: QuoteInputSchema }),
    output: QuoteSchema,
  },
  deleteQuote: {
    input: z.strictObject({ id: QuoteId }),
    output: z.strictObject({}),
  },
  /** A 金句包 (JSON) or a table (CSV); duplicates by normalised text are counted and skipped. */
  importQuotePack: {
    input: z.strictObject({ text: PackText, format: QuotePackFormatSchema }),
    output: ImportCountsSchema.extend({ title: z.string() }),
  },
  /** The whole library, or the quotations of one theme, as a pack file. */
  exportQuotePack: {
    input: z.strictObject({ format: QuotePackFormatSchema, theme: ThemeTagSchema.optional() }),
    output: ExportedFileSchema,
  },
  /** Attributed and standalone quotations in any text, proposed for the library. */
  extractQuotes: {
    input: z.strictObject({
      text: z.string().max(20_000_000),
      /** Who may be quoted (习近平总书记, 毛泽东同志 …); the built-in list when absent. */
      speakers: z.array(z.string().trim().min(1).max(50)).max(200).optional(),
    }),
    output: z.strictObject({ quotations: z.array(ExtractedQuotationSchema) }),
  },
  /** 引文核校: every quotation in the draft against the library. */
  verifyDraft: {
    input: z.strictObject({ draft: DraftSchema }),
    output: z.strictObject({
      findings: z.array(QuoteFindingSchema),
      counts: z.strictObject({ ok: z.number().int(), pending: z.number().int(), nearMiss: z.number().int(), notFound: z.number().int() }),
    }),
  },
  /** Installed study themes for the new-draft wizard, newest first. */
  listThemes: {
    input: z.strictObject({}),
    output: z.strictObject({ themes: z.array(ThemeEntrySchema) }),
  },
  getTheme: {
    input: z.strictObject({ id: ThemeId }),
    output: z.strictObject({ theme: InstalledThemeSchema, quotes: z.array(QuoteSchema) }),
  },
  /** A 学习主题包 from an organizer: the theme is kept, its quotations join the library under its tag. */
  importThemePack: {
    input: z.strictObject({ text: z.string().max(10_000_000) }),
    output: ImportCountsSchema.extend({ theme: InstalledThemeSchema }),
  },
  exportThemePack: {
    input: z.strictObject({ id: ThemeId }),
    output: ExportedFileSchema,
  },
  /** A quotation was inserted into a draft: popular ones rank first. */
  recordQuoteUse: {
    input: z.strictObject({ id: QuoteId }),
    output: z.strictObject({ usageCount: z.number().int() }),
  },
} as const;
