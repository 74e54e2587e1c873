import { z } from 'zod';

/**
 * Font profiles: `gb2312` names the fonts of the official standard
 * (仿宋_GB2312, 楷体_GB2312, 方正小标宋简体); `windows` the fonts every Windows
 * machine has (仿宋, 楷体, 黑体, 宋体) for machines without the GB2312 set.
 */
export const FONT_PROFILES = ['gb2312', 'windows'] as const;
export const FontProfileSchema = z.enum(FONT_PROFILES);
export type FontProfile = z.infer<typeof FontProfileSchema>;

/**
 * Where the sources of quotations (引文出处) are printed: nowhere (a speech
 * is delivered, not cited — the default), as footnotes, or as a list at the end.
 */
export const QUOTE_SOURCE_PLACEMENTS = ['none', 'footnotes', 'endnote-list'] as const;
export const QuoteSourcePlacementSchema = z.enum(QUOTE_SOURCE_PLACEMENTS);
export type QuoteSourcePlacement = z.infer<typeof QuoteSourcePlacementSchema>;

export const ExportOptionsSchema = z.strictObject({
  fonts: FontProfileSchema.default('gb2312'),
  /** Print the 作者/单位 line under the title. */
  printAuthorLine: z.boolean().default(true),
  quoteSources: QuoteSourcePlacementSchema.default('none'),
});
export type ExportOptions = z.output<typeof ExportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof ExportOptionsSchema>;
