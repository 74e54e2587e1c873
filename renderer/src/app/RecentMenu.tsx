import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useAppClient } from '../client/index.js';
import { userMessageOf } from '../user-message.js';

interface RecentFile {
  path: string;
  name: string;
}

/** The folder part of a path, whichever separator the machine uses. */
function folderOf(path: string): string {
  return path.replace(/[\\/][^\\/]*$/, '') || path;
}

/** 最近: the recently opened or saved drafts, read afresh each time the menu opens. */
export function RecentMenu({ onOpen }: { onOpen(path: string): void }) {
  const client = useAppClient();
  const [files, setFiles] = useState<RecentFile[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setError(null);
    setFiles(null);
    client.services.recentFiles({}).then(
      (result) => live && setFiles(result.files),
      (failure: unknown) => live && setError(userMessageOf(failure)),
    );
    const closeOnOutsideClick = (event: MouseEvent): void => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => {
      live = false;
      document.removeEventListener('mousedown', closeOnOutsideClick);
    };
  }, [open, client]);

  // Once the items are there, the keyboard starts on the first.
  useEffect(() => {
    if (open && files) root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open, files]);

  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="menu-anchor" ref={root}>
      <button
        ref={button}
        type="button"
        className="bar-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((was) => !was)}
        title="最近打开或保存的稿件"
      >
        最近<span className="caret" aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu" role="menu" aria-label="最近的稿件" onKeyDown={onMenuKeyDown}>
          {error && <p className="menu-note error">{error}</p>}
          {!error && files === null && <p className="menu-note">正在读取…</p>}
          {!error && files?.length === 0 && <p className="menu-note">还没有最近的稿件。</p>}
          {files?.map((file) => (
            <button
              key={file.path}
              type="button"
              role="menuitem"
              className="menu-item"
              title={file.path}
              onClick={() => {
                setOpen(false);
                onOpen(file.path);
              }}
            >
              <span className="menu-item-name">{file.name}</span>
              {/* The folder, cut at its start: its end (…/稿件) is the part worth seeing. */}
              <span className="menu-item-path">{`\u200e${folderOf(file.path)}\u200e`}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
