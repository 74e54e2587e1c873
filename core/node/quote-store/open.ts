import { openLibraryDatabase } from './library-database.js';
import { SqliteQuoteStore } from './sqlite-store.js';

/** The library file's name inside the user's library folder. */
export const QUOTE_LIBRARY_FILE_NAME = '金句库.sqlite';

/**
 * Opens (creating if needed) the 金句库 at `file`, migrated to the current
 * schema. better-sqlite3 is loaded here, on first use, not when the services
 * start: a process that never touches quotations never loads the native module.
 */
export async function openSqliteQuoteStore(file: string, now?: () => string): Promise<SqliteQuoteStore> {
  return new SqliteQuoteStore(await openLibraryDatabase(file), now);
}
