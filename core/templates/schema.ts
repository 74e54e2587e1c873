import { z } from 'zod';
import { GenreSchema, HeadingLevelSchema, NumberingSchemeSchema } from '../model/schema.js';

/**
 * A drafting template: data, not code. Built-in templates live in
 * templates/*.json at the repository root; users keep their own in their
 * library folder. `{{key}}` slots in texts are filled from the parameters.
 */
export const TEMPLATE_SCHEMA_VERSION = 1;

export const PARAMETER_KEYS = ['theme', 'role', 'unit', 'author', 'date'] as const;
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

/**
 * One section of the outline. A `point-group` holds numbered points: either
 * run-in points (一是/二是, `pointForm: 'run-in'`) or headed points (一、 with
 * body paragraphs, `pointForm: 'heading'`); each point has its own guidance.
 */
export const TemplateSectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, '只能用小写字母、数字和连字符'),
  role: z.enum(SECTION_ROLES),
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
    })
    .optional(),
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
    parameters: z.array(TemplateParameterSchema).max(PARAMETER_KEYS.length),
    numbering: NumberingSchemeSchema.partial().default({}),
    sections: z.array(TemplateSectionSchema).min(1).max(40),
    /** Total length target in characters. */
    targetLength: z.strictObject({ min: Length, max: Length }),
    /** Speaking rate in characters per minute, for time estimates. */
    speakingRate: z.number().int().min(60).max(600).default(240),
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
  });

export type Template = z.output<typeof TemplateSchema>;
export type TemplateSection = Template['sections'][number];
export type TemplateParameter = Template['parameters'][number];
export type TemplateParameterValues = Partial<Record<ParameterKey, string>>;
