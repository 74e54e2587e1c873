import { z } from 'zod';
import { ExportOptionsSchema } from '../export/options.js';
import { DraftMetaSchema, DraftSchema } from '../model/schema.js';
import { MAX_DRAFT_FILE_BYTES } from '../model/migrate.js';

/**
 * The service contract: every operation the UI can ask of the back end, with
 * the zod schemas of its argument and result. Electron (ipcMain.handle), the
 * web host (HTTP) and the CLI all serve exactly this; every argument is
 * validated against `input` at the boundary before an implementation runs.
 */
const FilePath = z.string().min(1).max(4_096);

export const OpenedDraftSchema = z.strictObject({
  /** Where the draft lives; absent for a draft read from content in hand (browser upload). */
  path: FilePath.optional(),
  /** File name for display (window title, download name). */
  name: z.string().max(500),
  draft: DraftSchema,
});

export const serviceContract = {
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
    input: z.strictObject({ draft: DraftSchema, options: ExportOptionsSchema.default({ fonts: 'gb2312', printAuthorLine: true }) }),
    output: z.instanceof(Uint8Array),
  },
} as const;

export type ServiceContract = typeof serviceContract;
export type ServiceName = keyof ServiceContract;
export type ServiceInput<N extends ServiceName> = z.input<ServiceContract[N]['input']>;
export type ServiceArgs<N extends ServiceName> = z.output<ServiceContract[N]['input']>;
export type ServiceOutput<N extends ServiceName> = z.output<ServiceContract[N]['output']>;
export type OpenedDraft = z.output<typeof OpenedDraftSchema>;

/** What a caller (renderer, CLI) sees: one async function per operation. */
export type Services = { [N in ServiceName]: (input: ServiceInput<N>) => Promise<ServiceOutput<N>> };

/** What an implementation provides: arguments arrive already validated. */
export type ServiceImplementation = { [N in ServiceName]: (args: ServiceArgs<N>) => Promise<ServiceOutput<N>> };

export const SERVICE_NAMES = Object.keys(serviceContract) as ServiceName[];

export function isServiceName(name: unknown): name is ServiceName {
  return typeof name === 'string' && Object.hasOwn(serviceContract, name);
}
