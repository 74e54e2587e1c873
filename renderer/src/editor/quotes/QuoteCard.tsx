import type { QuoteSearchResult } from '../../../../core/quotes/schema.js';
import { sourceLine } from '../model/insert-quote.js';
import { highlightParts } from './quote-logic.js';

interface QuoteCardProps {
  result: QuoteSearchResult;
  onInsert(): void;
  /** A click on one of its themes filters the list by it. */
  onTheme(theme: string): void;
}

/** One quotation: its words with the matches marked, who said it where, 出处已核/待核, and 插入. */
export function QuoteCard({ result, onInsert, onTheme }: QuoteCardProps) {
  const { quote } = result;
  const source = sourceLine(quote.source, quote.date);
  return (
    <li className="qt-card">
      <p className="qt-text">
        “
        {highlightParts(quote.text, result.highlights).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}”
      </p>
      <p className="qt-meta">
        <span className="qt-speaker">{quote.speaker || '讲话人未注明'}</span>
        {source ? <span className="qt-source">{source}</span> : <span className="qt-source missing">出处未录入</span>}
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
        <span className={`qt-badge ${quote.verified ? 'ok' : 'pending'}`}>{quote.verified ? '出处已核' : '待核'}</span>
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
