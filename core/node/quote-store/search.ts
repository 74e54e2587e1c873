import type Sqlite from 'better-sqlite3';
import { splitIntoPieces, trigrams } from '../../quotes/lookup.js';
import { normalizeQuoteText } from '../../quotes/normalize.js';
import type { QuoteSearchQuery } from '../../quotes/schema.js';
import type { RankedQuote } from '../../quotes/store-port.js';
import { seqsContainingMostPieces } from './pieces.js';
import { hasGram } from './grams.js';
import { ftsInText, ftsPhrase, prepareCached, QUOTE_COLUMNS, rowsToQuotes, type QuoteRow } from './rows.js';

/**
 * Ranked search. Tiers, each in usage order, none repeated:
 *   exact   – the whole query (spaces removed) is in the text;
 *   terms   – every space-separated term is in the text;
 *   similar – half the query's trigrams are in the text (a half-remembered quotation);
 *   speaker-or-source – the query is in the speaker or the source.
 * Terms of three characters or more use the FTS5 trigram index; one- and
 * two-character terms (人民) are below its reach and use quote_grams.
 */
const RANK_ORDER = 'ORDER BY q.usage_count DESC, q.verified DESC, q.seq';
/** A similar result must share at least this share of the query's trigrams. */
const SIMILAR_SHARE = 0.5;
/** Shorter queries are found exactly or not at all: their pieces would be too short to look up. */
const SIMILAR_MIN_CHARS = 6;
/** A similar search looks up pieces of at least this length. */
const SIMILAR_PIECE_CHARS = 4;

interface Condition {
  sql: string;
  params: unknown[];
}

type Tier = RankedQuote['match'];

export function searchQuotes(db: Sqlite.Database, query: QuoteSearchQuery): { results: RankedQuote[]; hasMore: boolean } {
  const wanted = query.offset + query.limit + 1;
  const filters = filterConditions(query);
  const terms = query.query.split(/\s+/).map(normalizeQuoteText).filter((term) => term !== '');
  const phrase = terms.join('');
  const found = new Map<number, { row: QuoteRow; tier: Tier }>();
  const collect = (tier: Tier, conditions: Condition[], fts?: string, order = RANK_ORDER): void => {
    if (found.size >= wanted) return;
    for (const row of selectRows(db, conditions, filters, fts, order, wanted + found.size)) {
      if (found.size >= wanted) break;
      if (!found.has(row.seq)) found.set(row.seq, { row, tier });
    }
  };

  if (phrase === '') {
    collect('all', [], undefined, 'ORDER BY q.updated_at DESC, q.seq DESC');
  } else {
    collect('exact', ...textContains(db, [phrase]));
    if (terms.length > 1) collect('terms', ...textContains(db, terms));
    if (phrase.length >= SIMILAR_MIN_CHARS) collectSimilar(db, phrase, filters, wanted, found);
    collect('speaker-or-source', ...speakerOrSource(query.query.replace(/\s+/g, '')));
  }

  const ordered = [...found.values()];
  const quotes = rowsToQuotes(db, ordered.map((entry) => entry.row).slice(query.offset, query.offset + query.limit));
  return {
    results: quotes.map((quote, i) => ({ quote, match: ordered[query.offset + i]?.tier ?? 'all' })),
    hasMore: ordered.length > query.offset + query.limit,
  };
}

/** Every term in the normalised text: long terms through the trigram index, short ones through quote_grams. */
function textContains(db: Sqlite.Database, terms: readonly string[]): [Condition[], string | undefined] {
  const long = terms.filter((term) => term.length >= 3);
  const short = terms.filter((term) => term.length < 3);
  const conditions = short.map((term) => hasGram(db, term));
  return [conditions, long.length > 0 ? long.map(ftsInText).join(' AND ') : undefined];
}

/** The query in the speaker or the source: the trigram index, or a scan of their narrow index when short. */
function speakerOrSource(raw: string): [Condition[], string | undefined] {
  if (raw.length >= 3) return [[], `{speaker source} : ${ftsPhrase(raw)}`];
  const scan = 'q.seq IN (SELECT seq FROM quotes INDEXED BY quotes_by_speaker WHERE instr(speaker, ?) > 0 OR instr(source, ?) > 0)';
  return [[{ sql: scan, params: [raw, raw] }], undefined];
}

function filterConditions(query: QuoteSearchQuery): Condition[] {
  const conditions: Condition[] = [];
  if (query.status !== undefined) conditions.push({ sql: 'q.verified = ?', params: [query.status === '已核' ? 1 : 0] });
  if (query.theme !== undefined) conditions.push({ sql: 'q.seq IN (SELECT quote_seq FROM quote_tags WHERE tag = ?)', params: [query.theme] });
  if (query.speaker) conditions.push({ sql: 'instr(q.speaker, ?) > 0', params: [query.speaker.trim()] });
  return conditions;
}

function selectRows(
  db: Sqlite.Database,
  conditions: readonly Condition[],
  filters: readonly Condition[],
  fts: string | undefined,
  order: string,
  limit: number,
): QuoteRow[] {
  const all = [...conditions, ...filters];
  const from = fts ? 'quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid' : 'quotes q';
  const where = [...(fts ? ['quotes_fts MATCH ?'] : []), ...all.map((c) => c.sql)];
  const sql = `SELECT ${QUOTE_COLUMNS} FROM ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${order} LIMIT ?`;
  const params = [...(fts ? [fts] : []), ...all.flatMap((c) => c.params), limit];
  return prepareCached(db, sql).all(...params) as QuoteRow[];
}

/**
 * Quotations sharing most of the phrase's trigrams: candidates are those
 * containing pieces of it (most pieces first), kept if they share enough.
 */
function collectSimilar(
  db: Sqlite.Database,
  phrase: string,
  filters: readonly Condition[],
  wanted: number,
  found: Map<number, { row: QuoteRow; tier: Tier }>,
): void {
  if (found.size >= wanted) return;
  const pieces = splitIntoPieces(phrase, Math.floor(phrase.length / SIMILAR_PIECE_CHARS));
  const seqs = seqsContainingMostPieces(db, pieces.filter((piece) => piece.length >= 3), (wanted + found.size) * 3);
  const rows = selectRows(db, [{ sql: 'q.seq IN (SELECT value FROM json_each(?))', params: [JSON.stringify(seqs)] }], filters, undefined, RANK_ORDER, seqs.length);
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  const grams = trigrams(phrase);
  for (const seq of seqs) {
    const row = bySeq.get(seq);
    if (found.size >= wanted) break;
    if (!row || found.has(seq)) continue;
    const shared = grams.filter((gram) => row.norm.includes(gram)).length;
    if (shared >= grams.length * SIMILAR_SHARE) found.set(seq, { row, tier: 'similar' });
  }
}
