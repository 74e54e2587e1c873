import { normalizeQuoteText } from './normalize.js';
import type { Quote } from './schema.js';
import type { QuoteLookup } from './store-port.js';

/** Distinct character trigrams of a key (the key itself when shorter). */
export function trigrams(key: string): string[] {
  if (key.length < 3) return key === '' ? [] : [key];
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= key.length; i++) grams.add(key.slice(i, i + 3));
  return [...grams];
}

/** `key` cut into `count` consecutive pieces of nearly equal length (fewer if the key is shorter). */
export function splitIntoPieces(key: string, count: number): string[] {
  const n = Math.max(1, Math.min(count, key.length));
  const pieces: string[] = [];
  for (let i = 0; i < n; i++) pieces.push(key.slice(Math.floor((i * key.length) / n), Math.floor(((i + 1) * key.length) / n)));
  return pieces;
}

/**
 * A QuoteLookup over quotations held in memory, for tests and small lists;
 * the SQLite store answers the same questions from its trigram index.
 */
export function memoryQuoteLookup(quotes: readonly Quote[]): QuoteLookup {
  const keyed = quotes.map((quote) => ({ quote, key: normalizeQuoteText(quote.text) }));
  return {
    containing: (key, limit) => keyed.filter((entry) => entry.key.includes(key)).slice(0, limit),
    containingAny: (pieces, limit) =>
      keyed
        .map((entry) => ({ entry, count: pieces.filter((piece) => entry.key.includes(piece)).length }))
        .filter(({ count }) => count > 0)
        .sort((a, b) => b.count - a.count)
        .slice(0, limit)
        .map(({ entry }) => entry),
  };
}
