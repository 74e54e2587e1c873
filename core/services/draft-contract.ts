import { z } from 'zod';
import { ExportOptionsSchema } from '../export/options.js';
import { DraftMetaSchema, DraftSchema } from '../model/schema.js';
import { MAX_DRAFT_FILE_BYTES } from '../model/migrate.js';

/** Draft operations of the service contract (merged into contract.ts). */
const FilePath = z.string().min(1).max(4_096);

export const OpenedDraftSchema = z.strictObject({
  /** Where the draft lives; absent for a draft read from content in hand (browser upload). */
  path: FilePath.optional(),
  /** File name for display (window title, download name). */
  name: z.string().max(500),
  draft: DraftSchema,
});

export const draftOperations = {
  /** A new, nearly empty draft. */
  createDraft: {
    input: z.strictObject({ title: z.string().max(500), meta: DraftMetaSchema.partial().default({}) }),
    output: DraftSchema,
  },
  /** Read a draft file from disk (the path must be one the transport allows). */
  openDraft: {
    input: z.strictObject({ path: FilePath }),
    output: OpenedDraftSchema,
  },
  /** Read a draft from its JSON text already in hand (a browser upload, a paste). */
  parseDraft: {
    input: z.strictObject({ name: z.string().max(500), text: z.string().max(MAX_DRAFT_FILE_BYTES) }),
    output: OpenedDraftSchema,
  },
  /** Save a draft to disk atomically. */
  saveDraft: {
    input: z.strictObject({ path: FilePath, draft: DraftSchema }),
    output: z.strictObject({ path: FilePath }),
  },
  /** The draft as .docx bytes in the GB/T 9704 layout. */
  exportDocx: {
    input: z.strictObject({ draft: DraftSchema, options: ExportOptionsSchema.prefault({}) }),
    output: z.instanceof(Uint8Array),
  },
} as const;
