import { z } from 'zod';
import { GenreSchema, HeadingLevelSchema, NumberingSchemeSchema } from '../model/schema.js';
import { TEMPLATE_CATEGORIES } from './kinds.js';

/**
 * A drafting template: data, not code. Built-in templates live in
 * templates/*.json at the repository root; users keep their own in their
 * library folder. `{{key}}` slots in texts are filled from the parameters.
 */
export const TEMPLATE_SCHEMA_VERSION = 1;

/**
 * The slots a template may ask for. `meeting` (会议名称), `campaign`
 * (学习教育名称) and `aspects` (通知要求的几个方面, one a line) let one
 * template serve every meeting and campaign instead of hard-coding a name.
 */
export const PARAMETER_KEYS = ['theme', 'role', 'unit', 'author', 'date', 'meeting', 'campaign', 'aspects'] as const;
export const ParameterKeySchema = z.enum(PARAMETER_KEYS);
export type ParameterKey = z.infer<typeof ParameterKeySchema>;

/** The theme parameters a template asks for in the new-draft wizard. */
export const TemplateParameterSchema = z.strictObject({
  key: ParameterKeySchema,
  label: z.string().min(1).max(40),
  placeholder: z.string().max(200).default(''),
  required: z.boolean().default(false),
});

const Text = z.string().max(2_000);
const Starters = z.array(z.string().min(1).max(200)).max(30).default([]);
const Length = z.number().int().min(0).max(100_000);

export const SECTION_ROLES = ['opening', 'point-group', 'closing', 'free'] as const;

export const TemplateCategorySchema = z.enum(TEMPLATE_CATEGORIES);

/**
 * One section of the outline. A `point-group` holds numbered points: either
 * run-in points (一是/二是, `pointForm: 'run-in'`) or headed points (一、 with
 * body paragraphs, `pointForm: 'heading'`); each point has its own guidance.
 */
export const TemplateSectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, '只能用小写字母、数字和连字符'),
  role: z.enum(SECTION_ROLES),
  /** What the outline and 体检 call a section without a heading (对党的认识); optional. */
  name: z.string().max(20).optional(),
  /** Heading printed before the section (e.g. 一、问题查摆), if any; `{{theme}}` slots allowed. */
  heading: z.strictObject({ level: HeadingLevelSchema, text: Text }).optional(),
  guidance: Text,
  starters: Starters,
  targetLength: Length,
  points: z
    .strictObject({
      form: z.enum(['run-in', 'heading']),
      /** Heading level of headed points (ignored for run-in points). */
      level: HeadingLevelSchema.default(1),
      count: z.number().int().min(1).max(20),
      guidance: Text,
      starters: Starters,
      /** Target length of each point. */
      targetLength: Length,
      /** Heading texts laid out for the points (headed points only), e.g. the four roots of 原因剖析; `{{slots}}` allowed. */
      headings: z.array(Text).max(20).optional(),
      /**
       * A list parameter whose lines become the points' headings (通知要求的几个方面):
       * as many points as lines. Without a value, `headings` or `count` apply.
       */
      fromParameter: z.literal('aspects').optional(),
    })
    .optional(),
});

/**
 * The layout of a text handed in rather than spoken (入党申请书, 思想汇报,
 * 转正申请): 称呼 line, 此致/敬礼, signature and date, and no speaking time.
 */
export const LetterLayoutSchema = z.strictObject({
  /** e.g. 敬爱的党组织： */
  salutation: z.string().min(1).max(60),
  /** Closing lines: the first indented (此致), the others flush left (敬礼！); empty for none. */
  closing: z.array(z.string().min(1).max(20)).max(3).default(['此致', '敬礼！']),
  /** Who signs, e.g. 申请人 → “申请人：张三”. */
  signer: z.string().max(20).default(''),
});

/**
 * What 体检 checks against the template: the parts that must be there, in
 * this order, and elements each point of a part must have (对照检查: every
 * problem with a concrete instance).
 */
export const TemplateRulesSchema = z.strictObject({
  /** Section ids that must appear, in this order. */
  order: z.array(z.string().max(41)).max(40).default([]),
  elements: z
    .array(
      z.strictObject({
        section: z.string().max(41),
        /** What is required, as the finding names it, e.g. 具体事例. */
        name: z.string().min(1).max(20),
        /** Literal words that show it is there (比如、例如 …); any one is enough. */
        cues: z.array(z.string().min(1).max(20)).min(1).max(40),
        /** How to supply it, in the finding's detail. */
        hint: z.string().max(200).default(''),
      }),
    )
    .max(20)
    .default([]),
});

export const TemplateSchema = z
  .strictObject({
    schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,60}$/, '只能用小写字母、数字和连字符'),
    name: z.string().min(1).max(40),
    genre: GenreSchema,
    description: z.string().max(500),
    /** Title pattern, e.g. 学习{{theme}}研讨发言材料. */
    title: z.string().max(200),
    /** A line under the title, e.g. ——在{{meeting}}上的党课讲稿; printed centred like the author line. */
    subtitle: z.string().max(200).optional(),
    parameters: z.array(TemplateParameterSchema).max(PARAMETER_KEYS.length),
    numbering: NumberingSchemeSchema.partial().default({}),
    sections: z.array(TemplateSectionSchema).min(1).max(40),
    /** Total length target in characters. */
    targetLength: z.strictObject({ min: Length, max: Length }),
    /** Speaking rate in characters per minute, for time estimates. */
    speakingRate: z.number().int().min(60).max(600).default(240),
    /** The wizard's group; absent in older user templates (then derived from the genre). */
    category: TemplateCategorySchema.optional(),
    /** Present for texts handed in, not spoken (申请书, 思想汇报). */
    letter: LetterLayoutSchema.optional(),
    rules: TemplateRulesSchema.optional(),
    /** Which kinds of real texts the outline and guidance were checked against (genre + kinds of site; no third-party text). */
    reviewedAgainst: z.string().max(1_000).optional(),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.sections.forEach((section, i) => {
      if (seen.has(section.id)) {
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `小节编号“${section.id}”重复` });
      }
      seen.add(section.id);
      if (section.role === 'point-group' && !section.points) {
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'points'], message: '分点小节必须写明 points' });
      }
    });
    if (template.targetLength.min > template.targetLength.max) {
      ctx.addIssue({ code: 'custom', path: ['targetLength'], message: '最少字数不能大于最多字数' });
    }
    const keys = template.parameters.map((p) => p.key);
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: 'custom', path: ['parameters'], message: '参数重复' });
    }
    template.sections.forEach((section, i) => {
      if (section.points?.fromParameter && !keys.includes(section.points.fromParameter)) {
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'points', 'fromParameter'], message: `参数“${section.points.fromParameter}”没有在 parameters 中列出` });
      }
    });
    const ids = new Set(template.sections.map((s) => s.id));
    template.rules?.order.forEach((id, i) => {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['rules', 'order', i], message: `没有编号为“${id}”的小节` });
    });
    template.rules?.elements.forEach((element, i) => {
      if (!ids.has(element.section)) {
        ctx.addIssue({ code: 'custom', path: ['rules', 'elements', i, 'section'], message: `没有编号为“${element.section}”的小节` });
      }
    });
  });

export type Template = z.output<typeof TemplateSchema>;
export type TemplateSection = Template['sections'][number];
export type TemplateParameter = Template['parameters'][number];
export type TemplateParameterValues = Partial<Record<ParameterKey, string>>;
