import { useState, type DragEvent } from 'react';
import { orderSubmissions, type CompileOrder } from '../../../core/collect/compile-order.js';
import { reviewHasProblems, type CompileReview } from '../../../core/collect/compile-review.js';
import type { Submission } from '../../../core/collect/collection-schema.js';
import type { Notices } from '../app/use-notices.js';
import { useAppClient } from '../client/index.js';
import { compileItemMeta, localDate } from './compile-item.js';
import { ChineseDateInput } from './ChineseDateInput.js';
import { CompileReviewPanel, type ReviewTarget } from './CompileReviewPanel.js';
import type { Overview } from './use-collection.js';
import { announceExport } from '../app/export-notice.js';

const today = (): string => localDate(new Date());

/** Where `moved` lands when dropped on `target`: the list with it taken out and put in the target's place. */
function moveTo(ids: readonly string[], moved: string, target: string): string[] {
  const without = ids.filter((id) => id !== moved);
  without.splice(without.indexOf(target) + (ids.indexOf(moved) < ids.indexOf(target) ? 1 : 0), 0, moved);
  return without;
}

interface CompileViewProps {
  overview: Overview;
  notices: Notices;
  /** Reloads the overview (整理标点 adds versions). */
  reload?: () => Promise<void>;
  /** 去处理: shows the tab where the problem is dealt with. */
  onGoTo?: (target: ReviewTarget) => void;
}

/**
 * 汇编: choose and order the submissions (roster order, by unit, or drag),
 * title the volume and export it — after 汇编前检查 has shown what is wrong in the batch.
 */
export function CompileView({ overview, notices, reload, onGoTo }: CompileViewProps) {
  const { services, platform } = useAppClient();
  const initial = (order: CompileOrder) => orderSubmissions(overview.submissions, overview.roster, order).map((s) => s.id);
  const [order, setOrder] = useState<string[]>(() => initial('roster'));
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(overview.submissions.filter((s) => s.status !== '已退回').map((s) => s.id)));
  const [title, setTitle] = useState(`${overview.collection.theme}材料汇编`);
  const [unit, setUnit] = useState(overview.collection.organizerUnit);
  const [date, setDate] = useState(today);
  const [duplex, setDuplex] = useState(false);
  const [articlesOnOddPages, setArticlesOnOddPages] = useState(false);
  const [dragged, setDragged] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [review, setReview] = useState<CompileReview | null>(null);
  const byId = new Map<string, Submission>(overview.submissions.map((s) => [s.id, s]));
  const units = new Map(overview.roster.map((m) => [m.id, m.unit]));
  const selectedIds = order.filter((id) => chosen.has(id));

  const toggle = (id: string): void =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const shift = (id: string, by: -1 | 1): void => {
    const target = order[order.indexOf(id) + by];
    if (target) setOrder(moveTo(order, id, target));
  };
  const drop = (event: DragEvent, target: string): void => {
    event.preventDefault();
    if (dragged && dragged !== target) setOrder(moveTo(order, dragged, target));
    setDragged(null);
  };
  /** 导出汇编: the 汇编前检查 first; the volume straight away when it finds nothing. */
  const check = async (): Promise<void> => {
    setRunning(true);
    try {
      const found = await services.reviewCompile({ collectionId: overview.collection.id, submissionIds: selectedIds });
      if (reviewHasProblems(found)) setReview(found);
      else await compile();
    } catch (error) {
      notices.error(error);
    } finally {
      setRunning(false);
    }
  };
  const cleanPunctuation = async (): Promise<void> => {
    if (!review) return;
    setRunning(true);
    try {
      const cleaned = await services.cleanPunctuation({ collectionId: overview.collection.id, submissionIds: review.punctuation.map((row) => row.submissionId) });
      notices.info(`已整理 ${cleaned.changed.length} 篇稿件的标点，共 ${cleaned.fixes} 处；原稿保留在历次交稿中`);
      await reload?.();
      setReview(await services.reviewCompile({ collectionId: overview.collection.id, submissionIds: selectedIds }));
    } catch (error) {
      notices.error(error);
    } finally {
      setRunning(false);
    }
  };
  const compile = async (): Promise<void> => {
    setReview(null);
    setRunning(true);
    try {
      const compiled = await services.compileSubmissions({
        collectionId: overview.collection.id,
        submissionIds: selectedIds,
        title,
        unit,
        date,
        duplex,
        articlesOnOddPages: duplex && articlesOnOddPages,
      });
      announceExport(notices, await platform.saveExport(compiled.bytes, compiled.fileName), `已导出汇编“${compiled.fileName}”，共 ${compiled.articles.length} 篇`);
    } catch (error) {
      notices.error(error);
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="compile-view">
      <div className="organizer-card">
        <div className="form-grid">
          <label className="field wide">
            <span className="field-label">汇编标题</span>
            <input type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">单位</span>
            <input type="text" value={unit} onChange={(event) => setUnit(event.target.value)} />
          </label>
          <div className="field">
            <span className="field-label">日期</span>
            <ChineseDateInput label="日期" value={date} onChange={setDate} />
          </div>
        </div>
        <label className="check">
          <input type="checkbox" checked={duplex} onChange={(event) => setDuplex(event.target.checked)} />
          <span>双面打印（正文从奇数页开始，目录后需要时留一页空白）</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={duplex && articlesOnOddPages} disabled={!duplex} onChange={(event) => setArticlesOnOddPages(event.target.checked)} />
          <span>每篇都从奇数页开始</span>
        </label>
      </div>
      <div className="organizer-card">
        <div className="organizer-toolbar">
          <span className="muted">排序：</span>
          <button type="button" className="button small" onClick={() => setOrder(initial('roster'))}>
            按名单顺序
          </button>
          <button type="button" className="button small" onClick={() => setOrder(initial('unit'))}>
            按单位
          </button>
          <span className="field-hint">也可拖动调整顺序。</span>
          <span className="spacer" />
          <button type="button" className="button primary" onClick={() => void check()} disabled={running || selectedIds.length === 0 || title.trim() === ''}>
            {running ? '正在汇编……' : `导出汇编（${selectedIds.length} 篇）`}
          </button>
        </div>
        {review && (
          <CompileReviewPanel
            review={review}
            busy={running}
            onCleanPunctuation={() => void cleanPunctuation()}
            onCompileAnyway={() => void compile()}
            onGoTo={(target) => {
              setReview(null);
              onGoTo?.(target);
            }}
            onCancel={() => setReview(null)}
          />
        )}
        <ol className="compile-list" aria-label="汇编篇目">
          {order.map((id) => {
            const submission = byId.get(id);
            if (!submission) return null;
            const number = selectedIds.indexOf(id) + 1;
            return (
              <li
                key={id}
                className={`compile-item${chosen.has(id) ? '' : ' left-out'}${dragged === id ? ' dragging' : ''}`}
                draggable
                onDragStart={() => setDragged(id)}
                onDragOver={(event) => event.preventDefault()}
                onDrop={(event) => drop(event, id)}
                onDragEnd={() => setDragged(null)}
              >
                <span className="drag-handle" aria-hidden="true">
                  ⋮⋮
                </span>
                <input type="checkbox" checked={chosen.has(id)} onChange={() => toggle(id)} aria-label={`收录${submission.title}`} />
                <span className="compile-number">{number > 0 ? `第${number}篇` : '不收录'}</span>
                <span className="compile-title">{submission.title}</span>
                <span className="muted">
                  {compileItemMeta(submission.submitter, submission.memberId ? units.get(submission.memberId) : undefined, submission.status)}
                </span>
                <span className="compile-move">
                  <button type="button" className="button small ghost" onClick={() => shift(id, -1)} aria-label={`上移${submission.title}`}>
                    ↑
                  </button>
                  <button type="button" className="button small ghost" onClick={() => shift(id, 1)} aria-label={`下移${submission.title}`}>
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
