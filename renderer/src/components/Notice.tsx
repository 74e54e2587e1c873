export interface NoticeMessage {
  kind: 'error' | 'info';
  text: string;
}

/** One line under the toolbar: errors stay until dismissed, and screen readers announce both kinds. */
export function Notice({ notice, onDismiss }: { notice: NoticeMessage; onDismiss: () => void }) {
  return (
    <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <p>{notice.text}</p>
      <button type="button" className="notice-close" onClick={onDismiss} aria-label="关闭提示">
        ×
      </button>
    </div>
  );
}
