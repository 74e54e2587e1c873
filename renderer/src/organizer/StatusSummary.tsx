import { SUBMISSION_STATUSES } from '../../../core/collect/collection-schema.js';
import type { Overview } from './use-collection.js';

/** Counts by status, overall and per unit. */
export function StatusSummary({ overview }: { overview: Overview }) {
  return (
    <div className="organizer-card">
      <div className="status-counts" aria-label="交稿统计">
        {SUBMISSION_STATUSES.map((status) => (
          <span key={status} className={`status-count status-${status}`}>
            {status} <strong>{overview.counts[status]}</strong>
          </span>
        ))}
      </div>
      <table className="organizer-table compact" aria-label="各单位交稿">
        <thead>
          <tr>
            <th>单位</th>
            <th className="num">人数</th>
            {SUBMISSION_STATUSES.map((status) => (
              <th key={status} className="num">
                {status}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overview.byUnit.map((unit) => (
            <tr key={unit.unit}>
              <td>{unit.unit}</td>
              <td className="num">{unit.total}</td>
              {SUBMISSION_STATUSES.map((status) => (
                <td key={status} className="num">
                  {unit.counts[status]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
