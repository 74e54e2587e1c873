import { useEffect, useMemo, useRef, useState } from 'react';
import { compareDrafts, type DiffSegment } from '../../../../core/history/compare.js';
import type { Draft } from '../../../../core/model/schema.js';
import type { ServiceOutput } from '../../../../core/services/contract.js';
import { useAppClient } from '../../client/index.js';
import { userMessageOf } from '../../user-message.js';
import { useConfirm } from '../dialogs/ConfirmDialog.js';
import { Modal } from '../dialogs/Modal.js';
import { formatFileTime } from '../time-format.js';
import './history.css';

type VersionEntry = ServiceOutput<'listDraftVersions'>['versions'][number];

interface HistoryDialogProps {
  /** The open draft's file; its history is kept under it. Absent for a draft never saved. */
  path: string | undefined;
  name: string;
  /** The draft as it is in the editor now. */
  current: Draft;
  /** Whether the editor holds unsaved changes: restoring over them asks first. */
  dirty: boolean;
  /** Puts the version's text in the editor (one undo step). */
  onRestore(draft: Draft, when: string): void;
  onClose(): void;
}

/** A side of the comparison: a version by id, or the text in the editor. */
const CURRENT = 'current';

const KIND_NAMES = { save: '保存', auto: '自动保存' } as const;

/** When a version was kept, to the second: two saves a minute apart must not read the same. */
export function versionTime(savedAtMs: number, now = Date.now()): string {
  return `${formatFileTime(savedAtMs, now)}:${String(new Date(savedAtMs).getSeconds()).padStart(2, '0')}`;
}

/**
 * 历史版本: the versions kept of the open draft (newest first, with time,
 * how each was kept and its 字数; a damaged file listed as such), any two
 * of them — or one and the text in the editor — side by side with the
 * characters that differ marked, and 恢复此版本, which puts the chosen
 * version in the editor as one undo step.
 */
export function HistoryDialog({ path, name, current, dirty, onRestore, onClose }: HistoryDialogProps) {
  const { services } = useAppClient();
  const confirm = useConfirm();
  const [versions, setVersions] = useState<VersionEntry[] | null>(path ? null : []);
  const [failure, setFailure] = useState<string | null>(null);
  const [left, setLeft] = useState<string>(CURRENT);
  const [right, setRight] = useState<string>(CURRENT);
  // Drafts read so far, by version id; a version that cannot be read holds its message.
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Draft | string>>(new Map());

  useEffect(() => {
    if (!path) return;
    let live = true;
    services.listDraftVersions({ path }).then(
      ({ versions: listed }) => {
        if (!live) return;
        setVersions(listed);
        const newest = listed.find((v) => !v.damaged);
        if (newest) setLeft(newest.id);
      },
      (error: unknown) => live && setFailure(userMessageOf(error)),
    );
    return () => {
      live = false;
    };
  }, [services, path]);

  // Reads each version the first time it is compared; results are kept while the dialog is open.
  const requested = useRef(new Set<string>());
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);
  useEffect(() => {
    if (!path) return;
    for (const id of [left, right]) {
      if (id === CURRENT || requested.current.has(id)) continue;
      requested.current.add(id);
      services.readDraftVersion({ path, id }).then(
        ({ draft }) => open.current && setDrafts((known) => new Map(known).set(id, draft)),
        (error: unknown) => open.current && setDrafts((known) => new Map(known).set(id, userMessageOf(error))),
      );
    }
  }, [services, path, left, right]);

  const draftOf = (id: string): Draft | string | undefined => (id === CURRENT ? current : drafts.get(id));
  const leftDraft = draftOf(left);
  const rightDraft = draftOf(right);
  const comparison = useMemo(
    () => (typeof leftDraft === 'object' && typeof rightDraft === 'object' ? compareDrafts(leftDraft, rightDraft) : null),
    [leftDraft, rightDraft],
  );

  const byId = new Map((versions ?? []).map((v) => [v.id, v]));
  const labelOf = (id: string): string => {
    if (id === CURRENT) return dirty ? '编辑中的稿件（未保存）' : '编辑中的稿件';
    const version = byId.get(id);
    return version ? `${versionTime(version.savedAtMs)} ${KIND_NAMES[version.kind]}` : id;
  };
  const readable = (versions ?? []).filter((v) => !v.damaged);
  const chosen = left === CURRENT ? undefined : byId.get(left);

  const restore = async (): Promise<void> => {
    if (!chosen || typeof leftDraft !== 'object') return;
    const when = versionTime(chosen.savedAtMs);
    if (
      dirty &&
      !(await confirm.ask({
        title: '恢复历史版本？',
        text: `“${name}”有未保存的修改。恢复 ${when} 的版本会替换编辑器中的全部文字；之后仍可按 Ctrl+Z 撤销恢复。`,
        confirmLabel: '恢复',
      }))
    ) {
      return;
    }
    onRestore(leftDraft, when);
  };

  const sideSelect = (label: string, value: string, set: (id: string) => void) => (
    <label className="history-side">
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(event) => set(event.target.value)}>
        <option value={CURRENT}>{labelOf(CURRENT)}</option>
        {readable.map((v) => (
          <option key={v.id} value={v.id}>
            {labelOf(v.id)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <Modal title={`历史版本 — ${name}`} onDismiss={onClose} className="history-dialog">
      <div className="history-body">
        <aside className="history-list-pane">
          {!path && <p className="field-hint">这份稿件还没有保存过。保存后，每次保存都会留下一个版本，编辑时每 10 分钟也自动留一个。</p>}
          {failure && (
            <p className="field-error" role="alert">
              {failure}
            </p>
          )}
          {path && versions === null && !failure && <p className="field-hint">正在读取…</p>}
          {versions?.length === 0 && path && <p className="field-hint">还没有历史版本：每次保存都会留下一个版本。</p>}
          <ul className="history-list" aria-label="历史版本列表">
            {(versions ?? []).map((v) => (
              <li key={v.id}>
                {v.damaged ? (
                  <div className="history-row damaged" data-version={v.id}>
                    <span className="history-time">{versionTime(v.savedAtMs)}</span>
                    <span className="history-meta">文件已损坏，无法打开</span>
                  </div>
                ) : (
                  <button type="button" className="history-row" aria-pressed={left === v.id} data-version={v.id} onClick={() => setLeft(v.id)}>
                    <span className="history-time">{versionTime(v.savedAtMs)}</span>
                    <span className="history-meta">
                      {KIND_NAMES[v.kind]} · {v.chars.toLocaleString('zh-CN')} 字
                    </span>
                  </button>
                )}
              </li>
            ))}
          </ul>
          <p className="field-hint history-rule">保留最近 7 天的全部版本，7 至 90 天内每天保留一个，更早的自动删除。</p>
        </aside>
        <section className="history-compare" aria-label="版本对比">
          <div className="history-sides">
            {sideSelect('左侧', left, setLeft)}
            {sideSelect('右侧', right, setRight)}
            {comparison && (
              <span className="history-summary" data-testid="diff-summary">
                {comparison.removedChars === 0 && comparison.addedChars === 0
                  ? '两者相同'
                  : `左侧独有 ${comparison.removedChars} 字 · 右侧独有 ${comparison.addedChars} 字`}
              </span>
            )}
          </div>
          {typeof leftDraft === 'string' && <p className="field-error">{leftDraft}</p>}
          {typeof rightDraft === 'string' && <p className="field-error">{rightDraft}</p>}
          {comparison && (
            <div className="history-diff" role="table" aria-label="逐字对比">
              {comparison.rows.map((row, i) => (
                <div className="history-diff-row" role="row" key={i}>
                  <DiffCell segments={row.left} side="left" />
                  <DiffCell segments={row.right} side="right" />
                </div>
              ))}
            </div>
          )}
        </section>
      </div>
      <footer className="modal-footer">
        <span className="field-hint">恢复后可按 Ctrl+Z 撤销；保存后，恢复的文字成为新的版本。</span>
        <span className="spacer" />
        <button type="button" className="button" onClick={onClose}>
          关闭
        </button>
        <button type="button" className="button primary" disabled={!chosen || typeof leftDraft !== 'object'} onClick={() => void restore()}>
          {chosen ? `恢复左侧版本（${versionTime(chosen.savedAtMs)}）` : '恢复左侧版本'}
        </button>
      </footer>
      {confirm.dialog}
    </Modal>
  );
}

function DiffCell({ segments, side }: { segments: DiffSegment[] | undefined; side: 'left' | 'right' }) {
  if (!segments) return <div className={`history-diff-cell ${side} absent`} role="cell" />;
  return (
    <div className={`history-diff-cell ${side}`} role="cell">
      {segments.map((segment, i) =>
        !segment.changed ? (
          <span key={i}>{segment.text}</span>
        ) : side === 'left' ? (
          <del key={i} className="diff-removed">
            {segment.text}
          </del>
        ) : (
          <ins key={i} className="diff-added">
            {segment.text}
          </ins>
        ),
      )}
    </div>
  );
}
