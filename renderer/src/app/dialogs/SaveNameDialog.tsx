import { useId, useState } from 'react';
import { Modal } from './Modal.js';

/**
 * The browser's stand-in for a save dialog: a file name for the draft in
 * the workspace's 稿件 folder (the web host decides the exact path, and
 * never overwrites another file).
 */
export function SaveNameDialog({
  suggested,
  folderHint,
  onAnswer,
}: {
  suggested: string;
  folderHint: string;
  onAnswer(name: string | null): void;
}) {
  const [name, setName] = useState(suggested);
  const inputId = useId();
  const hintId = useId();
  const trimmed = name.trim();
  return (
    <Modal title="保存稿件" onDismiss={() => onAnswer(null)} className="narrow">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed) onAnswer(trimmed);
        }}
      >
        <div className="modal-body">
          <label className="field" htmlFor={inputId}>
            <span className="field-label">文件名</span>
            <span className="input-with-suffix">
              <input
                id={inputId}
                type="text"
                value={name}
                maxLength={120}
                onChange={(event) => setName(event.target.value)}
                onFocus={(event) => event.target.select()}
                aria-describedby={hintId}
                data-autofocus
              />
              <span className="suffix">.gaojiang</span>
            </span>
          </label>
          <p id={hintId} className="field-hint">
            保存到{folderHint}。同名文件已存在时自动加上编号，不会覆盖。
          </p>
        </div>
        <footer className="modal-footer">
          <span className="spacer" />
          <button type="button" className="button" onClick={() => onAnswer(null)}>
            取消
          </button>
          <button type="submit" className="button primary" disabled={!trimmed}>
            保存
          </button>
        </footer>
      </form>
    </Modal>
  );
}
