import path from 'node:path';
import { GaojiangError } from '../core/errors.js';
import { DRAFT_FILE_EXTENSION } from '../core/model/migrate.js';
import { isDraftFileName } from '../core/services/draft-library.js';

/** Checks the renderer's (untrusted) chooseDraftSavePath argument: the draft's title, used only to suggest a name. */
export function parseSuggestedDraftName(args: unknown[]): string {
  const [suggestedName] = args;
  if (typeof suggestedName !== 'string' || suggestedName.length > 500) {
    throw new GaojiangError('invalid-input', '建议的文件名无效。', 'chooseDraftSavePath: bad suggested name');
  }
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
