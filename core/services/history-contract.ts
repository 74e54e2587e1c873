import { z } from 'zod';
import { DraftSchema } from '../model/schema.js';
import { VERSION_ID_PATTERN } from './draft-history.js';

/**
 * The history (历史版本) of a draft (merged into contract.ts). A draft is
 * named by its file's path, which only names its history folder (hashed):
 * no file is opened at that path. Versions are named by ids of the form
 * `<ms>-save` / `<ms>-auto`, never by a path.
 */
const DraftPath = z.string().min(1).max(4_096);
const VersionId = z.string().max(24).regex(VERSION_ID_PATTERN);
const VersionKind = z.enum(['save', 'auto']);

export const VersionEntrySchema = z.union([
  z.strictObject({ id: VersionId, savedAtMs: z.number(), kind: VersionKind, title: z.string(), chars: z.number(), damaged: z.undefined().optional() }),
  z.strictObject({ id: VersionId, savedAtMs: z.number(), kind: VersionKind, damaged: z.literal(true) }),
]);

export const historyOperations = {
  /** The kept versions of the draft saved at `path`, newest first; damaged files listed as such. */
  listDraftVersions: {
    input: z.strictObject({ path: DraftPath }),
    output: z.strictObject({ versions: z.array(VersionEntrySchema) }),
  },
  /** One version of the draft saved at `path`. */
  readDraftVersion: {
    input: z.strictObject({ path: DraftPath, id: VersionId }),
    output: z.strictObject({ version: VersionEntrySchema, draft: DraftSchema }),
  },
} as const;
