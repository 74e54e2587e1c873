import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { QUOTE_SCHEMA_VERSION } from '../../core/node/quote-store/migrations.js';
import { openSqliteQuoteStore } from '../../core/node/quote-store/open.js';
import { QuoteSearchQuerySchema } from '../../core/quotes/schema.js';
import { quoteFields } from '../fixtures/quotes.js';
import { expectUserError } from '../support/errors.js';
import { tempDir } from '../support/temp-dir.js';

const fields = quoteFields;

const search = (query: string, more: Record<string, unknown> = {}) => QuoteSearchQuerySchema.parse({ query, ...more });

async function openTemp() {
  const file = path.join(tempDir(), '金句库.sqlite');
  return { file, store: await openSqliteQuoteStore(file) };
}

describe('quote store: schema migrations', () => {
  it('creates the current schema in an empty file, in WAL mode', async () => {
    const { file, store } = await openTemp();
    store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(QUOTE_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['quotes', 'quote_tags', 'quotes_fts', 'settings', 'themes']));
    db.close();
  });

  it('migrates a version-1 library, keeping its quotations and making them searchable', async () => {
    const file = path.join(tempDir(), '金句库.sqlite');
    // The schema as version 1 shipped it, written here independently of the migration code.
    const v1 = new Database(file);
    v1.exec(`
      CREATE TABLE quotes (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, text TEXT NOT NULL,
        speaker TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '', verified INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE quote_tags (quote_seq INTEGER NOT NULL REFERENCES quotes(seq) ON DELETE CASCADE,
        tag TEXT NOT NULL, PRIMARY KEY (quote_seq, tag));
      CREATE INDEX quote_tags_by_tag ON quote_tags(tag, quote_seq);
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO quotes (id, text, speaker, source, verified, created_at, updated_at) VALUES
        ('old-1', '江山就是人民, 人民就是江山。', '习近平总书记', '某讲话', 1, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z'),
        ('old-2', '没有出处却标了已核', '', '', 1, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z');
      INSERT INTO quote_tags (quote_seq, tag) VALUES (1, '人民至上');
      PRAGMA user_version = 1;
    `);
    v1.close();

    const store = await openSqliteQuoteStore(file);
    const old = store.get('old-1');
    expect(old).toMatchObject({ text: '江山就是人民, 人民就是江山。', source: '某讲话', status: '已核', themes: ['人民至上'], occasion: '', usageCount: 0 });
    // Version 5: the source columns start empty; 已核 without any source goes back to 待核.
    expect(old).toMatchObject({ publishedIn: '', url: '', checkedBy: '', checkedAt: '', saying: '' });
    expect(store.get('old-2')?.status).toBe('待核');
    // The normalised column was filled during the migration: full-width queries find the half-width text.
    expect(store.search(search('江山就是人民，人民')).results.map((r) => r.quote.id)).toEqual(['old-1']);
    expect(store.search(search('人民')).results.map((r) => r.quote.id)).toEqual(['old-1']);
    expect(store.search(search('', { status: '已核' })).results.map((r) => r.quote.id)).toEqual(['old-1']);
    expect(store.findByNormalizedText('江山就是人民，人民就是江山。')?.id).toBe('old-1');
    store.close();
  });

  it('refuses a library written by a newer version, in Chinese', async () => {
    const file = path.join(tempDir(), '金句库.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${QUOTE_SCHEMA_VERSION + 1}`);
    db.close();
    await expectUserError(() => openSqliteQuoteStore(file), 'unsupported-version', /更新版本的稿匠/);
  });

  it('says in Chinese when the file is not a library', async () => {
    const file = path.join(tempDir(), '金句库.sqlite');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, '这不是数据库'.repeat(200));
    await expectUserError(() => openSqliteQuoteStore(file), 'file-unreadable', /不是有效的金句库文件/);
  });
});

describe('quote store: editing', () => {
  it('adds, edits, tags, counts use of and deletes a quotation', async () => {
    const { store } = await openTemp();
    const added = store.insert(fields('干事担事，是干部的职责所在，也是价值所在。', { themes: ['担当'] }));
    expect(added).toMatchObject({ themes: ['担当'], usageCount: 0, status: '待核' });
    const edited = store.update(added.id, fields(added.text, { source: '某文集', status: '已核', themes: ['担当', '作风'] }));
    expect(edited).toMatchObject({ source: '某文集', status: '已核', themes: ['担当', '作风'] });
    store.addThemes(added.id, ['作风', '千万工程']);
    expect(store.get(added.id)?.themes).toEqual(['担当', '作风', '千万工程']);
    expect(store.recordUse(added.id)).toBe(1);
    expect(store.recordUse(added.id)).toBe(2);
    expect(store.list({ theme: '千万工程' }).map((q) => q.id)).toEqual([added.id]);
    expect(store.remove(added.id)).toBe(true);
    expect(store.get(added.id)).toBeUndefined();
    expect(store.search(search('职责所在')).results).toEqual([]);
    expect(store.recordUse(added.id)).toBeUndefined();
    store.close();
  });
});

describe('quote store: search', () => {
  async function library() {
    const { store } = await openTemp();
    const ids = {
      phrase: store.insert(fields('坚持以人民为中心的发展思想，不断实现人民对美好生活的向往。')).id,
      split: store.insert(fields('人民群众是真正的英雄，为中心工作服务。')).id,
      other: store.insert(fields('绿水青山就是金山银山。', { speaker: '习近平同志', themes: ['生态'], status: '已核', source: '某文章' })).id,
      jiangshan: store.insert(fields('江山就是人民、人民就是江山。', { speaker: '' })).id,
    };
    return { store, ids };
  }

  it('finds two-character words (below the trigram length)', async () => {
    const { store, ids } = await library();
    const found = store.search(search('人民')).results.map((r) => r.quote.id);
    expect(new Set(found)).toEqual(new Set([ids.phrase, ids.split, ids.jiangshan]));
    expect(store.search(search('金山')).results.map((r) => r.quote.id)).toEqual([ids.other]);
    expect(store.search(search('民')).results).toHaveLength(3);
  });

  it('finds long phrases regardless of punctuation width and traditional characters', async () => {
    const { store, ids } = await library();
    expect(store.search(search('以人民为中心的发展思想')).results[0]?.quote.id).toBe(ids.phrase);
    expect(store.search(search('江山就是人民、人民就是江山')).results).toEqual([expect.objectContaining({ match: 'exact' })]);
    // ， is not 、: only width differences are ignored, so this is merely similar.
    expect(store.search(search('江山就是人民,人民就是江山')).results).toEqual([expect.objectContaining({ match: 'similar' })]);
    expect(store.search(search('江山就是人民、人民就是江山')).results[0]?.quote.id).toBe(ids.jiangshan);
    expect(store.search(search('綠水青山就是金山銀山')).results.map((r) => r.quote.id)).toEqual([ids.other]);
  });

  it('ranks the exact phrase first, then all terms, then similar texts', async () => {
    const { store, ids } = await library();
    const { results } = store.search(search('人民 中心'));
    expect(results.map((r) => [r.quote.id, r.match])).toEqual([
      [ids.phrase, 'terms'],
      [ids.split, 'terms'],
    ]);
    const exact = store.search(search('以人民为中心'));
    expect(exact.results[0]).toMatchObject({ quote: { id: ids.phrase }, match: 'exact' });
    // Half-remembered: two characters changed, still found, after the exact ones.
    const similar = store.search(search('坚持以人民为核心的发展思想'));
    expect(similar.results[0]).toMatchObject({ quote: { id: ids.phrase }, match: 'similar' });
  });

  it('puts more-used quotations first within a tier', async () => {
    const { store, ids } = await library();
    store.recordUse(ids.split);
    expect(store.search(search('人民')).results[0]?.quote.id).toBe(ids.split);
  });

  it('filters by theme, verified and speaker, and pages', async () => {
    const { store, ids } = await library();
    expect(store.search(search('', { theme: '生态' })).results.map((r) => r.quote.id)).toEqual([ids.other]);
    expect(store.search(search('', { status: '已核' })).results.map((r) => r.quote.id)).toEqual([ids.other]);
    expect(store.search(search('', { speaker: '习近平同志' })).results.map((r) => r.quote.id)).toEqual([ids.other]);
    expect(store.search(search('人民', { status: '已核' })).results).toEqual([]);
    const page1 = store.search(search('', { limit: 3 }));
    const page2 = store.search(search('', { limit: 3, offset: 3 }));
    expect(page1.hasMore).toBe(true);
    expect(page2.hasMore).toBe(false);
    expect(new Set([...page1.results, ...page2.results].map((r) => r.quote.id)).size).toBe(4);
  });

  it('matches a query in the speaker or source after text matches', async () => {
    const { store, ids } = await library();
    expect(store.search(search('某文章')).results).toEqual([expect.objectContaining({ match: 'speaker-or-source', quote: expect.objectContaining({ id: ids.other }) })]);
  });

  it('treats FTS syntax in a query as plain text', async () => {
    const { store } = await library();
    for (const query of ['"', 'AND OR NOT', '人民" OR "x', '*', '(人民']) {
      expect(() => store.search(search(query))).not.toThrow();
    }
  });
});

describe('quote store: sources as data', () => {
  it('keeps publication, page, checker, date and saying through insert and update', async () => {
    const { store } = await openTemp();
    const sourced = fields('江山就是人民，人民就是江山。', {
      source: '在庆祝大会上的讲话',
      date: '2021-07-01',
      publishedIn: '新华网',
      url: 'http://www.example.cn/2021-07/01/c_1.htm',
      status: '已核',
      checkedBy: '稿匠编辑组',
      checkedAt: '2026-12-03',
      saying: 'jiangshan',
    });
    const saved = store.insert(sourced);
    expect(store.get(saved.id)).toMatchObject({ ...sourced, themes: [] });
    const updated = store.update(saved.id, { ...sourced, status: '待核', publishedIn: '《求是》2024年第1期' });
    expect(updated).toMatchObject({ status: '待核', publishedIn: '《求是》2024年第1期', url: sourced.url, saying: 'jiangshan' });
    store.close();
  });
});
