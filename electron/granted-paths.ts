import path from 'node:path';
import type { PathPolicy } from '../core/node/file-system.js';

/**
 * Electron's path policy: the renderer may touch only files the user chose
 * in a dialog shown by the main process. A page can name any path it likes;
 * it cannot make the user pick it.
 */
export interface GrantedPathsPolicy extends PathPolicy {
  grant(absolutePath: string): void;
}

export function createGrantedPathsPolicy(): GrantedPathsPolicy {
  const granted = new Set<string>();
  return {
    grant: (absolutePath) => {
      granted.add(path.resolve(absolutePath));
    },
    isAllowed: (absolutePath) => granted.has(path.resolve(absolutePath)),
  };
}
