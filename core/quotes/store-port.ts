import type { InstalledTheme } from './theme-pack.js';
import type { Quote, QuoteFields, QuoteSearchQuery, QuoteSearchResult } from './schema.js';

/**
 * What verification needs from a library: candidate quotations for a
 * normalised key (see normalize.ts). Kept apart from the store so the pure
 * checks can run against an in-memory list too.
 */
export interface QuoteLookup {
  /** Quotations whose normalised text contains `key` (a passage of them or all of them). */
  containing(key: string, limit: number): LibraryMatch[];
  /**
   * Quotations containing at least one of `pieces`, those containing the
   * most pieces first. Split a key into k+1 pieces and every library text
   * within k edits of it contains one of them whole (pigeonhole), so this
   * finds all candidates for a near match with indexed substring lookups.
   */
  containingAny(pieces: readonly string[], limit: number): LibraryMatch[];
}

/** A library quotation with its normalised text (normalizeQuoteText), which the library keeps anyway. */
export interface LibraryMatch {
  quote: Quote;
  key: string;
}

export type RankedQuote = Omit<QuoteSearchResult, 'highlights'>;

/**
 * The quotation library's storage. Core stays free of SQLite: core/node
 * implements this with better-sqlite3. Calls are synchronous because the
 * one implementation is; the services wrap them in promises.
 */
export interface QuoteStorePort extends QuoteLookup {
  get(id: string): Quote | undefined;
  /** The quotation whose normalised text equals `norm`, if any: duplicate detection. */
  findByNormalizedText(norm: string): Quote | undefined;
  /** Adds a quotation; keeps `id` when given and free, otherwise makes one. */
  insert(fields: QuoteFields, id?: string): Quote;
  update(id: string, fields: QuoteFields): Quote;
  /** False if there was no such quotation. */
  remove(id: string): boolean;
  /** Adds tags a quotation does not have yet. */
  addThemes(id: string, themes: readonly string[]): void;
  /** Ranked: whole-phrase matches first, then the rest (see the store for the tiers). */
  search(query: QuoteSearchQuery): { results: RankedQuote[]; hasMore: boolean };
  /** Every quotation, or those with `theme`, oldest first. */
  list(filter?: { theme?: string }): Quote[];
  count(): number;
  /** Adds one to the usage count; undefined if there is no such quotation. */
  recordUse(id: string): number | undefined;
  /** Runs `work` in one transaction: a failed import leaves nothing half done. */
  transaction<T>(work: () => T): T;
  getSetting(key: string): string | undefined;
  setSetting(key: string, value: string): void;
  saveTheme(theme: InstalledTheme): void;
  listThemes(): InstalledTheme[];
  getTheme(id: string): InstalledTheme | undefined;
  close(): void;
}
