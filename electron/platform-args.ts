import { z } from 'zod';
import { GaojiangError } from '../core/errors.js';
import { PLATFORM_CHANNELS } from '../core/services/bridge.js';

/** A .docx larger than this is not something we produced. */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

/**
 * The arguments of the dialog channels, as zod tuples like the services'
 * contract: exactly the values the preload sends, nothing more.
 */
export const PLATFORM_ARGUMENTS = {
  [PLATFORM_CHANNELS.chooseDraftToOpen]: z.tuple([]),
  /** The draft's title, used only to suggest a file name. */
  [PLATFORM_CHANNELS.chooseDraftSavePath]: z.tuple([z.string().max(500)]),
  [PLATFORM_CHANNELS.printPages]: z.tuple([]),
  /** The draft's title, used only to suggest the PDF's file name. */
  [PLATFORM_CHANNELS.savePagesPdf]: z.tuple([z.string().max(500)]),
  [PLATFORM_CHANNELS.saveExport]: z.tuple([z.instanceof(Uint8Array).refine((bytes) => bytes.length > 0 && bytes.length <= MAX_EXPORT_BYTES), z.string().max(1_000)]),
  /** A path saveExport returned; checked against the ones it wrote (export-locations.ts). */
  [PLATFORM_CHANNELS.showExportInFolder]: z.tuple([z.string().min(1).max(4_096)]),
} as const;

type PlatformChannel = keyof typeof PLATFORM_ARGUMENTS;

/** The checked arguments of `channel`, or a GaojiangError carrying `userMessage`. */
export function parsePlatformArgs<C extends PlatformChannel>(
  channel: C,
  args: unknown[],
  userMessage: string,
): z.output<(typeof PLATFORM_ARGUMENTS)[C]> {
  const result = PLATFORM_ARGUMENTS[channel].safeParse(args);
  if (!result.success) throw new GaojiangError('invalid-input', userMessage, `${channel}: bad arguments (${result.error.issues[0]?.message ?? 'invalid'})`);
  return result.data as z.output<(typeof PLATFORM_ARGUMENTS)[C]>;
}
