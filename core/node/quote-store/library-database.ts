import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type Sqlite from 'better-sqlite3';
import { GaojiangError } from '../../errors.js';
import { migrate } from './migrations.js';

/**
 * The library database itself, migrated: the quotations and the organizer's
 * collections share it (one file to back up or carry to another machine).
 */
export async function openLibraryDatabase(file: string): Promise<Sqlite.Database> {
  const { default: Database } = await import('better-sqlite3');
  const name = path.basename(file);
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL'); // readers (the app) and a writer (the CLI) at once
      db.pragma('synchronous = NORMAL'); // safe with WAL; a crash loses at most the last commit
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      db.pragma('cache_size = -32000'); // 32 MB: a 20,000-quotation library stays in memory
      migrate(db, name);
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  } catch (error) {
    throw libraryError(error, name);
  }
}

/**
 * Folds the write-ahead log back into the library file before closing, so
 * the 金句库.sqlite a user copies to another machine is complete on its own
 * and no -wal file is left behind. A second close does nothing.
 */
export function closeLibraryDatabase(db: Sqlite.Database): void {
  if (!db.open) return;
  try {
    if (!db.memory && !db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/**
 * An SQLite failure as users meet it: another 稿匠 holding the library
 * (two app instances on one folder), a full disk, a read-only or damaged
 * file — in Chinese. Anything else is returned as it is (an internal fault).
 */
export function libraryError(error: unknown, name: string): unknown {
  if (error instanceof GaojiangError) return error;
  const code = (error as { code?: string }).code ?? '';
  const log = `quote library ${name}: ${code} ${(error as Error).message}`;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new GaojiangError('file-unreadable', `“${name}”不是有效的金句库文件，或文件已损坏。`, log);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code === 'EPERM') {
    return new GaojiangError('file-unreadable', `无法打开金句库“${name}”（没有权限或路径不存在）。`, log);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new GaojiangError('file-unwritable', `金句库“${name}”正被其他程序占用（可能另一个稿匠正在使用同一个文件夹），请稍后重试。`, log);
  }
  if (code === 'SQLITE_FULL') {
    return new GaojiangError('file-unwritable', `磁盘已满，金句库“${name}”的修改没有保存。请清理磁盘空间后重试。`, log);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new GaojiangError('file-unwritable', `金句库“${name}”是只读的，修改没有保存。`, log);
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new GaojiangError('file-unwritable', `读写金句库“${name}”时出错（磁盘或网络盘故障），修改可能没有保存，请稍后重试。`, log);
  }
  return error;
}
