import type { QuoteSearchResult } from '../../../../core/quotes/schema.js';
import { sourceText } from '../../../../core/quotes/source-line.js';
import { highlightParts } from './quote-logic.js';

interface QuoteCardProps {
  result: QuoteSearchResult;
  onInsert(): void;
  /** A click on one of its themes filters the list by it. */
  onTheme(theme: string): void;
}

/** One quotation: its words with the matches marked, who said it, its source line (source · date · published in, 已核/待核), and 插入. */
export function QuoteCard({ result, onInsert, onTheme }: QuoteCardProps) {
  const { quote } = result;
  const source = sourceText(quote);
  return (
    <li className="qt-card">
      <p className="qt-text">
        “
        {highlightParts(quote.text, result.highlights).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}”
      </p>
      <p className="qt-meta">
        <span className="qt-speaker">{quote.speaker || '讲话人未注明'}</span>
        {source ? (
          <span className="qt-source" title={quote.url || undefined}>
            {source}
          </span>
        ) : (
          <span className="qt-source missing">出处未录入</span>
        )}
        <span className={`qt-badge ${quote.status === '已核' ? 'ok' : 'pending'}`} title={quote.status === '已核' ? checkedTitle(quote) : '尚未对照出处原文核实'}>
          {quote.status}
        </span>
      </p>
      {quote.themes.length > 0 && (
        <p className="qt-themes">
          {quote.themes.map((theme) => (
            <button key={theme} type="button" className="qt-theme" title={`只看“${theme}”主题`} onClick={() => onTheme(theme)}>
              {theme}
            </button>
          ))}
        </p>
      )}
      <div className="qt-foot">
        {quote.usageCount > 0 && <span className="qt-usage">已用 {quote.usageCount} 次</span>}
        <span className="spacer" />
        <button
          type="button"
          className="qt-insert"
          // Keeps the page's caret where it is: the quotation goes there.
          onMouseDown={(event) => event.preventDefault()}
          onClick={onInsert}
          aria-label={`插入：${quote.text.slice(0, 12)}`}
        >
          插入
        </button>
      </div>
    </li>
  );
}

/** 已在出处原文中核实（稿匠编辑组，2026-12-03）. */
function checkedTitle(quote: QuoteSearchResult['quote']): string {
  const by = [quote.checkedBy, quote.checkedAt].filter((part) => part !== '').join('，');
  return `已在出处原文中核实${by ? `（${by}）` : ''}`;
}
