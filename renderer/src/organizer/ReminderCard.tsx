import { useRef } from 'react';
import type { Notices } from '../app/use-notices.js';

/** The 催交名单, ready to paste into a notice or a message. */
export function ReminderCard({ text, notices }: { text: string; notices: Notices }) {
  const reminder = useRef<HTMLTextAreaElement>(null);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard permission (an embedded page): select the text so Ctrl+C copies it.
      reminder.current?.select();
      document.execCommand('copy');
    }
    notices.info('催交名单已复制，可粘贴到通知或消息中');
  };
  return (
    <div className="organizer-card">
      <div className="organizer-toolbar">
        <h4>催交名单</h4>
        <button type="button" className="button" onClick={() => void copy()}>
          复制催交名单
        </button>
      </div>
      <textarea ref={reminder} className="reminder-text" aria-label="催交名单" readOnly value={text} rows={Math.min(12, text.split('\n').length + 1)} />
    </div>
  );
}
