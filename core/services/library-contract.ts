import { z } from 'zod';
import { DraftSchema } from '../model/schema.js';

/**
 * Operations on the user's library folder: the drafts kept there, recent
 * files and the autosave recovery copies (merged into contract.ts).
 */
const FilePath = z.string().min(1).max(4_096);
/** Identifies an open document for recovery: its path, or an id for an unsaved one. */
const DocumentKey = z.string().min(1).max(4_200);

export const FileEntrySchema = z.strictObject({ path: FilePath, name: z.string(), modifiedMs: z.number() });

export const RecoveryEntrySchema = z.strictObject({
  key: DocumentKey,
  /** The file the draft belongs to; absent for a draft never saved. */
  path: FilePath.optional(),
  title: z.string(),
  savedAtMs: z.number(),
});

export const libraryOperations = {
  /** Drafts in the library's drafts folder, newest first. */
  listDrafts: {
    input: z.strictObject({}),
    output: z.strictObject({ folder: z.string(), drafts: z.array(FileEntrySchema) }),
  },
  /** A free path in the drafts folder for a new draft titled `title`. */
  suggestDraftPath: {
    input: z.strictObject({ title: z.string().max(500) }),
    output: z.strictObject({ path: FilePath }),
  },
  /** Recently opened or saved drafts, newest first. */
  recentFiles: {
    input: z.strictObject({}),
    output: z.strictObject({ files: z.array(z.strictObject({ path: FilePath, name: z.string() })) }),
  },
  /** Writes the autosave copy of an open document. */
  saveRecovery: {
    input: z.strictObject({ key: DocumentKey, path: FilePath.optional(), draft: DraftSchema }),
    output: z.strictObject({}),
  },
  /** Recovery copies newer than their saved file (or of never-saved drafts). */
  listRecoveries: {
    input: z.strictObject({}),
    output: z.strictObject({ recoveries: z.array(RecoveryEntrySchema) }),
  },
  readRecovery: {
    input: z.strictObject({ key: DocumentKey }),
    output: z.strictObject({ entry: RecoveryEntrySchema, draft: DraftSchema }),
  },
  discardRecovery: {
    input: z.strictObject({ key: DocumentKey }),
    output: z.strictObject({}),
  },
} as const;
