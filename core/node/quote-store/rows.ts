import type Sqlite from 'better-sqlite3';
import type { Quote } from '../../quotes/schema.js';

export interface QuoteRow {
  seq: number;
  id: string;
  text: string;
  speaker: string;
  source: string;
  date: string;
  occasion: string;
  note: string;
  verified: number;
  published_in: string;
  url: string;
  checked_by: string;
  checked_at: string;
  saying: string;
  usage_count: number;
  created_at: string;
  updated_at: string;
  norm: string;
}

export const QUOTE_COLUMNS =
  'q.seq, q.id, q.text, q.speaker, q.source, q.date, q.occasion, q.note, q.verified, q.published_in, q.url, q.checked_by, q.checked_at, q.saying, q.usage_count, q.created_at, q.updated_at, q.norm';

/** Rows → quotations with their tags, fetched in one query for the lot. */
export function rowsToQuotes(db: Sqlite.Database, rows: readonly QuoteRow[]): Quote[] {
  if (rows.length === 0) return [];
  const tags = new Map<number, string[]>();
  const tagRows = prepareCached(db, 'SELECT quote_seq, tag FROM quote_tags WHERE quote_seq IN (SELECT value FROM json_each(?)) ORDER BY rowid')
    .all(JSON.stringify(rows.map((row) => row.seq))) as { quote_seq: number; tag: string }[];
  for (const { quote_seq, tag } of tagRows) {
    const list = tags.get(quote_seq);
    if (list) list.push(tag);
    else tags.set(quote_seq, [tag]);
  }
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    speaker: row.speaker,
    source: row.source,
    date: row.date,
    publishedIn: row.published_in,
    url: row.url,
    occasion: row.occasion,
    themes: tags.get(row.seq) ?? [],
    note: row.note,
    status: row.verified === 1 ? '已核' : '待核',
    checkedBy: row.checked_by,
    checkedAt: row.checked_at,
    saying: row.saying,
    usageCount: row.usage_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

const statementCache = new WeakMap<Sqlite.Database, Map<string, Sqlite.Statement>>();

/** A prepared statement, prepared once per connection: preparing costs more than many a query. */
export function prepareCached(db: Sqlite.Database, sql: string): Sqlite.Statement {
  let cache = statementCache.get(db);
  if (!cache) statementCache.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** An FTS5 string literal: the text inside double quotes, its own quotes doubled. */
export function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** FTS5 query: the normalised text contains `key` (three characters or more). */
export function ftsInText(key: string): string {
  return `norm : ${ftsPhrase(key)}`;
}
