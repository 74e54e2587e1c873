import type { ArticleSummary, SourceRow, StructureRow } from './import-preview.js';
import { summaryText } from './import-preview.js';

const STATUS_NAMES = { kept: '', removed: '已删除', review: '请核对', joined: '已接续' } as const;

/** Left: the source as read, junk struck through, lines to check highlighted. */
export function SourcePane({ rows }: { rows: readonly SourceRow[] }) {
  const removed = rows.filter((row) => row.status === 'removed').length;
  const review = rows.filter((row) => row.status === 'review').length;
  return (
    <section className="import-pane" aria-label="原文">
      <header className="import-pane-head">
        <h3>原文</h3>
        <span className="import-legend">
          {removed > 0 && <span className="import-mark removed">删除 {removed} 行</span>}
          {review > 0 && <span className="import-mark review">待核对 {review} 行</span>}
        </span>
      </header>
      <ol className="import-source">
        {rows.map((row) => (
          <li key={row.line} className={`import-line ${row.status}`} title={row.message} data-status={row.status}>
            <span className="import-line-no" aria-hidden="true">
              {row.line}
            </span>
            <span className="import-line-text">
              {row.status === 'removed' ? <del>{row.text}</del> : row.struck ? row.struck.map((segment, i) => (segment.removed ? <del key={i}>{segment.text}</del> : <span key={i}>{segment.text}</span>)) : row.text}
              {row.status !== 'kept' && <span className="import-line-note">{`${STATUS_NAMES[row.status]}：${row.message ?? ''}`}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

const KIND_NAMES: Partial<Record<StructureRow['kind'], string>> = { 'author-line': '署名', closing: '结尾', signature: '落款' };

/** Right: what the draft will be, with the labels the editor derives. */
export function StructurePane({ rows, summary, details }: { rows: readonly StructureRow[]; summary: ArticleSummary; details: string }) {
  return (
    <section className="import-pane" aria-label="识别结果">
      <header className="import-pane-head">
        <h3>识别结果</h3>
        <span className="import-legend">{summaryText(summary)}</span>
      </header>
      {details && (
        <p className="import-details" aria-label="稿件信息">
          已移入稿件信息：{details}
        </p>
      )}
      <div className="import-structure">
        {rows.map((row, i) => (
          <StructureLine key={i} row={row} />
        ))}
      </div>
    </section>
  );
}

function StructureLine({ row }: { row: StructureRow }) {
  const kindName = KIND_NAMES[row.kind];
  const className = `import-block ${row.kind}${row.kind === 'heading' ? ` level-${row.level}` : ''}`;
  return (
    <div className={className} data-kind={row.kind}>
      {kindName && <span className="import-kind">{kindName}</span>}
      {row.label && <span className="import-label">{row.label}</span>}
      {row.lead && <strong className="import-lead">{row.lead}</strong>}
      <span className="import-text">{row.text}</span>
    </div>
  );
}
