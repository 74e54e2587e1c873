import type { CompileReview } from '../../../core/collect/compile-review.js';

export type ReviewTarget = 'similarity' | 'submissions';

interface CompileReviewPanelProps {
  review: CompileReview;
  busy: boolean;
  onCleanPunctuation: () => void;
  onCompileAnyway: () => void;
  onGoTo: (target: ReviewTarget) => void;
  onCancel: () => void;
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** Where 去处理 leads: 查重 when copies were found, otherwise 交稿情况 (体检 errors, members missing). */
export const reviewTarget = (review: CompileReview): ReviewTarget => (review.similar.length > 0 ? 'similarity' : 'submissions');

/**
 * 汇编前检查: what is wrong in the batch, shown before the 汇编 is made —
 * copies over the 查重 threshold, 体检 errors, members who have not handed
 * in, punctuation 整理标点 fixes in one click — with 仍然汇编 and 去处理.
 */
export function CompileReviewPanel({ review, busy, onCleanPunctuation, onCompileAnyway, onGoTo, onCancel }: CompileReviewPanelProps) {
  const punctuationMarks = review.punctuation.reduce((sum, row) => sum + row.fixes, 0);
  return (
    <section className="organizer-card compile-review" aria-label="汇编前检查">
      <h4>汇编前检查</h4>
      {review.similar.length > 0 && (
        <div className="review-group">
          <p className="review-head">
            重复率超过 {percent(review.threshold)} 的稿件 {review.similar.length} 篇
          </p>
          <ul aria-label="重复率超标">
            {review.similar.map((row) => (
              <li key={row.submissionId}>
                {row.name}：{percent(row.share)}
                {row.sourceName && <span className="muted">（主要与“{row.sourceName}”相同）</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {review.checkErrors.length > 0 && (
        <div className="review-group">
          <p className="review-head">体检发现错误的稿件 {review.checkErrors.length} 篇</p>
          <ul aria-label="体检错误">
            {review.checkErrors.map((row) => (
              <li key={row.submissionId}>
                {row.name}：{row.errors} 处错误
                <span className="muted">（{row.examples.join('；')}{row.errors > row.examples.length ? '……' : ''}）</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {review.punctuation.length > 0 && (
        <div className="review-group">
          <p className="review-head">
            {review.punctuation.length} 篇稿件有 {punctuationMarks} 处标点可自动整理（半角标点、重复标点、多余空格等）
          </p>
          <button type="button" className="button small" disabled={busy} onClick={onCleanPunctuation}>
            一键整理标点
          </button>
          <span className="field-hint">整理后的稿件另存为新版本，成员交来的原稿保留。</span>
        </div>
      )}
      {review.missing.length > 0 && (
        <div className="review-group">
          <p className="review-head">尚未交稿 {review.missing.length} 人</p>
          <p aria-label="尚未交稿">{review.missing.map((member) => (member.unit ? `${member.name}（${member.unit}）` : member.name)).join('、')}</p>
        </div>
      )}
      <div className="organizer-actions">
        <button type="button" className="button primary" disabled={busy} onClick={onCompileAnyway}>
          仍然汇编
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => onGoTo(reviewTarget(review))}>
          去处理
        </button>
        <button type="button" className="button ghost" disabled={busy} onClick={onCancel}>
          取消
        </button>
      </div>
    </section>
  );
}
