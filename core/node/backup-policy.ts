import path from 'node:path';
import { isInsideFolder } from './file-system.js';

/**
 * Files in the library that get no `.bak`: the recovery copies (themselves
 * the safety net, rewritten by every autosave), the history's versions
 * (written once, each a copy already) and the recent list. A `.bak`
 * in 恢复/ would also be read back as a second recovery copy. The names
 * mirror DraftLibrary's layout (core/services/draft-library.ts).
 */
export function keepsBackup(libraryDir: string): (absolutePath: string) => boolean {
  const recovery = path.resolve(libraryDir, '恢复');
  const history = path.resolve(libraryDir, '历史');
  const recent = path.resolve(libraryDir, 'recent.json');
  return (absolutePath) => absolutePath !== recent && !isInsideFolder(recovery, absolutePath) && !isInsideFolder(history, absolutePath);
}
