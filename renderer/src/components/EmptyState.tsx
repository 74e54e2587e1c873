import { useEffect, useState } from 'react';
import { useAppClient } from '../client/index.js';

interface EmptyStateProps {
  onNew(): void;
  onOpen(): void;
  onOpenRecent(path: string): void;
  /** Browsers keep Ctrl+N (new window) for themselves; only the desktop app gets it. */
  newShortcutWorks: boolean;
}

/** What the window shows with no draft open: start a new one, open one, or pick up a recent one. */
export function EmptyState({ onNew, onOpen, onOpenRecent, newShortcutWorks }: EmptyStateProps) {
  const client = useAppClient();
  const [recent, setRecent] = useState<{ path: string; name: string }[]>([]);

  useEffect(() => {
    let live = true;
    // Only a convenience: if the list cannot be read, the buttons still work.
    client.services.recentFiles({}).then(
      (result) => live && setRecent(result.files.slice(0, 5)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client]);

  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <div className="empty-sheet" aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      <h2 id="empty-state-title">开始写一份稿件</h2>
      <p>选一个模板（研讨发言、心得体会、党课讲稿……），填上学习主题，提纲和写作提示就摆好了。编号“一是、二是”“一、（一）”随增删自动调整，按公文格式导出 Word。</p>
      <div className="empty-actions">
        <button type="button" className="button primary large" onClick={onNew}>
          新建稿件…
        </button>
        <button type="button" className="button large" onClick={onOpen}>
          打开稿件…
        </button>
      </div>
      {recent.length > 0 && (
        <nav className="empty-recent" aria-label="最近的稿件">
          <h3>最近的稿件</h3>
          <ul>
            {recent.map((file) => (
              <li key={file.path}>
                <button type="button" className="link-button" title={file.path} onClick={() => onOpenRecent(file.path)}>
                  {file.name}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p className="hint">
        快捷键：{newShortcutWorks ? 'Ctrl+N 新建 · ' : ''}Ctrl+O 打开 · Ctrl+S 保存 · Ctrl+Shift+S 另存为 · Ctrl+E 导出 Word
      </p>
    </section>
  );
}
