import { randomUUID } from 'node:crypto';
import type Sqlite from 'better-sqlite3';
import { GaojiangError } from '../../errors.js';
import { normalizeQuoteText } from '../../quotes/normalize.js';
import type { Quote, QuoteFields, QuoteSearchQuery } from '../../quotes/schema.js';
import type { LibraryMatch, QuoteStorePort } from '../../quotes/store-port.js';
import { InstalledThemeSchema, type InstalledTheme } from '../../quotes/theme-pack.js';
import { addGrams, hasGram, removeGrams } from './grams.js';
import { closeLibraryDatabase } from './library-database.js';
import { ftsInText, prepareCached, QUOTE_COLUMNS, rowsToQuotes, type QuoteRow } from './rows.js';
import { seqsContainingMostPieces } from './pieces.js';
import { searchQuotes } from './search.js';

function withKeys(db: Sqlite.Database, rows: readonly QuoteRow[]): LibraryMatch[] {
  return rowsToQuotes(db, rows).map((quote, i) => ({ quote, key: rows[i]?.norm ?? '' }));
}

/** Length of the slice of a long key looked up in the trigram index. */
const PROBE_CHARS = 10;
const PROBE_LIMIT = 1_000;

/** The 金句库 in one SQLite file (see migrations.ts for the schema). */
export class SqliteQuoteStore implements QuoteStorePort {
  constructor(
    private readonly db: Sqlite.Database,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  get(id: string): Quote | undefined {
    return this.one('q.id = ?', id);
  }

  findByNormalizedText(norm: string): Quote | undefined {
    return this.one('q.norm = ?', norm);
  }

  insert(fields: QuoteFields, id?: string): Quote {
    const newId = id !== undefined && !this.get(id) ? id : randomUUID();
    const at = this.now();
    const norm = normalizeQuoteText(fields.text);
    this.transaction(() => {
      const { lastInsertRowid } = this.sql(
        `INSERT INTO quotes (id, text, speaker, source, date, occasion, note, verified, published_in, url, checked_by, checked_at, saying, norm, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(newId, ...this.columnValues(fields, norm), at, at);
      addGrams(this.db, Number(lastInsertRowid), norm);
      this.setThemes(Number(lastInsertRowid), fields.themes);
    });
    return this.mustGet(newId);
  }

  update(id: string, fields: QuoteFields): Quote {
    const seq = this.seqOf(id);
    const oldNorm = this.normOf(seq);
    const newNorm = normalizeQuoteText(fields.text);
    this.transaction(() => {
      if (oldNorm !== newNorm) {
        removeGrams(this.db, seq, oldNorm);
        addGrams(this.db, seq, newNorm);
      }
      this.sql(
        `UPDATE quotes SET text = ?, speaker = ?, source = ?, date = ?, occasion = ?, note = ?, verified = ?,
           published_in = ?, url = ?, checked_by = ?, checked_at = ?, saying = ?, norm = ?, updated_at = ? WHERE seq = ?`,
      )
        .run(...this.columnValues(fields, newNorm), this.now(), seq);
      this.sql('DELETE FROM quote_tags WHERE quote_seq = ?').run(seq);
      this.setThemes(seq, fields.themes);
    });
    return this.mustGet(id);
  }

  remove(id: string): boolean {
    const row = this.sql('SELECT seq, norm FROM quotes WHERE id = ?').get(id) as { seq: number; norm: string } | undefined;
    if (!row) return false;
    this.transaction(() => {
      removeGrams(this.db, row.seq, row.norm);
      this.sql('DELETE FROM quotes WHERE seq = ?').run(row.seq);
    });
    return true;
  }

  addThemes(id: string, themes: readonly string[]): void {
    this.setThemes(this.seqOf(id), themes);
  }

  search(query: QuoteSearchQuery) {
    return searchQuotes(this.db, query);
  }

  list(filter: { theme?: string } = {}): Quote[] {
    const rows =
      filter.theme === undefined
        ? this.sql(`SELECT ${QUOTE_COLUMNS} FROM quotes q ORDER BY q.seq`).all()
        : this.sql(`SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN quote_tags t ON t.quote_seq = q.seq WHERE t.tag = ? ORDER BY q.seq`)
            .all(filter.theme);
    return rowsToQuotes(this.db, rows as QuoteRow[]);
  }

  count(): number {
    return (this.sql('SELECT count(*) AS n FROM quotes').get() as { n: number }).n;
  }

  recordUse(id: string): number | undefined {
    const row = this.sql('UPDATE quotes SET usage_count = usage_count + 1 WHERE id = ? RETURNING usage_count').get(id) as
      | { usage_count: number }
      | undefined;
    return row?.usage_count;
  }

  containing(key: string, limit: number): LibraryMatch[] {
    if (key === '') return [];
    if (key.length < 3) return withKeys(this.db, this.shortKeyRows(key, limit) as QuoteRow[]);
    // A long key is looked up by a slice of it (every trigram list costs), then checked whole.
    const probe = key.length > PROBE_CHARS ? key.slice((key.length - PROBE_CHARS) >> 1, (key.length + PROBE_CHARS) >> 1) : key;
    const byText = this.sql('SELECT q.seq, q.norm FROM quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid WHERE quotes_fts MATCH ? LIMIT ?');
    let rows = byText.all(ftsInText(probe), PROBE_LIMIT) as { seq: number; norm: string }[];
    if (rows.length === PROBE_LIMIT) rows = byText.all(ftsInText(key), limit) as typeof rows; // a very common slice: use the whole key
    return this.bySeqs(rows.filter((row) => row.norm.includes(key)).slice(0, limit).map((row) => row.seq));
  }

  containingAny(pieces: readonly string[], limit: number): LibraryMatch[] {
    return this.bySeqs(seqsContainingMostPieces(this.db, pieces, limit));
  }

  transaction<T>(work: () => T): T {
    // Inside a transaction already (an import): a savepoint per quotation would only cost time.
    return this.db.inTransaction ? work() : this.db.transaction(work)();
  }

  getSetting(key: string): string | undefined {
    return (this.sql('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  setSetting(key: string, value: string): void {
    this.sql('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  saveTheme(theme: InstalledTheme): void {
    this.sql(
        `INSERT INTO themes (id, tag, data, imported_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET tag = excluded.tag, data = excluded.data, imported_at = excluded.imported_at`,
      )
      .run(theme.id, theme.tag, JSON.stringify(theme), theme.importedAt);
  }

  listThemes(): InstalledTheme[] {
    const rows = this.sql('SELECT data FROM themes ORDER BY imported_at DESC, id').all() as { data: string }[];
    return rows.map((row) => InstalledThemeSchema.parse(JSON.parse(row.data)));
  }

  getTheme(id: string): InstalledTheme | undefined {
    const row = this.sql('SELECT data FROM themes WHERE id = ?').get(id) as { data: string } | undefined;
    return row ? InstalledThemeSchema.parse(JSON.parse(row.data)) : undefined;
  }

  /** Checkpoints and closes the library (closeLibraryDatabase). */
  close(): void {
    closeLibraryDatabase(this.db);
  }

  private columnValues(fields: QuoteFields, norm: string): unknown[] {
    return [
      fields.text, fields.speaker, fields.source, fields.date, fields.occasion, fields.note, fields.status === '已核' ? 1 : 0,
      fields.publishedIn, fields.url, fields.checkedBy, fields.checkedAt, fields.saying, norm,
    ];
  }

  private setThemes(seq: number, themes: readonly string[]): void {
    const add = this.sql('INSERT OR IGNORE INTO quote_tags (quote_seq, tag) VALUES (?, ?)');
    for (const tag of themes) add.run(seq, tag);
  }

  private one(where: string, value: string): Quote | undefined {
    const row = this.sql(`SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE ${where} LIMIT 1`).get(value) as QuoteRow | undefined;
    return row ? rowsToQuotes(this.db, [row])[0] : undefined;
  }

  /** Quotations in the order of `seqs`, with their normalised text. */
  private bySeqs(seqs: readonly number[]): LibraryMatch[] {
    const rows = this.sql(`SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.seq IN (SELECT value FROM json_each(?))`).all(JSON.stringify(seqs)) as QuoteRow[];
    const bySeq = new Map(rows.map((row) => [row.seq, row]));
    return withKeys(this.db, seqs.flatMap((seq) => bySeq.get(seq) ?? []));
  }

  private mustGet(id: string): Quote {
    const quote = this.get(id);
    if (!quote) throw new Error(`quote ${id} vanished after writing it`);
    return quote;
  }

  private sql(source: string): Sqlite.Statement {
    return prepareCached(this.db, source);
  }

  private shortKeyRows(key: string, limit: number): unknown[] {
    const gram = hasGram(this.db, key);
    return this.sql(`SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE ${gram.sql} LIMIT ?`).all(...gram.params, limit);
  }

  private normOf(seq: number): string {
    return (this.sql('SELECT norm FROM quotes WHERE seq = ?').get(seq) as { norm: string }).norm;
  }

  private seqOf(id: string): number {
    const row = this.sql('SELECT seq FROM quotes WHERE id = ?').get(id) as { seq: number } | undefined;
    if (!row) throw new GaojiangError('file-not-found', '金句库中没有这条金句（可能已被删除）。', `quote ${id} not found`);
    return row.seq;
  }
}
