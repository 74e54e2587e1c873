export interface NoticeMessage {
  kind: 'error' | 'info';
  text: string;
  /** A button beside the text (打开所在文件夹). */
  action?: { label: string; run: () => void };
}

/** One line under the toolbar: errors stay until dismissed, and screen readers announce both kinds. */
export function Notice({ notice, onDismiss }: { notice: NoticeMessage; onDismiss: () => void }) {
  return (
    <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <p>{notice.text}</p>
      {notice.action && (
        <button type="button" className="button small notice-action" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
      <button type="button" className="notice-close" onClick={onDismiss} aria-label="关闭提示">
        ×
      </button>
    </div>
  );
}
