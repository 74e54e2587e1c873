import { useMemo, useState } from 'react';
import { ReactEditor, useSlateStatic } from 'slate-react';
import type { Quote, QuoteSearchResult } from '../../../../core/quotes/schema.js';
import { useAppClient } from '../../client/index.js';
import { insertQuotation } from '../model/insert-quote.js';
import { AddQuoteForm } from './AddQuoteForm.js';
import { QuoteCard } from './QuoteCard.js';
import { EMPTY_QUOTE_FIELDS, isSearching, NO_FILTERS, type QuoteDraftFields, type QuoteFilters, type StatusFilter } from './quote-logic.js';
import { useQuoteSearch, useThemeSuggestions } from './use-quote-search.js';
import './quotes.css';

interface QuotesTabProps {
  /** draft.meta.theme: its installed theme's quotations are suggested before any search. */
  draftTheme: string;
  /** Fields to open the 添加金句 form with (the 体检 tab's 加入金句库); null: the form is closed. */
  addRequest: QuoteDraftFields | null;
  onAddRequest(fields: QuoteDraftFields | null): void;
}

/**
 * 金句: search the library as you type (text, speaker, source), filter by
 * speaker, theme and 已核/待核, insert at the cursor as 习近平总书记强调：“…”。
 * (only “…” when the library names no speaker),
 * and add new quotations.
 */
export function QuotesTab({ draftTheme, addRequest, onAddRequest }: QuotesTabProps) {
  const editor = useSlateStatic();
  const { services } = useAppClient();
  const [filters, setFilters] = useState<QuoteFilters>(NO_FILTERS);
  const [revision, setRevision] = useState(0);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  // Usage counts raised in this session, shown at once without searching again.
  const [usage, setUsage] = useState<ReadonlyMap<string, number>>(new Map());
  const list = useQuoteSearch(services, filters, revision);
  const suggestions = useThemeSuggestions(services, draftTheme, revision);

  const searching = isSearching(filters);
  const suggesting = !searching && suggestions.theme !== undefined && suggestions.quotes.length > 0;
  const shown = (suggesting ? suggestions.quotes : list.results).map((result) => withUsage(result, usage));
  const themeOptions = useMemo(() => {
    const tags = new Set(suggestions.themes.map((entry) => entry.theme.tag));
    for (const result of list.results) for (const theme of result.quote.themes) tags.add(theme);
    if (filters.theme) tags.add(filters.theme);
    return [...tags].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  }, [suggestions.themes, list.results, filters.theme]);

  const update = (change: Partial<QuoteFilters>) => setFilters((current) => ({ ...current, ...change }));

  const insert = (quote: Quote): void => {
    if (!insertQuotation(editor, quote)) {
      setMessage({ kind: 'error', text: '稿件里还没有正文段落，无法插入金句。' });
      return;
    }
    ReactEditor.focus(editor);
    setMessage(null);
    services.recordQuoteUse({ id: quote.id }).then(
      ({ usageCount }) => setUsage((current) => new Map(current).set(quote.id, usageCount)),
      // The quotation is in the draft; a usage count that did not go up is not worth an error.
      () => undefined,
    );
  };

  const saved = (quote: Quote, andInsert: boolean): void => {
    onAddRequest(null);
    setRevision((n) => n + 1);
    setMessage({ kind: 'info', text: '已加入金句库。' });
    if (andInsert) insert(quote);
  };

  return (
    <div className="qt">
      <div className="qt-search">
        <SearchBox className="qt-query" label="搜索金句" placeholder="搜原文、讲话人或出处" value={filters.query} onChange={(query) => update({ query })} />
        <div className="qt-filters">
          <select aria-label="主题" value={filters.theme} onChange={(event) => update({ theme: event.target.value })}>
            <option value="">全部主题</option>
            {themeOptions.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
          <SearchBox className="qt-speaker-filter" label="讲话人" placeholder="讲话人" value={filters.speaker} onChange={(speaker) => update({ speaker })} />
          <select aria-label="核实情况" value={filters.status} onChange={(event) => update({ status: event.target.value as StatusFilter })}>
            <option value="all">已核和待核</option>
            <option value="已核">已核</option>
            <option value="待核">待核</option>
          </select>
        </div>
      </div>

      {addRequest ? (
        <AddQuoteForm key={JSON.stringify(addRequest)} services={services} initial={addRequest} onSaved={saved} onCancel={() => onAddRequest(null)} />
      ) : (
        <button type="button" className="qt-add" onClick={() => onAddRequest({ ...EMPTY_QUOTE_FIELDS, themes: suggestions.theme?.tag ?? '' })}>
          ＋ 添加金句
        </button>
      )}

      {message && (
        <p className={`qt-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}

      <div className="qt-list-head" aria-live="polite">
        {suggesting ? (
          <>
            <span className="qt-list-title">本主题推荐</span>
            <span className="qt-list-note" title={suggestions.theme?.title}>
              {suggestions.theme?.title}
            </span>
          </>
        ) : searching ? (
          <span className="qt-list-title">{list.loading ? '正在搜索…' : `找到 ${list.results.length}${list.hasMore ? '+' : ''} 条`}</span>
        ) : (
          <span className="qt-list-title">金句库 · 最近添加</span>
        )}
      </div>
      {list.error && !suggesting ? (
        <p className="qt-message error" role="alert">
          {list.error}
        </p>
      ) : shown.length === 0 && !list.loading ? (
        <p className="dw-pane-empty">{searching ? '没有找到相符的金句。金句库只含随软件附带的和您导入、添加的金句：可换个说法，或导入组织者下发的金句包，或点“添加金句”收录。' : '金句库还是空的。'}</p>
      ) : (
        <ul className={`qt-list${list.loading && !suggesting ? ' stale' : ''}`} aria-label="金句" aria-busy={list.loading && !suggesting}>
          {shown.map((result) => (
            <QuoteCard key={result.quote.id} result={result} onInsert={() => insert(result.quote)} onTheme={(theme) => update({ theme })} />
          ))}
        </ul>
      )}
    </div>
  );
}

interface SearchBoxProps {
  className: string;
  label: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
}

function SearchBox({ className, label, placeholder, value, onChange }: SearchBoxProps) {
  return <input type="search" className={className} aria-label={label} placeholder={placeholder} value={value} onChange={(event) => onChange(event.target.value)} />;
}

function withUsage(result: QuoteSearchResult, usage: ReadonlyMap<string, number>): QuoteSearchResult {
  const count = usage.get(result.quote.id);
  return count === undefined ? result : { ...result, quote: { ...result.quote, usageCount: count } };
}
