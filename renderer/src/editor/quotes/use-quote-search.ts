import { useEffect, useState } from 'react';
import type { Services } from '../../client/index.js';
import { userMessageOf } from '../../user-message.js';
import { isSearching, matchDraftTheme, searchArgument, type InstalledTheme, type QuoteFilters, type ThemeEntry } from './quote-logic.js';
import type { QuoteSearchResult } from '../../../../core/quotes/schema.js';

/** Typing pauses this long before the library is asked: one request per word, not per keystroke. */
export const SEARCH_DEBOUNCE_MS = 220;

export interface QuoteList {
  results: QuoteSearchResult[];
  hasMore: boolean;
  loading: boolean;
  error: string | null;
}

const EMPTY: QuoteList = { results: [], hasMore: false, loading: true, error: null };

/**
 * The library's answer for the tab's filters, debounced. A response that
 * arrives after a newer request was made is dropped, so the list always
 * shows the latest query. `revision` re-runs the search (after a save).
 */
export function useQuoteSearch(services: Services, filters: QuoteFilters, revision: number): QuoteList {
  const [list, setList] = useState<QuoteList>(EMPTY);
  const { query, speaker, theme, status } = filters;
  useEffect(() => {
    let live = true;
    setList((current) => ({ ...current, loading: true }));
    const timer = window.setTimeout(() => {
      services.searchQuotes(searchArgument({ query, speaker, theme, status })).then(
        ({ results, hasMore }) => live && setList({ results, hasMore, loading: false, error: null }),
        (failure: unknown) => live && setList({ results: [], hasMore: false, loading: false, error: userMessageOf(failure) }),
      );
    }, isSearching({ query, speaker, theme, status }) ? SEARCH_DEBOUNCE_MS : 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [services, query, speaker, theme, status, revision]);
  return list;
}

export interface ThemeSuggestions {
  /** Installed study themes (for the theme filter). */
  themes: ThemeEntry[];
  /** The installed theme the draft is written on, if any. */
  theme: InstalledTheme | undefined;
  /** Its quotations, most used first. */
  quotes: QuoteSearchResult[];
}

/** The installed themes, and the quotations of the one the draft's theme names. */
export function useThemeSuggestions(services: Services, draftTheme: string, revision: number): ThemeSuggestions {
  const [state, setState] = useState<ThemeSuggestions>({ themes: [], theme: undefined, quotes: [] });
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const { themes } = await services.listThemes({});
        const theme = matchDraftTheme(draftTheme, themes.map((entry) => entry.theme));
        const quotes = theme ? (await services.getTheme({ id: theme.id })).quotes : [];
        const ranked = [...quotes].sort((a, b) => b.usageCount - a.usageCount || Number(b.status === '已核') - Number(a.status === '已核'));
        if (live) setState({ themes, theme, quotes: ranked.map((quote) => ({ quote, match: 'all', highlights: [] })) });
      } catch {
        // Suggestions are a convenience: without them the tab lists the library as a search would.
        if (live) setState({ themes: [], theme: undefined, quotes: [] });
      }
    })();
    return () => {
      live = false;
    };
  }, [services, draftTheme, revision]);
  return state;
}
