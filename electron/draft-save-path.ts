import path from 'node:path';
import { DRAFT_FILE_EXTENSION } from '../core/model/migrate.js';
import { PLATFORM_CHANNELS } from '../core/services/bridge.js';
import { parsePlatformArgs } from './platform-args.js';

/** Checks the renderer's (untrusted) chooseDraftSavePath argument: the draft's title, used only to suggest a name. */
export function parseSuggestedDraftName(args: unknown[]): string {
  const [suggestedName] = parsePlatformArgs(PLATFORM_CHANNELS.chooseDraftSavePath, args, '建议的文件名无效。');
  return suggestedName;
}

/**
 * The path to save at, given what the user typed in the save dialog. Linux
 * dialogs do not add the filter's extension, so a name without `.gaojiang`
 * gains it (drafts are saved only as .gaojiang: saveDraft refuses others).
 */
export function withDraftExtension(chosen: string): string {
  const resolved = path.resolve(chosen);
  return resolved.toLowerCase().endsWith(DRAFT_FILE_EXTENSION) ? resolved : `${resolved}${DRAFT_FILE_EXTENSION}`;
}

/**
 * The dialog asked about replacing the name the user typed, not the one we
 * made by adding `.gaojiang`: when that one exists, the user must be asked
 * again before it is replaced.
 */
export const needsReplaceQuestion = (typed: string, chosen: string, exists: (file: string) => boolean): boolean =>
  path.resolve(typed) !== chosen && exists(chosen);
