import { z } from 'zod';
import { fromVersion1 } from './pack.js';
import { checkFormatAndVersion, parseJsonText, parsePackPart } from './pack-errors.js';
import { editableQuote, QuoteInputSchema, ThemeTagSchema, type Quote, type QuoteInput } from './schema.js';

/**
 * 学习主题包: one study theme (学习“千万工程”“浦江经验”) as an organizer hands
 * it out — its 要点, suggested sub-headings, quotations, the template to
 * write with and the deadline. Importing puts its quotations into the
 * library under the theme's tag and keeps the theme for the new-draft wizard.
 */
export const THEME_PACK_FORMAT = 'gaojiang-theme-pack';
/** Version 2: quotations with sources and status as in a quotation pack; version 1 packs still import. */
export const THEME_PACK_VERSION = 2;

const ThemeFieldsObject = z.strictObject({
  /** Stable id so a corrected pack replaces the earlier one; made from the title when absent. */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: '编号只能用小写字母、数字和连字符' })
    .optional(),
  title: z.string().trim().min(2).max(200),
  /** The tag its quotations get in the library; the title when absent. */
  tag: ThemeTagSchema.optional(),
  organizer: z.string().trim().max(200).default(''),
  description: z.string().trim().max(5_000).default(''),
  keyPoints: z.array(z.string().trim().min(1).max(2_000)).max(50).default([]),
  subHeadings: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  templateId: z.string().trim().min(1).max(80),
  /** 交稿截止日期. */
  deadline: z.iso.date({ message: '日期应写成 2024-06-30 这样的格式' }).optional(),
});

export const ThemePackSchema = ThemeFieldsObject.extend({
  format: z.literal(THEME_PACK_FORMAT),
  version: z.union([z.literal(1), z.literal(THEME_PACK_VERSION)]),
  quotes: z.array(QuoteInputSchema).max(5_000).default([]),
});
export type ThemePack = z.output<typeof ThemePackSchema>;

/** A theme as the library keeps it; its quotations are the library's quotations with its tag. */
export const InstalledThemeSchema = ThemeFieldsObject.extend({
  id: z.string().min(1).max(64),
  tag: ThemeTagSchema,
  importedAt: z.string(),
});
export type InstalledTheme = z.output<typeof InstalledThemeSchema>;

export function parseThemePack(text: string): ThemePack {
  const json = parseJsonText(text, '学习主题包');
  checkFormatAndVersion(json, THEME_PACK_FORMAT, THEME_PACK_VERSION, '学习主题包');
  return parsePackPart(ThemePackSchema, withVersion1QuotesRead(json), '学习主题包');
}

function withVersion1QuotesRead(json: unknown): unknown {
  const pack = json as { version?: unknown; quotes?: unknown };
  return pack.version === 1 && Array.isArray(pack.quotes) ? { ...pack, quotes: pack.quotes.map(fromVersion1) } : json;
}

/** The theme as stored, without its quotations. */
export function installedTheme(pack: ThemePack, importedAt: string): InstalledTheme {
  const { format: _format, version: _version, quotes: _quotes, ...fields } = pack;
  return { ...fields, id: pack.id ?? themeIdFromTitle(pack.title), tag: pack.tag ?? pack.title, importedAt };
}

export function themeQuoteInputs(pack: ThemePack): QuoteInput[] {
  const tag = pack.tag ?? pack.title;
  return pack.quotes.map((quote) => ({ ...quote, themes: quote.themes.includes(tag) ? quote.themes : [...quote.themes, tag] }));
}

export function formatThemePack(theme: InstalledTheme, quotes: readonly Quote[]): string {
  const { importedAt: _importedAt, ...fields } = theme;
  const pack = {
    format: THEME_PACK_FORMAT,
    version: THEME_PACK_VERSION,
    ...fields,
    quotes: quotes.map(editableQuote),
  };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** FNV-1a of the title: the same title always gives the same id. */
export function themeIdFromTitle(title: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < title.length; i++) {
    hash ^= title.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `theme-${hash.toString(16).padStart(8, '0')}`;
}
