import path from 'node:path';
import { DRAFT_FILE_EXTENSION } from '../core/model/migrate.js';
import { PLATFORM_CHANNELS } from '../core/services/bridge.js';
import { isDraftFileName } from '../core/services/draft-library.js';
import { parsePlatformArgs } from './platform-args.js';

/** Checks the renderer's (untrusted) chooseDraftSavePath argument: the draft's title, used only to suggest a name. */
export function parseSuggestedDraftName(args: unknown[]): string {
  const [suggestedName] = parsePlatformArgs(PLATFORM_CHANNELS.chooseDraftSavePath, args, '建议的文件名无效。');
  return suggestedName;
}

/**
 * The path to save at, given what the user typed in the save dialog. Linux
 * dialogs do not add the filter's extension, so a bare name gains
 * `.gaojiang`; `.gaojiang` and `.json` names are kept as typed.
 */
export function withDraftExtension(chosen: string): string {
  const resolved = path.resolve(chosen);
  return isDraftFileName(path.basename(resolved)) ? resolved : `${resolved}${DRAFT_FILE_EXTENSION}`;
}
