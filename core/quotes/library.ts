import { normalizeQuoteText } from './normalize.js';
import type { QuoteInput } from './schema.js';
import type { QuoteStorePort } from './store-port.js';

export interface ImportCounts {
  added: number;
  /** Already in the library (or earlier in the same pack) once punctuation width and spaces are ignored. */
  duplicates: number;
}

/**
 * Adds quotations to the library, skipping duplicates by normalised text. A
 * duplicate's tags are merged into the quotation already there, so a theme
 * pack's tag reaches quotations the library had before; nothing else of the
 * existing quotation (its checked source, its note) is overwritten.
 */
export function addQuotations(store: QuoteStorePort, entries: readonly QuoteInput[]): ImportCounts {
  const counts: ImportCounts = { added: 0, duplicates: 0 };
  store.transaction(() => {
    for (const { id, ...fields } of entries) {
      const existing = store.findByNormalizedText(normalizeQuoteText(fields.text));
      if (existing) {
        counts.duplicates++;
        store.addThemes(existing.id, fields.themes);
      } else {
        store.insert(fields, id);
        counts.added++;
      }
    }
  });
  return counts;
}

const STARTER_PACK_SETTING = 'starter-pack-installed';

/**
 * The starter pack goes into a library once, when it is first used empty.
 * The mark stays, so a user who deletes the starter quotations does not get
 * them back.
 */
export function installStarterPack(store: QuoteStorePort, entries: () => readonly QuoteInput[]): boolean {
  if (store.getSetting(STARTER_PACK_SETTING) !== undefined) return false;
  const install = store.count() === 0;
  store.transaction(() => {
    if (install) addQuotations(store, entries());
    store.setSetting(STARTER_PACK_SETTING, install ? 'installed' : 'library-not-empty');
  });
  return install;
}
