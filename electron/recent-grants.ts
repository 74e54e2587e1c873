import path from 'node:path';
import type { ServiceImplementation } from '../core/services/contract.js';
import { isDraftFileName } from '../core/services/draft-library.js';
import type { GrantedPathsPolicy } from './granted-paths.js';

/**
 * Lets the 最近 menu re-open files from earlier sessions: grants the paths of
 * the recent-files list, read once at start-up before any page runs.
 *
 * Why this is safe: the list is written only by the services' own
 * open/save bookkeeping, and only for paths the policy already allowed (a
 * dialog grant or the library folder). The page cannot write the list
 * itself: its JSON is an array, and the only writes the page can aim into
 * the library produce objects (drafts, templates, recovery copies). As a
 * second fence, only absolute draft file names (.gaojiang, .json) are granted.
 */
export async function grantRecentFiles(
  implementation: Pick<ServiceImplementation, 'recentFiles'>,
  policy: Pick<GrantedPathsPolicy, 'grant'>,
): Promise<number> {
  const { files } = await implementation.recentFiles({});
  let granted = 0;
  for (const file of files) {
    if (path.isAbsolute(file.path) && isDraftFileName(path.basename(file.path))) {
      policy.grant(file.path);
      granted++;
    }
  }
  return granted;
}
