import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { GaojiangError } from '../errors.js';
import { MAX_DRAFT_FILE_BYTES } from '../model/migrate.js';
import type { FileSystemPort } from '../services/implementation.js';

/** Which files a transport may touch: the CLI anything the user names, Electron what a dialog granted, the web host its workspace. */
export interface PathPolicy {
  isAllowed(absolutePath: string, mode: 'read' | 'write', isFolder?: boolean): boolean;
}

export const ALLOW_ANY_PATH: PathPolicy = { isAllowed: () => true };

/** A policy that allows files inside one folder (after resolving `..`). */
export function insideFolderPolicy(folder: string): PathPolicy {
  const root = path.resolve(folder);
  return {
    isAllowed: (absolutePath, _mode, isFolder = false) => {
      const relative = path.relative(root, absolutePath);
      // The folder itself may be listed, never read or written as a file.
      if (relative === '') return isFolder;
      return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
    },
  };
}

export function createNodeFileSystem(policy: PathPolicy, baseFolder = process.cwd()): FileSystemPort {
  const resolveChecked = (filePath: string, mode: 'read' | 'write', isFolder = false): string => {
    if (filePath.includes('\0')) {
      throw new GaojiangError('path-not-allowed', '文件路径无效。', 'path contains NUL');
    }
    const absolute = path.resolve(baseFolder, filePath);
    if (!policy.isAllowed(absolute, mode, isFolder)) {
      throw new GaojiangError('path-not-allowed', '不允许访问这个位置的文件。', `path not allowed (${mode}): ${absolute}`);
    }
    return absolute;
  };

  return {
    async readText(filePath) {
      const absolute = resolveChecked(filePath, 'read');
      const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
        throw fileError(error, absolute);
      });
      if (!info.isFile()) {
        throw new GaojiangError('file-unreadable', `“${path.basename(absolute)}”不是文件。`, `not a file: ${absolute}`);
      }
      if (info.size > MAX_DRAFT_FILE_BYTES) {
        throw new GaojiangError('file-too-large', `“${path.basename(absolute)}”过大，无法打开。`, `file too large: ${absolute}`);
      }
      return readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw fileError(error, absolute);
      });
    },

    async writeTextAtomic(filePath, text) {
      const absolute = resolveChecked(filePath, 'write');
      await mkdir(path.dirname(absolute), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw fileError(error, absolute, 'write');
      });
      await writeFileAtomic(absolute, text, { encoding: 'utf8', fsync: true }).catch((error: NodeJS.ErrnoException) => {
        throw fileError(error, absolute, 'write');
      });
    },

    async listFiles(folder) {
      const absolute = resolveChecked(folder, 'read', true);
      const entries = await readdir(absolute, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw fileError(error, absolute);
      });
      const files = entries.filter((entry) => entry.isFile());
      return Promise.all(
        files.map(async (entry) => {
          const filePath = path.join(absolute, entry.name);
          const info = await stat(filePath);
          return { path: filePath, name: entry.name, modifiedMs: info.mtimeMs };
        }),
      );
    },

    async modifiedMs(filePath) {
      const absolute = resolveChecked(filePath, 'read');
      const info = await stat(absolute).catch(() => undefined);
      return info?.isFile() ? info.mtimeMs : undefined;
    },

    async remove(filePath) {
      const absolute = resolveChecked(filePath, 'write');
      await rm(absolute, { force: true }).catch((error: NodeJS.ErrnoException) => {
        throw fileError(error, absolute, 'write');
      });
    },

    join: (folder, name) => path.join(folder, name),
    displayName: (filePath) => path.basename(filePath),
  };
}

/** Maps the common file-system failures to a sentence the user can act on. */
export function fileError(error: NodeJS.ErrnoException, absolutePath: string, mode: 'read' | 'write' = 'read'): GaojiangError {
  const name = path.basename(absolutePath);
  const log = `${error.code ?? 'error'} on ${mode} of ${absolutePath}: ${error.message}`;
  const failed = mode === 'write' ? 'file-unwritable' : 'file-unreadable';
  switch (error.code) {
    case 'ENOENT':
      return new GaojiangError('file-not-found', `找不到文件“${name}”。`, log);
    case 'EACCES':
    case 'EPERM':
      return new GaojiangError(failed, `没有权限访问“${name}”。`, log);
    case 'EISDIR':
      return new GaojiangError('file-unreadable', `“${name}”是文件夹，不是文件。`, log);
    case 'ENOSPC':
      return new GaojiangError(failed, `磁盘空间不足，“${name}”未能保存。`, log);
    case 'EBUSY':
      return new GaojiangError(failed, `“${name}”正被其他程序占用，请关闭后重试。`, log);
    default:
      return new GaojiangError(failed, mode === 'write' ? `无法保存“${name}”。` : `无法读取“${name}”。`, log);
  }
}
