import { useEffect, useState, type ReactNode } from 'react';
import type { ServiceOutput } from '../../../core/services/contract.js';
import { percent } from '../../../core/collect/similarity-report.js';
import type { Notices } from '../app/use-notices.js';
import { useAppClient } from '../client/index.js';

type Result = ServiceOutput<'checkCollectionSimilarity'>;
type SubmissionResult = Result['report']['submissions'][number];
type Passage = ServiceOutput<'similarityPassages'>['passages'][number];

/** `text` with the [start, end) spans marked. */
function highlighted(text: string, spans: readonly { start: number; end: number }[]): ReactNode[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push(text.slice(at, from));
    parts.push(<mark key={from}>{text.slice(from, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

/**
 * One submission beside one text it shares passages with, the shared
 * passages marked in both. The report holds no passages (a collection of
 * 1,000 near-copies would hold millions): they are fetched when a pair is opened.
 */
export function SideBySide({ submission, texts, notices }: { submission: SubmissionResult; texts: Result['texts']; notices: Notices }) {
  const { services } = useAppClient();
  const [otherId, setOtherId] = useState(submission.sources[0]?.id ?? '');
  const [passages, setPassages] = useState<Passage[] | null>(null);
  const byId = new Map(texts.map((text) => [text.id, text]));
  const own = byId.get(submission.id);
  const other = byId.get(otherId);
  const showError = notices.error;

  useEffect(() => {
    if (!own || !other) return;
    let current = true;
    setPassages(null);
    services.similarityPassages({ text: own, other }).then(
      (found) => current && setPassages(found.passages),
      (error: unknown) => current && showError(error),
    );
    return () => {
      current = false; // another pair was opened meanwhile
    };
  }, [services, own, other, showError]);

  if (submission.sources.length === 0) return <div className="organizer-card muted">“{submission.name}”没有与其他稿件或范文相同的片段。</div>;
  return (
    <div className="organizer-card side-by-side" aria-label="相同片段对照">
      <div className="organizer-toolbar">
        <h4>{submission.name} 与</h4>
        <select aria-label="对照来源" value={otherId} onChange={(event) => setOtherId(event.target.value)}>
          {submission.sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name}（{source.kind === 'reference' ? '参考范文' : '其他稿件'}，{percent(source.share)}）
            </option>
          ))}
        </select>
        <span className="muted">{passages ? `相同片段 ${passages.length} 处` : '正在查找相同片段……'}</span>
      </div>
      <div className="side-by-side-panes">
        <div className="compare-pane" aria-label="本稿">
          {own && highlighted(own.text, passages ?? [])}
        </div>
        <div className="compare-pane" aria-label="对照文本">
          {other && highlighted(other.text, (passages ?? []).map((p) => ({ start: p.otherStart, end: p.otherEnd })))}
        </div>
      </div>
    </div>
  );
}
