import { normalizeQuoteText } from './normalize.js';
import { hasSource, type Quote, type QuoteFields, type QuoteInput } from './schema.js';
import { sourceLine } from './source-line.js';
import type { QuoteStorePort } from './store-port.js';

export interface ImportCounts {
  added: number;
  /** Already in the library (or earlier in the same pack) once punctuation width and spaces are ignored. */
  duplicates: number;
  /**
   * One Chinese line per duplicate wording whose source differs from the
   * library's: the library keeps its own, the organizer decides.
   */
  conflicts: string[];
  /** Entries of the pack that name a source (a title, publication or page), and how many of them are 已核. */
  sourced: number;
  checked: number;
}

/** The fields that say where a wording comes from; a duplicate differing in any of them is a conflict. */
const SOURCE_FIELDS = ['speaker', 'source', 'date', 'publishedIn', 'url', 'status'] as const;

const MAX_LISTED_CONFLICTS = 50;

/**
 * Adds quotations to the library, skipping duplicates by normalised text. A
 * duplicate's tags are merged into the quotation already there, so a theme
 * pack's tag reaches quotations the library had before; nothing else of the
 * existing quotation is overwritten. A duplicate that names a different
 * source (another speech, another date, 已核 where the library has 待核) is
 * listed as a conflict rather than merged silently.
 */
export function addQuotations(store: QuoteStorePort, entries: readonly QuoteInput[]): ImportCounts {
  const counts: ImportCounts = { added: 0, duplicates: 0, conflicts: [], sourced: 0, checked: 0 };
  store.transaction(() => {
    for (const { id, ...fields } of entries) {
      if (hasSource(fields)) {
        counts.sourced++;
        if (fields.status === '已核') counts.checked++;
      }
      const existing = store.findByNormalizedText(normalizeQuoteText(fields.text));
      if (existing) {
        counts.duplicates++;
        store.addThemes(existing.id, fields.themes);
        const conflict = sourceConflict(existing, fields);
        if (conflict && counts.conflicts.length < MAX_LISTED_CONFLICTS) counts.conflicts.push(conflict);
      } else {
        store.insert(fields, id);
        counts.added++;
      }
    }
  });
  return counts;
}

/** Why an incoming wording's source disagrees with the library's, or undefined when it adds nothing new. */
function sourceConflict(existing: Quote, incoming: QuoteFields): string | undefined {
  if (!hasSource(incoming) && incoming.status === '待核') return undefined;
  const differing = SOURCE_FIELDS.filter((field) => incoming[field] !== '' && incoming[field] !== existing[field]);
  if (differing.length === 0) return undefined;
  return `“${shorten(existing.text)}”金句库中已有，出处不同，未改动：库中为 ${describeSource(existing)}；导入的为 ${describeSource(incoming)}`;
}

function describeSource(quote: QuoteFields | Quote): string {
  return `${quote.speaker || '讲话人未注明'} · ${sourceLine(quote)}`;
}

function shorten(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}……` : text;
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
