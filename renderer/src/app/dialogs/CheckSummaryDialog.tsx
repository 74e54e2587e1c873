import { useId } from 'react';
import { summarizeFindings } from '../../../../core/checks/summary.js';
import { SEVERITY_NAMES, type Finding } from '../../../../core/checks/types.js';
import { Modal } from './Modal.js';
import './check-summary.css';

export type CheckSummaryChoice = 'review' | 'export' | null;

/** How many findings the summary lists; the 体检 tab has them all. */
const LISTED = 5;

/** Before export: 发现 N 处问题, the first few, and 去修改 (the 体检 tab) or 仍然导出. */
export function CheckSummaryDialog({ findings, onAnswer }: { findings: readonly Finding[]; onAnswer(choice: CheckSummaryChoice): void }) {
  const textId = useId();
  const { bySeverity } = summarizeFindings(findings);
  const counts = [bySeverity.error > 0 ? `错误 ${bySeverity.error} 处` : '', bySeverity.warning > 0 ? `警告 ${bySeverity.warning} 处` : '']
    .filter(Boolean)
    .join('、');
  return (
    <Modal title={`发现 ${findings.length} 处问题`} onDismiss={() => onAnswer(null)} className="narrow" describedBy={textId}>
      <div className="modal-body">
        <p id={textId} className="modal-text">
          体检发现{counts}。建议先修改再导出。
        </p>
        <ul className="check-summary-list">
          {findings.slice(0, LISTED).map((finding, i) => (
            <li key={i} className={finding.severity}>
              <span className="check-summary-severity">{SEVERITY_NAMES[finding.severity]}</span>
              <span>
                {finding.message}
                {finding.excerpt && <span className="check-summary-excerpt">{finding.excerpt}</span>}
              </span>
            </li>
          ))}
        </ul>
        {findings.length > LISTED && <p className="field-hint">另有 {findings.length - LISTED} 处，见“体检”。</p>}
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={() => onAnswer('export')}>
          仍然导出
        </button>
        <span className="spacer" />
        <button type="button" className="button primary" onClick={() => onAnswer('review')} data-autofocus>
          去修改
        </button>
      </footer>
    </Modal>
  );
}
