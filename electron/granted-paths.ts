import path from 'node:path';
import type { PathPolicy } from '../core/node/file-system.js';
import { resolveRealPathSync } from '../core/node/real-path.js';

/**
 * Electron's path policy: the renderer may touch only files the user chose
 * in a dialog shown by the main process (or opened from the system, see
 * open-requests.ts). A page can name any path it likes; it cannot make the
 * user pick it.
 */
export interface GrantedPathsPolicy extends PathPolicy {
  grant(absolutePath: string): void;
}

export function createGrantedPathsPolicy(): GrantedPathsPolicy {
  const granted = new Set<string>();
  return {
    grant: (absolutePath) => {
      const chosen = path.resolve(absolutePath);
      granted.add(chosen);
      // The file system also checks where a path really leads: the file the
      // user chose there (a draft in a linked Documents folder) is granted too.
      try {
        granted.add(resolveRealPathSync(chosen));
      } catch {
        // A dangling link or a loop: only the name is granted, and the file system refuses the rest.
      }
    },
    isAllowed: (absolutePath) => granted.has(path.resolve(absolutePath)),
  };
}
