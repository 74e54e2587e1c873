import { z } from 'zod';

/**
 * The draft document: plain Slate-compatible JSON saved as-is.
 * Numbers such as 一是 / 一、 / （一） are never stored in the text; they are
 * derived from position and `numbering` (see numbering.ts).
 */
export const DRAFT_SCHEMA_VERSION = 1;

/** Limits keep a hostile file from exhausting memory; real drafts are far smaller. */
/** Characters one text leaf may hold (the import refuses a longer paragraph up front). */
export const MAX_TEXT = 200_000;
const MAX_BLOCKS = 20_000;
const MAX_INLINES = 5_000;

export const TextLeafSchema = z.strictObject({
  text: z.string().max(MAX_TEXT),
  bold: z.literal(true).optional(),
  /** The lead clause of a point (一是……。), printed bold. */
  lead: z.literal(true).optional(),
});

/** A quotation of a leader's exact words; the text leaves hold the words without the surrounding “”. */
export const QuoteInlineSchema = z.strictObject({
  type: z.literal('quote'),
  quoteId: z.string().max(200).optional(),
  speaker: z.string().max(200),
  source: z.string().max(1_000).optional(),
  children: z.array(TextLeafSchema).min(1).max(MAX_INLINES),
});

export const InlineSchema = z.union([TextLeafSchema, QuoteInlineSchema]);
const inlines = z.array(InlineSchema).min(1).max(MAX_INLINES);
const textsOnly = z.array(TextLeafSchema).min(1).max(MAX_INLINES);

export const HEADING_LEVELS = [1, 2, 3, 4] as const;
export const HeadingLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const TitleBlockSchema = z.strictObject({ type: z.literal('title'), children: textsOnly });
/** 作者/单位 line under the title, printed in 楷体 and centred. */
export const AuthorLineBlockSchema = z.strictObject({ type: z.literal('author-line'), children: textsOnly });
/** The template section a block was laid out for (its guidance, length target); absent in free text. */
const section = z.string().max(60).optional();

export const HeadingBlockSchema = z.strictObject({
  type: z.literal('heading'),
  level: HeadingLevelSchema,
  section,
  children: inlines,
});
export const ParagraphBlockSchema = z.strictObject({ type: z.literal('paragraph'), section, children: inlines });
/** A run-in point (一是……): a body paragraph whose label and lead clause open it. */
export const PointBlockSchema = z.strictObject({ type: z.literal('point'), section, children: inlines });
/** The closing pledge paragraph(s). */
export const ClosingBlockSchema = z.strictObject({ type: z.literal('closing'), section, children: inlines });
/**
 * A line set flush left, without the body's indent: the 称呼 of a letter
 * (敬爱的党组织：) and the 敬礼！ under 此致. Added in version 1 without a
 * migration: older drafts simply have none.
 */
export const SalutationBlockSchema = z.strictObject({ type: z.literal('salutation'), children: textsOnly });
/** Signature or date lines at the end, right-aligned. */
export const SignatureBlockSchema = z.strictObject({ type: z.literal('signature'), children: textsOnly });

export const BlockSchema = z.discriminatedUnion('type', [
  TitleBlockSchema,
  AuthorLineBlockSchema,
  HeadingBlockSchema,
  ParagraphBlockSchema,
  PointBlockSchema,
  ClosingBlockSchema,
  SalutationBlockSchema,
  SignatureBlockSchema,
]);

export const NUMBER_STYLES = [
  'yi-shi', // 一是 二是 三是
  'chinese-dun', // 一、 二、
  'chinese-paren', // （一） （二）
  'arabic-dot', // 1. 2.
  'arabic-paren', // （1） （2）
  'shou-xian', // 首先， 其次， 再次， 最后，
  'di-yi', // 第一， 第二，
  'none', // no label
] as const;
export const NumberStyleSchema = z.enum(NUMBER_STYLES);

/** The numbering style of each numbered level. */
export const NumberingSchemeSchema = z.strictObject({
  heading1: NumberStyleSchema,
  heading2: NumberStyleSchema,
  heading3: NumberStyleSchema,
  heading4: NumberStyleSchema,
  point: NumberStyleSchema,
});

export const GENRES = [
  '研讨发言',
  '学习心得体会',
  '党课讲稿',
  '对照检查材料',
  '交流发言',
  '宣讲稿',
  '调研报告',
  '工作总结',
  '述职报告',
  '讲话稿',
  '批评意见',
  '思想汇报',
  '申请书',
  '其他',
] as const;
export const GenreSchema = z.enum(GENRES);

export const DraftMetaSchema = z.strictObject({
  author: z.string().max(200),
  unit: z.string().max(200),
  /** 岗位/角色, e.g. 交通运输执法队队员: lets guidance and starters speak of the writer's own job. */
  role: z.string().max(200).optional(),
  /** ISO date (YYYY-MM-DD) or empty. */
  date: z.union([z.literal(''), z.iso.date()]),
  /** Where imported material was published (来源：《浙江日报》); absent in drafts written here and in older drafts. */
  source: z.string().max(200).optional(),
  /** 学习主题, e.g. 学习“千万工程”“浦江经验”. */
  theme: z.string().max(500),
  genre: GenreSchema,
  templateId: z.string().max(200),
});

export const DraftSchema = z.strictObject({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
  meta: DraftMetaSchema,
  numbering: NumberingSchemeSchema,
  children: z.array(BlockSchema).min(1).max(MAX_BLOCKS),
});

export type TextLeaf = z.infer<typeof TextLeafSchema>;
export type QuoteInline = z.infer<typeof QuoteInlineSchema>;
export type Inline = z.infer<typeof InlineSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type BlockType = Block['type'];
export type HeadingLevel = z.infer<typeof HeadingLevelSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type NumberStyle = z.infer<typeof NumberStyleSchema>;
export type NumberingScheme = z.infer<typeof NumberingSchemeSchema>;
export type Genre = z.infer<typeof GenreSchema>;
export type DraftMeta = z.infer<typeof DraftMetaSchema>;
export type Draft = z.infer<typeof DraftSchema>;
