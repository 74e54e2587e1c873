import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { GaojiangError } from '../../errors.js';
import { migrate } from './migrations.js';
import { SqliteQuoteStore } from './sqlite-store.js';

/** The library file's name inside the user's library folder. */
export const QUOTE_LIBRARY_FILE_NAME = '金句库.sqlite';

/**
 * Opens (creating if needed) the 金句库 at `file`, migrated to the current
 * schema. better-sqlite3 is loaded here, on first use, not when the services
 * start: a process that never touches quotations never loads the native module.
 */
export async function openSqliteQuoteStore(file: string, now?: () => string): Promise<SqliteQuoteStore> {
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
    return new SqliteQuoteStore(db, now);
  } catch (error) {
    throw libraryError(error, name);
  }
}

function libraryError(error: unknown, name: string): unknown {
  if (error instanceof GaojiangError) return error;
  const code = (error as { code?: string }).code ?? '';
  const log = `opening quote library ${name}: ${(error as Error).message}`;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new GaojiangError('file-unreadable', `“${name}”不是有效的金句库文件，或文件已损坏。`, log);
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM') {
    return new GaojiangError('file-unreadable', `无法打开金句库“${name}”（没有权限或路径不存在）。`, log);
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new GaojiangError('file-unreadable', `金句库“${name}”正被其他程序占用，请稍后重试。`, log);
  }
  return error;
}
