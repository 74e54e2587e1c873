import type { z } from 'zod';
import type { OpenedDraftSchema } from './draft-contract.js';
import { collectionOperations } from './collection-contract.js';
import { draftOperations } from './draft-contract.js';
import { historyOperations } from './history-contract.js';
import { importOperations } from './import-contract.js';
import { libraryOperations } from './library-contract.js';
import { quoteOperations } from './quote-contract.js';
import { templateOperations } from './template-contract.js';

/**
 * The service contract: every operation the UI can ask of the back end, with
 * the zod schemas of its argument and result. Electron (ipcMain.handle), the
 * web host (HTTP) and the CLI all serve exactly this; every argument is
 * validated against `input` at the boundary before an implementation runs.
 */
export const serviceContract = {
  ...draftOperations,
  ...templateOperations,
  ...libraryOperations,
  ...historyOperations,
  ...quoteOperations,
  ...importOperations,
  ...collectionOperations,
} as const;

export { OpenedDraftSchema } from './draft-contract.js';

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
