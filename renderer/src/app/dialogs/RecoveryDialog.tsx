import { useState } from 'react';
import type { RecoveryEntry } from '../../../../core/services/draft-library.js';
import { UNTITLED_NAME } from '../document-state.js';
import { fileNameOf, formatFileTime } from '../time-format.js';
import { Modal } from './Modal.js';

interface RecoveryDialogProps {
  entries: readonly RecoveryEntry[];
  /** At start-up: copies left by an earlier session; on open: a copy newer than the file just opened. */
  reason: 'start-up' | 'open';
  onRestore(entry: RecoveryEntry): void;
  onDiscard(entry: RecoveryEntry): Promise<void>;
  onClose(): void;
}

/** Offers the autosave copies of work that was never saved: 恢复 opens one, 放弃 deletes it. */
export function RecoveryDialog({ entries, reason, onRestore, onDiscard, onClose }: RecoveryDialogProps) {
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const intro =
    reason === 'open'
      ? '这份稿件有一份比文件更新的自动恢复副本，可能是上次未保存的修改。'
      : '稿匠上次关闭时，有稿件的修改还没有保存。下面是自动保存的恢复副本：';
  return (
    <Modal title="恢复未保存的稿件" onDismiss={onClose} className="medium">
      <div className="modal-body">
        <p className="modal-text">{intro}</p>
        <ul className="recovery-list" aria-label="恢复副本">
          {entries.map((entry, i) => (
            <li key={entry.key} className="recovery-row">
              <div className="recovery-info">
                <span className="recovery-title">{entry.title || UNTITLED_NAME}</span>
                <span className="recovery-meta">
                  {entry.path ? fileNameOf(entry.path) : '从未保存过'} · 自动保存于 {formatFileTime(entry.savedAtMs)}
                </span>
              </div>
              <button
                type="button"
                className="button"
                disabled={busyKey !== null}
                onClick={() => {
                  setBusyKey(entry.key);
                  void onDiscard(entry).finally(() => setBusyKey(null));
                }}
              >
                放弃
              </button>
              <button
                type="button"
                className="button primary"
                disabled={busyKey !== null}
                onClick={() => onRestore(entry)}
                {...(i === 0 ? { 'data-autofocus': true } : {})}
              >
                恢复
              </button>
            </li>
          ))}
        </ul>
      </div>
      <footer className="modal-footer">
        <span className="field-hint">“放弃”会删除这份恢复副本。</span>
        <span className="spacer" />
        <button type="button" className="button" onClick={onClose}>
          以后再说
        </button>
      </footer>
    </Modal>
  );
}
