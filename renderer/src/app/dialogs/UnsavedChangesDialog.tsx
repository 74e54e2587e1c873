import { useId } from 'react';
import { Modal } from './Modal.js';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** Asked before another draft replaces one with unsaved changes. */
export function UnsavedChangesDialog({ name, onAnswer }: { name: string; onAnswer(choice: UnsavedChoice): void }) {
  const textId = useId();
  return (
    <Modal title="保存修改？" onDismiss={() => onAnswer('cancel')} className="narrow" describedBy={textId}>
      <div className="modal-body">
        <p id={textId} className="modal-text">
          “{name}”有未保存的修改。要先保存吗？不保存的话，这些修改将会丢失。
        </p>
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={() => onAnswer('discard')}>
          不保存
        </button>
        <span className="spacer" />
        <button type="button" className="button" onClick={() => onAnswer('cancel')}>
          取消
        </button>
        <button type="button" className="button primary" onClick={() => onAnswer('save')} data-autofocus>
          保存
        </button>
      </footer>
    </Modal>
  );
}
