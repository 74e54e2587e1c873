import path from 'node:path';
import { GaojiangError } from '../errors.js';

/**
 * Maps the common file-system failures to a sentence the user can act on.
 * Shared by every Node writer and reader (services, CLI, Electron), so a
 * full disk or a file Word keeps open reads the same everywhere.
 */
export function fileError(error: NodeJS.ErrnoException, absolutePath: string, mode: 'read' | 'write' = 'read'): GaojiangError {
  const name = path.basename(absolutePath);
  const log = `${error.code ?? 'error'} on ${mode} of ${absolutePath}: ${error.message}`;
  const failed = mode === 'write' ? 'file-unwritable' : 'file-unreadable';
  switch (error.code) {
    case 'ENOENT':
      return mode === 'write'
        ? new GaojiangError(failed, `无法保存“${name}”：所在的文件夹不存在。`, log)
        : new GaojiangError('file-not-found', `找不到文件“${name}”。`, log);
    case 'EACCES':
    case 'EPERM':
      // On Windows a file held open by Word or WPS (or a virus scanner) fails with EPERM too.
      return mode === 'write'
        ? new GaojiangError(failed, `无法保存“${name}”：没有写入权限，或文件正被其他程序（如 Word、WPS）占用。请关闭占用它的程序后重试，或另存到其他位置。`, log)
        : new GaojiangError(failed, `没有权限访问“${name}”。`, log);
    case 'EBUSY':
      return new GaojiangError(failed, `“${name}”正被其他程序占用，请关闭后重试。`, log);
    case 'EISDIR':
      return new GaojiangError(failed, `“${name}”是文件夹，不是文件。`, log);
    case 'ENOSPC':
    case 'EDQUOT':
      return new GaojiangError(failed, `磁盘空间不足，“${name}”未能保存。请清理磁盘空间后重试，或另存到其他磁盘。`, log);
    case 'EROFS':
      return new GaojiangError(failed, `“${name}”所在的磁盘是只读的，无法保存。请另存到其他位置。`, log);
    case 'ENAMETOOLONG':
      return new GaojiangError(failed, `文件名或路径过长：“${name.slice(0, 60)}”。请换一个短一些的名称或位置。`, log);
    case 'ENOTDIR':
      return new GaojiangError(mode === 'write' ? failed : 'file-not-found', `找不到“${name}”所在的文件夹。`, log);
    default:
      return new GaojiangError(failed, mode === 'write' ? `无法保存“${name}”。` : `无法读取“${name}”。`, log);
  }
}
