import type Sqlite from 'better-sqlite3';
import { gramCode } from './grams.js';
import { ftsInText, prepareCached } from './rows.js';

/** How many quotations one piece may bring in: a piece as common as 的重要 says little anyway. */
const PER_PIECE_LIMIT = 50;

/**
 * Quotation seqs containing each piece, counted: the seqs containing most
 * pieces first, at most `limit`. Pieces of three characters or more go
 * through the trigram index, shorter ones through quote_grams.
 */
export function seqsContainingMostPieces(db: Sqlite.Database, pieces: readonly string[], limit: number): number[] {
  const counts = new Map<number, number>();
  // Seqs straight from the indexes: joining the quotations here would read rows most of which are then dropped.
  const viaTrigrams = prepareCached(db, 'SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?').pluck();
  const viaGrams = prepareCached(db, 'SELECT quote_seq FROM quote_grams WHERE gram = ? LIMIT ?').pluck();
  for (const piece of new Set(pieces)) {
    if (piece === '') continue;
    const seqs = (piece.length >= 3 ? viaTrigrams.all(ftsInText(piece), PER_PIECE_LIMIT) : viaGrams.all(gramCode(piece), PER_PIECE_LIMIT)) as number[];
    for (const seq of seqs) counts.set(seq, (counts.get(seq) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([seq]) => seq);
}
