import { useState } from 'react';
import { SUBMISSION_STATUSES, type Submission, type SubmissionStatus } from '../../../core/collect/collection-schema.js';
import { MATERIAL_FILE_ACCEPT } from '../../../core/import/material-kind.js';
import type { Notices } from '../app/use-notices.js';
import { useAppClient } from '../client/index.js';
import { pickFiles } from './pick-files.js';
import { ReminderCard } from './ReminderCard.js';
import { StatusSummary } from './StatusSummary.js';
import { SubmissionEditor } from './SubmissionEditor.js';
import { receivedText, SubmissionHistory } from './SubmissionHistory.js';
import { useBatchImport } from './use-batch-import.js';
import { useAction, type Overview } from './use-collection.js';

interface SubmissionsViewProps {
  overview: Overview;
  notices: Notices;
  reload: () => Promise<void>;
}

/** 交稿情况: counts, each member's status, files not yet matched, batch import and the 催交名单. */
export function SubmissionsView({ overview, notices, reload }: SubmissionsViewProps) {
  const { services } = useAppClient();
  const { busy, run } = useAction(notices, reload);
  const batch = useBatchImport(overview.collection.id, notices, reload);
  const [filter, setFilter] = useState<SubmissionStatus | 'all'>('all');
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const submissions = new Map(overview.submissions.map((s) => [s.id, s]));
  const members = new Map(overview.roster.map((m) => [m.id, m]));
  const rows = overview.members.filter((row) => filter === 'all' || row.status === filter);
  const unassigned = overview.unassignedIds.map((id) => submissions.get(id)).filter((s): s is Submission => s !== undefined);
  const taken = new Set(overview.members.filter((m) => m.submissionId).map((m) => m.memberId));

  const pick = async (folder: boolean): Promise<void> => batch.importFiles(await pickFiles(MATERIAL_FILE_ACCEPT, folder));
  return (
    <div className="submissions-view">
      <div className="organizer-card">
        <div className="organizer-toolbar">
          <button type="button" className="button primary" onClick={() => void pick(true)} disabled={batch.progress !== null}>
            导入稿件文件夹
          </button>
          <button type="button" className="button" onClick={() => void pick(false)} disabled={batch.progress !== null}>
            选择稿件文件
          </button>
          <span className="field-hint">按作者署名或文件名（如“张三-研讨发言.docx”）对应到名单；同一人再交的新版本会保留旧版本。</span>
        </div>
        {batch.progress && (
          <div className="import-progress" aria-label="导入进度">
            <progress max={batch.progress.total} value={batch.progress.done} />
            <span>
              正在导入 {batch.progress.done + 1}/{batch.progress.total}：{batch.progress.current}
            </span>
            <button type="button" className="button small" onClick={batch.cancel}>
              取消导入
            </button>
          </div>
        )}
        {batch.outcomes.length > 0 && (
          <ul className="import-outcomes" aria-label="导入结果">
            {batch.outcomes.map((outcome, i) => (
              <li key={`${outcome.fileName}-${i}`} className={outcome.error ? 'failed' : outcome.submitter ? 'matched' : 'unmatched'}>
                {outcome.fileName}：{outcome.error ?? (outcome.submitter ? `已对应 ${outcome.submitter}` : '未对应到名单，请在下方指定')}
              </li>
            ))}
          </ul>
        )}
      </div>

      <StatusSummary overview={overview} />

      {opened && submissions.get(opened) && (
        <SubmissionEditor key={opened} submission={submissions.get(opened)!} notices={notices} reload={reload} onClose={() => setOpened(null)} />
      )}

      <div className="organizer-card">
        <div className="organizer-toolbar">
          <div className="segmented" role="group" aria-label="筛选">
            {(['all', ...SUBMISSION_STATUSES] as const).map((value) => (
              <button key={value} type="button" className="segment" aria-pressed={filter === value} onClick={() => setFilter(value)}>
                {value === 'all' ? '全部' : value}
              </button>
            ))}
          </div>
        </div>
        <table className="organizer-table" aria-label="交稿情况">
          <thead>
            <tr>
              <th>姓名</th>
              <th>单位</th>
              <th>状态</th>
              <th>稿件</th>
              <th>收到时间</th>
              <th>备注</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const member = members.get(row.memberId);
              const submission = row.submissionId ? submissions.get(row.submissionId) : undefined;
              return (
                <tr key={row.memberId} className={`status-row status-${row.status}`}>
                  <td>{member?.name}</td>
                  <td>{member?.unit}</td>
                  <td>
                    {submission ? (
                      <StatusSelect submission={submission} disabled={busy} onChange={(status) => void run(() => services.updateSubmission({ id: submission.id, status }))} />
                    ) : (
                      <span className="status-badge status-未交">未交</span>
                    )}
                  </td>
                  <td title={submission?.title}>
                    {submission?.fileName}
                    {submission && (
                      <button type="button" className="link-button" aria-label={`打开${member?.name ?? ''}的稿件`} onClick={() => setOpened(submission.id)}>
                        打开
                      </button>
                    )}
                    {submission && submission.version > 1 && (
                      <button
                        type="button"
                        className="link-button version-link"
                        aria-expanded={historyOf === submission.id}
                        onClick={() => setHistoryOf(historyOf === submission.id ? null : submission.id)}
                      >
                        第 {submission.version} 版
                      </button>
                    )}
                    {submission && historyOf === submission.id && <SubmissionHistory submissionId={submission.id} notices={notices} />}
                  </td>
                  <td>{submission ? receivedText(submission.receivedAt) : ''}</td>
                  <td>
                    {submission && (
                      <input
                        type="text"
                        className="cell-input"
                        aria-label={`${member?.name ?? ''}的备注`}
                        defaultValue={submission.note}
                        onBlur={(event) => {
                          if (event.target.value !== submission.note) void run(() => services.updateSubmission({ id: submission.id, note: event.target.value }));
                        }}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {unassigned.length > 0 && (
        <div className="organizer-card">
          <h4>未对应到名单的稿件（{unassigned.length}）</h4>
          <table className="organizer-table" aria-label="未对应的稿件">
            <tbody>
              {unassigned.map((submission) => (
                <tr key={submission.id}>
                  <td>{submission.fileName}</td>
                  <td>{submission.title}</td>
                  <td>{submission.submitter && `署名：${submission.submitter}`}</td>
                  <td className="actions">
                    <select
                      aria-label={`${submission.fileName}对应的人员`}
                      value=""
                      disabled={busy}
                      onChange={(event) => void run(() => services.updateSubmission({ id: submission.id, memberId: event.target.value }))}
                    >
                      <option value="">指定为……</option>
                      {overview.roster.map((member) => (
                        <option key={member.id} value={member.id} disabled={taken.has(member.id)}>
                          {member.name}（{member.unit || '未填单位'}）
                        </option>
                      ))}
                    </select>
                    <button type="button" className="button small ghost" onClick={() => void run(() => services.deleteSubmission({ id: submission.id }))}>
                      删除
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <ReminderCard text={overview.reminder} notices={notices} />
    </div>
  );
}

function StatusSelect({ submission, disabled, onChange }: { submission: Submission; disabled: boolean; onChange: (status: SubmissionStatus) => void }) {
  return (
    <select
      className={`status-select status-${submission.status}`}
      aria-label={`${submission.submitter}的状态`}
      value={submission.status}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value as SubmissionStatus)}
    >
      {SUBMISSION_STATUSES.filter((status) => status !== '未交').map((status) => (
        <option key={status} value={status}>
          {status}
        </option>
      ))}
    </select>
  );
}
