import { GaojiangError } from '../errors.js';
import { exportFileName } from '../file-name.js';
import { extractQuotations } from '../quotes/extract.js';
import { highlightSpans } from '../quotes/highlight.js';
import { addQuotations, installStarterPack, type ImportCounts } from '../quotes/library.js';
import { cleanQuoteText, normalizeQuoteText } from '../quotes/normalize.js';
import { formatQuotePack, parseQuotePack } from '../quotes/pack.js';
import type { QuoteStorePort } from '../quotes/store-port.js';
import { formatThemePack, installedTheme, parseThemePack, themeQuoteInputs, type InstalledTheme } from '../quotes/theme-pack.js';
import { describeFinding, verifyDraft } from '../quotes/verify.js';
import type { ServiceImplementation } from './contract.js';
import type { quoteOperations } from './quote-contract.js';
import { yieldToEventLoop } from '../yield.js';

export interface QuoteEnvironment {
  /** Opens the 金句库; called once, on the first operation that needs it. Absent: no library here. */
  openQuoteStore?: () => Promise<QuoteStorePort>;
  /** The starter pack's JSON, installed into a library first used empty. */
  starterQuotePack?: () => Promise<string | undefined>;
  /** ISO time of now (tests fix it). */
  now?: () => string;
}

type QuoteServices = Pick<ServiceImplementation, keyof typeof quoteOperations>;

/** Quotations imported per transaction. */
export const PACK_IMPORT_CHUNK = 500;

export function createQuoteServices(env: QuoteEnvironment): QuoteServices {
  const now = env.now ?? (() => new Date().toISOString());
  let opening: Promise<QuoteStorePort> | undefined;
  const store = (): Promise<QuoteStorePort> => {
    opening ??= openWithStarterPack(env).catch((error: unknown) => {
      opening = undefined; // let a later call try again (the file may have been busy)
      throw error;
    });
    return opening;
  };
  const quoteNotFound = (id: string): GaojiangError =>
    new GaojiangError('file-not-found', '金句库中没有这条金句（可能已被删除）。', `quote ${id} not found`);
  const themeNotFound = (id: string): GaojiangError =>
    new GaojiangError('file-not-found', '没有找到这个学习主题（可能尚未导入）。', `theme ${id} not found`);
  const themeEntry = (library: QuoteStorePort, theme: InstalledTheme) => ({ theme, quoteCount: library.list({ theme: theme.tag }).length });

  return {
    searchQuotes: async (query) => {
      const { results, hasMore } = (await store()).search(query);
      return { results: results.map((r) => ({ ...r, highlights: highlightSpans(r.quote.text, query.query) })), hasMore };
    },

    getQuote: async ({ id }) => {
      const quote = (await store()).get(id);
      if (!quote) throw quoteNotFound(id);
      return quote;
    },

    saveQuote: async ({ quote: { id, ...fields } }) => {
      const library = await store();
      const cleaned = { ...fields, text: cleanQuoteText(fields.text), themes: [...new Set(fields.themes)] };
      const twin = library.findByNormalizedText(normalizeQuoteText(cleaned.text));
      if (twin && twin.id !== id) {
        throw new GaojiangError('invalid-input', '金句库中已有这条金句（仅标点全半角或空格不同），请编辑原有的那条。', `duplicate of ${twin.id}`);
      }
      if (id !== undefined && library.get(id)) return library.update(id, cleaned);
      return library.insert(cleaned, id);
    },

    deleteQuote: async ({ id }) => {
      (await store()).remove(id); // deleting what is already gone is not an error
      return {};
    },

    importQuotePack: async ({ text, format }) => {
      const pack = parseQuotePack(text, format);
      const library = await store();
      // One transaction per chunk, giving other requests their turn in between: a 14 MB pack was one 39 s
      // transaction that blocked the app. A failure keeps the chunks before it; importing again skips them as duplicates.
      const counts: ImportCounts = { added: 0, duplicates: 0, conflicts: [], sourced: 0, checked: 0 };
      for (let at = 0; at < pack.entries.length; at += PACK_IMPORT_CHUNK) {
        if (at > 0) await yieldToEventLoop();
        const chunk = addQuotations(library, pack.entries.slice(at, at + PACK_IMPORT_CHUNK));
        counts.added += chunk.added;
        counts.duplicates += chunk.duplicates;
        counts.conflicts.push(...chunk.conflicts);
        counts.sourced += chunk.sourced;
        counts.checked += chunk.checked;
      }
      return { ...counts, invalid: pack.invalid, problems: pack.problems, title: pack.title };
    },

    exportQuotePack: async ({ format, theme }) => {
      const quotes = (await store()).list(theme === undefined ? {} : { theme });
      const title = theme ? `金句库（${theme}）` : '金句库';
      return { fileName: exportFileName(title, `.${format}`), text: formatQuotePack(quotes, format, title) };
    },

    extractQuotes: async ({ text, speakers }) => ({ quotations: extractQuotations(text, speakers ? { speakers } : {}) }),

    verifyDraft: async ({ draft }) => {
      const report = verifyDraft(draft, await store());
      return { ...report, findings: report.findings.map((finding) => ({ ...finding, message: describeFinding(finding) })) };
    },

    listThemes: async () => {
      const library = await store();
      return { themes: library.listThemes().map((theme) => themeEntry(library, theme)) };
    },

    getTheme: async ({ id }) => {
      const library = await store();
      const theme = library.getTheme(id);
      if (!theme) throw themeNotFound(id);
      return { theme, quotes: library.list({ theme: theme.tag }) };
    },

    importThemePack: async ({ text }) => {
      const pack = parseThemePack(text);
      const library = await store();
      const theme = installedTheme(pack, now());
      const counts = library.transaction(() => {
        library.saveTheme(theme);
        return addQuotations(library, themeQuoteInputs(pack));
      });
      return { ...counts, invalid: 0, problems: [], theme };
    },

    exportThemePack: async ({ id }) => {
      const library = await store();
      const theme = library.getTheme(id);
      if (!theme) throw themeNotFound(id);
      return { fileName: exportFileName(theme.title, '.json'), text: formatThemePack(theme, library.list({ theme: theme.tag })) };
    },

    recordQuoteUse: async ({ id }) => {
      const usageCount = (await store()).recordUse(id);
      if (usageCount === undefined) throw quoteNotFound(id);
      return { usageCount };
    },
  };
}

async function openWithStarterPack(env: QuoteEnvironment): Promise<QuoteStorePort> {
  if (!env.openQuoteStore) {
    throw new GaojiangError('invalid-input', '这里没有可用的金句库。', 'no quote store in this environment');
  }
  const library = await env.openQuoteStore();
  const starter = await env.starterQuotePack?.();
  // A broken starter pack is our bug: it throws rather than leaving a half-installed library.
  if (starter !== undefined) installStarterPack(library, () => parseQuotePack(starter, 'json').entries);
  return library;
}
