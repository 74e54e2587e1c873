import type Sqlite from 'better-sqlite3';
import { prepareCached } from './rows.js';

/**
 * One- and two-character search terms (人民, 民) are below the trigram
 * index's reach, and a scan of every quotation costs ~8 ms at 20,000
 * quotations. quote_grams lists, per quotation, the distinct characters and
 * character pairs of its normalised text as integers (a pair is
 * first × 65536 + second), so such a term is an index lookup. The store
 * keeps it in step with `norm` on every write.
 */
export function gramCode(gram: string): number {
  return gram.length === 1 ? gram.charCodeAt(0) : gram.charCodeAt(0) * 65536 + gram.charCodeAt(1);
}

export function shortGramCodes(norm: string): number[] {
  const codes = new Set<number>();
  for (let i = 0; i < norm.length; i++) {
    codes.add(norm.charCodeAt(i));
    if (i + 1 < norm.length) codes.add(norm.charCodeAt(i) * 65536 + norm.charCodeAt(i + 1));
  }
  return [...codes];
}

export function addGrams(db: Sqlite.Database, seq: number, norm: string): void {
  const add = prepareCached(db, 'INSERT OR IGNORE INTO quote_grams (gram, quote_seq) VALUES (?, ?)');
  for (const code of shortGramCodes(norm)) add.run(code, seq);
}

export function removeGrams(db: Sqlite.Database, seq: number, norm: string): void {
  const remove = prepareCached(db, 'DELETE FROM quote_grams WHERE gram = ? AND quote_seq = ?');
  for (const code of shortGramCodes(norm)) remove.run(code, seq);
}

/** Above this many quotations with the gram, walking the rank index and stopping at LIMIT beats collecting them all. */
const COMMON_GRAM = 1_000;

/**
 * SQL condition: quotation q contains the one- or two-character `gram`. The
 * form depends on how common it is: a rare gram drives the query from its
 * list; a common one is probed while walking quotations in rank order.
 */
export function hasGram(db: Sqlite.Database, gram: string): { sql: string; params: unknown[] } {
  const code = gramCode(gram);
  const count = prepareCached(db, 'SELECT count(*) FROM (SELECT 1 FROM quote_grams WHERE gram = ? LIMIT ?)').pluck().get(code, COMMON_GRAM) as number;
  return count >= COMMON_GRAM
    ? { sql: 'EXISTS (SELECT 1 FROM quote_grams g WHERE g.gram = ? AND g.quote_seq = q.seq)', params: [code] }
    : { sql: 'q.seq IN (SELECT quote_seq FROM quote_grams WHERE gram = ?)', params: [code] };
}
