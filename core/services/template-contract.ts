import { z } from 'zod';
import { DraftSchema } from '../model/schema.js';
import { ParameterKeySchema, TemplateSchema } from '../templates/schema.js';

/** Template operations of the service contract (merged into contract.ts). */
const TemplateId = z.string().min(1).max(80);

export const TemplateEntrySchema = z.strictObject({
  template: TemplateSchema,
  /** Built-in templates are read-only; they can be duplicated. */
  builtIn: z.boolean(),
});

export const templateOperations = {
  /** Built-in and user templates; user template files that fail to load are listed as problems, not thrown. */
  listTemplates: {
    input: z.strictObject({}),
    output: z.strictObject({ templates: z.array(TemplateEntrySchema), problems: z.array(z.string()) }),
  },
  /** Create or replace a user template (not a built-in id). */
  saveTemplate: {
    input: z.strictObject({ template: TemplateSchema }),
    output: z.strictObject({ id: TemplateId }),
  },
  deleteTemplate: {
    input: z.strictObject({ id: TemplateId }),
    output: z.strictObject({}),
  },
  /** A copy of any template as a new user template with a fresh id. */
  duplicateTemplate: {
    input: z.strictObject({ id: TemplateId, name: z.string().min(1).max(40) }),
    output: TemplateEntrySchema,
  },
  /** A template file handed over by someone else; its id is made unique if taken. */
  importTemplate: {
    input: z.strictObject({ name: z.string().max(500), text: z.string().max(1_000_000) }),
    output: TemplateEntrySchema,
  },
  exportTemplate: {
    input: z.strictObject({ id: TemplateId }),
    output: z.strictObject({ fileName: z.string(), text: z.string() }),
  },
  /** A new draft laid out from a template and the wizard's parameter values. */
  createDraftFromTemplate: {
    input: z.strictObject({
      templateId: TemplateId,
      values: z.partialRecord(ParameterKeySchema, z.string().max(2_000)).default({}),
    }),
    output: DraftSchema,
  },
} as const;
