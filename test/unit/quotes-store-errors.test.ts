import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { GaojiangError } from '../../core/errors.js';
import { libraryError } from '../../core/node/quote-store/library-database.js';
import { PACK_IMPORT_CHUNK } from '../../core/services/quote-services.js';
import { expectUserError } from '../support/errors.js';
import { localServices } from '../support/local-services.js';
import { tempDir } from '../support/temp-dir.js';

/** Issue #14, item 9: SQLite failures at run time, and a long pack import that must not block the app. */
function setUp() {
  const dir = tempDir();
  const { services, libraryDir } = localServices({ libraryDir: dir, starterQuotePackFile: path.join(dir, 'none.json') });
  return { services, file: path.join(libraryDir, '金句库.sqlite') };
}

const quote = (text: string) => ({ text, speaker: '', source: '', date: '', occasion: '', themes: [], note: '' });

describe('SQLite errors reach users in Chinese', () => {
  it('a library another 稿匠 holds locked gives “正被其他程序占用”, not an internal fault, and works once released', async () => {
    const { services, file } = setUp();
    await services.searchQuotes({ query: '学习' });
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    try {
      await expectUserError(() => services.saveQuote({ quote: quote('第一句话。') }), 'file-unwritable', /正被其他程序占用/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    await expect(services.saveQuote({ quote: quote('第一句话。') })).resolves.toBeTruthy();
  }, 30_000);

  it.each([
    ['SQLITE_FULL', /磁盘已满/],
    ['SQLITE_READONLY_DBMOVED', /只读/],
    ['SQLITE_IOERR_WRITE', /读写金句库.*时出错/],
    ['SQLITE_BUSY_SNAPSHOT', /正被其他程序占用/],
    ['SQLITE_CORRUPT', /已损坏/],
  ])('%s', (code, message) => {
    const mapped = libraryError(Object.assign(new Error('x'), { code }), '金句库.sqlite');
    expect(mapped).toBeInstanceOf(GaojiangError);
    expect((mapped as GaojiangError).userMessage).toMatch(message);
  });

  it('other errors stay as they are', () => {
    const error = new TypeError('bug');
    expect(libraryError(error, '金句库.sqlite')).toBe(error);
  });
});

describe('a long pack import gives other requests their turn', () => {
  it(`commits every ${PACK_IMPORT_CHUNK} quotations and lets a search answer before it ends`, async () => {
    const { services } = setUp();
    const quotes = Array.from({ length: PACK_IMPORT_CHUNK * 3 }, (_, i) => quote(`第${i}句：坚持以人民为中心的发展思想。`));
    const order: string[] = [];
    const importing = services.importQuotePack({ format: 'json', text: JSON.stringify({ format: 'gaojiang-quote-pack', version: 1, title: '大包', quotes }) }).then((result) => {
      order.push('import');
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const searching = services.searchQuotes({ query: '坚持' }).then(() => order.push('search'));
    const [result] = await Promise.all([importing, searching]);
    expect(result).toMatchObject({ added: PACK_IMPORT_CHUNK * 3, duplicates: 0 });
    expect(order).toEqual(['search', 'import']);
  }, 60_000);
});
