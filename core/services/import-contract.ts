import { z } from 'zod';
import { DraftSchema } from '../model/schema.js';

/** Import operations of the service contract (merged into contract.ts). */
const MAX_MATERIAL_BYTES = 50 * 1024 * 1024;
const MAX_MATERIAL_CHARS = 20 * 1024 * 1024;

export const ImportSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('docx'), bytes: z.instanceof(Uint8Array).refine((b) => b.length <= MAX_MATERIAL_BYTES, '文件过大（超过 50 MB）') }),
  z.strictObject({ kind: z.literal('html'), html: z.string().max(MAX_MATERIAL_CHARS) }),
  z.strictObject({ kind: z.literal('text'), text: z.string().max(MAX_MATERIAL_CHARS) }),
  z.strictObject({ kind: z.literal('paste'), text: z.string().max(MAX_MATERIAL_CHARS) }),
]);

export const ImportNoteSchema = z.strictObject({
  kind: z.enum(['removed', 'review', 'joined', 'info']),
  line: z.number().int().optional(),
  text: z.string().optional(),
  message: z.string(),
});

export const ImportResultSchema = z.strictObject({
  drafts: z.array(DraftSchema),
  volume: z.strictObject({ title: z.string().optional(), preface: z.array(z.string()) }).optional(),
  notes: z.array(ImportNoteSchema),
  detected: z.strictObject({
    sourceKind: z.enum(['docx', 'text', 'html', 'paste']),
    encoding: z.string().optional(),
    traditional: z.boolean(),
    convertedToSimplified: z.boolean(),
    restoredEmbeddedDraft: z.boolean(),
    halfWidthPunctuation: z.number().int().nonnegative().optional(),
  }),
  /** The source's lines as read, numbered like the notes' `line`: the preview's left pane. */
  sourceLines: z.array(z.strictObject({ line: z.number().int(), text: z.string() })),
});

export const importOperations = {
  /**
   * Existing material (a Word file's bytes, a web page, text) → drafts with
   * notes for a preview. Content, not a path, crosses the boundary: the
   * renderer read the file the user picked.
   */
  importMaterial: {
    input: z.strictObject({
      name: z.string().max(500),
      source: ImportSourceSchema,
      keepTraditional: z.boolean().default(false),
      /** 保留原样: half-width punctuation among Chinese text is not made full width. */
      keepHalfWidthPunctuation: z.boolean().default(false),
    }),
    output: ImportResultSchema,
  },
} as const;
