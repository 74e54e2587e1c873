import { realpathSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { GaojiangError } from '../errors.js';
import { MAX_DRAFT_FILE_BYTES } from '../model/migrate.js';
import type { FileSystemPort } from '../ports/file-system.js';
import { fileError } from './file-errors.js';
import { assertPlainPath } from './path-names.js';
import { resolveRealPath } from './real-path.js';
import { writeFileDurably } from './safe-write.js';

export { fileError } from './file-errors.js';

/** Which files a transport may touch: the CLI anything the user names, Electron what a dialog granted, the web host its workspace. */
export interface PathPolicy {
  isAllowed(absolutePath: string, mode: 'read' | 'write', isFolder?: boolean): boolean;
}

export const ALLOW_ANY_PATH: PathPolicy = { isAllowed: () => true };

/** Whether `absolutePath` lies inside `root` (the root itself counts only when `isFolder`). */
export function isInsideFolder(root: string, absolutePath: string, isFolder = false, pathApi: path.PlatformPath = path): boolean {
  const relative = pathApi.relative(root, absolutePath);
  // The folder itself may be listed, never read or written as a file.
  if (relative === '') return isFolder;
  return relative !== '..' && !relative.startsWith(`..${pathApi.sep}`) && !pathApi.isAbsolute(relative);
}

/**
 * A policy that allows files inside one folder (after resolving `..`). The
 * file system also checks where a path really leads (links followed), so
 * the folder's own real location counts as inside too: a library under a
 * linked home folder stays usable, a link inside it leading out does not.
 * `pathApi` lets tests check Windows paths on Linux.
 */
export function insideFolderPolicy(folder: string, pathApi: path.PlatformPath = path): PathPolicy {
  const root = pathApi.resolve(folder);
  let realRoot: string | undefined;
  const realRootNow = (): string | undefined => {
    if (realRoot === undefined && pathApi === path) {
      try {
        realRoot = realpathSync.native(root);
      } catch {
        // Not created yet: only its name can match for now.
      }
    }
    return realRoot;
  };
  return {
    isAllowed: (absolutePath, _mode, isFolder = false) => {
      if (isInsideFolder(root, absolutePath, isFolder, pathApi)) return true;
      const real = realRootNow();
      return real !== undefined && real !== root && isInsideFolder(real, absolutePath, isFolder, pathApi);
    },
  };
}

export interface NodeFileSystemOptions {
  /** Keep the previous version of a file written at this path as `<name>.bak` (the services: drafts, templates). Default: never. */
  keepBackup?: (absolutePath: string) => boolean;
}

export function createNodeFileSystem(policy: PathPolicy, baseFolder = process.cwd(), options: NodeFileSystemOptions = {}): FileSystemPort {
  /**
   * The path to use for the operation, checked twice: by name, and by where
   * it really leads (symbolic links followed), which must be allowed too.
   */
  const resolveChecked = async (filePath: string, mode: 'read' | 'write', isFolder = false): Promise<{ absolute: string; real: string }> => {
    if (filePath.includes('\0')) {
      throw new GaojiangError('path-not-allowed', '文件路径无效。', 'path contains NUL');
    }
    const absolute = path.resolve(baseFolder, filePath);
    assertPlainPath(absolute);
    assertAllowed(absolute, mode, isFolder, absolute);
    const real = await resolveRealPath(absolute);
    if (real !== absolute) assertAllowed(real, mode, isFolder, absolute);
    return { absolute, real };
  };
  const assertAllowed = (checked: string, mode: 'read' | 'write', isFolder: boolean, asked: string): void => {
    if (policy.isAllowed(checked, mode, isFolder)) return;
    const leads = checked === asked ? '' : `, leads to ${checked}`;
    throw new GaojiangError('path-not-allowed', '不允许访问这个位置的文件。', `path not allowed (${mode}${leads}): ${asked}`);
  };

  return {
    async readText(filePath) {
      const { absolute, real } = await resolveChecked(filePath, 'read');
      const info = await stat(real).catch((error: NodeJS.ErrnoException) => {
        throw fileError(error, absolute);
      });
      if (!info.isFile()) {
        throw new GaojiangError('file-unreadable', `“${path.basename(absolute)}”不是文件。`, `not a file: ${absolute}`);
      }
      if (info.size > MAX_DRAFT_FILE_BYTES) {
        throw new GaojiangError('file-too-large', `“${path.basename(absolute)}”过大，无法打开。`, `file too large: ${absolute}`);
      }
      return readFile(real, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw fileError(error, absolute);
      });
    },

    async writeTextAtomic(filePath, text) {
      const { absolute, real } = await resolveChecked(filePath, 'write');
      await mkdir(path.dirname(real), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw fileError(error, absolute, 'write');
      });
      await writeFileDurably(real, text, { backup: options.keepBackup?.(absolute) ?? false });
    },

    async listFiles(folder) {
      const { absolute, real } = await resolveChecked(folder, 'read', true);
      const entries = await readdir(real, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw fileError(error, absolute);
      });
      // Links are not files here: a link in the library is never listed, so never offered.
      const files = entries.filter((entry) => entry.isFile());
      return Promise.all(
        files.map(async (entry) => {
          const info = await stat(path.join(real, entry.name));
          return { path: path.join(absolute, entry.name), name: entry.name, modifiedMs: info.mtimeMs };
        }),
      );
    },

    async modifiedMs(filePath) {
      const { real } = await resolveChecked(filePath, 'read');
      const info = await stat(real).catch(() => undefined);
      return info?.isFile() ? info.mtimeMs : undefined;
    },

    async remove(filePath) {
      // The folder is resolved, the name is not: removing a link removes the link, never what it points to.
      const { absolute } = await resolveChecked(filePath, 'write');
      const target = path.join(await resolveRealPath(path.dirname(absolute)), path.basename(absolute));
      if (target !== absolute) assertAllowed(target, 'write', false, absolute);
      await rm(target, { force: true }).catch((error: NodeJS.ErrnoException) => {
        throw fileError(error, absolute, 'write');
      });
    },

    join: (folder, name) => path.join(folder, name),
    displayName: (filePath) => path.basename(filePath),
    isInside: (folder, filePath) => isInsideFolder(path.resolve(baseFolder, folder), path.resolve(baseFolder, filePath)),
  };
}
