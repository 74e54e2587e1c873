import { useId } from 'react';
import { usePrompt } from '../use-prompt.js';
import { Modal } from './Modal.js';

export interface ConfirmRequest {
  title: string;
  text: string;
  /** The button that goes ahead, e.g. 删除. */
  confirmLabel: string;
}

/**
 * A yes/no question in the app's own dialog, instead of the browser's
 * `window.confirm` (which looks foreign, blocks the page and cannot be styled).
 * Render `dialog` somewhere in the component and `await confirm.ask(…)`.
 */
export function useConfirm() {
  const prompt = usePrompt<ConfirmRequest, boolean>(false);
  const dialog = prompt.request ? <ConfirmDialog request={prompt.request} onAnswer={prompt.answer} /> : null;
  return { ask: prompt.ask, dialog };
}

function ConfirmDialog({ request, onAnswer }: { request: ConfirmRequest; onAnswer(yes: boolean): void }) {
  const textId = useId();
  return (
    <Modal title={request.title} onDismiss={() => onAnswer(false)} className="narrow" describedBy={textId}>
      <div className="modal-body">
        <p id={textId} className="modal-text">
          {request.text}
        </p>
      </div>
      <footer className="modal-footer">
        <span className="spacer" />
        <button type="button" className="button" onClick={() => onAnswer(false)} data-autofocus>
          取消
        </button>
        <button type="button" className="button danger" onClick={() => onAnswer(true)}>
          {request.confirmLabel}
        </button>
      </footer>
    </Modal>
  );
}
