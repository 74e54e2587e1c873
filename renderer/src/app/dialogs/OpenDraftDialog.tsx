import { useEffect, useState } from 'react';
import type { OpenedDraft } from '../../client/index.js';
import { useAppClient } from '../../client/index.js';
import { userMessageOf } from '../../user-message.js';
import { formatFileTime } from '../time-format.js';
import { Modal } from './Modal.js';

export type OpenChoice = { kind: 'path'; path: string } | { kind: 'uploaded'; opened: OpenedDraft };

interface FileRow {
  path: string;
  name: string;
  modifiedMs: number;
}

/**
 * The browser's open dialog: the drafts in the workspace's 稿件 folder,
 * newest first, and an upload from the computer. A file that is not a
 * draft is reported here, so the user can pick another straight away.
 */
export function OpenDraftDialog({ onAnswer }: { onAnswer(choice: OpenChoice | null): void }) {
  const client = useAppClient();
  const [files, setFiles] = useState<FileRow[] | null>(null);
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    client.services.listDrafts({}).then(
      (result) => {
        if (!live) return;
        setFiles(result.drafts);
        setFolder(result.folder);
      },
      (failure: unknown) => {
        if (!live) return;
        setFiles([]);
        setError(userMessageOf(failure));
      },
    );
    return () => {
      live = false;
    };
  }, [client]);

  const upload = async (): Promise<void> => {
    if (client.platform.fileDialogs !== 'in-app') return;
    setError(null);
    try {
      // Straight from the click: the browser opens its file chooser only during a user gesture.
      const opened = await client.platform.uploadDraftFile();
      if (opened) onAnswer({ kind: 'uploaded', opened });
    } catch (failure) {
      setError(userMessageOf(failure));
    }
  };

  return (
    <Modal title="打开稿件" onDismiss={() => onAnswer(null)} className="medium">
      <div className="modal-body">
        {error && (
          <div className="inline-alert" role="alert">
            <p>{error}</p>
          </div>
        )}
        <p className="field-hint" title={folder}>
          稿件文件夹中的稿件，最近修改的在前：
        </p>
        {files === null ? (
          <p className="list-placeholder">正在读取…</p>
        ) : files.length === 0 ? (
          <p className="list-placeholder">稿件文件夹里还没有稿件。可以从电脑上传一份。</p>
        ) : (
          <ul className="file-list" aria-label="稿件文件夹">
            {files.map((file, i) => (
              <li key={file.path}>
                <button
                  type="button"
                  className="file-row"
                  onClick={() => onAnswer({ kind: 'path', path: file.path })}
                  {...(i === 0 ? { 'data-autofocus': true } : {})}
                >
                  <span className="file-row-name">{file.name}</span>
                  <span className="file-row-time">{formatFileTime(file.modifiedMs)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={() => void upload()}>
          从电脑上传…
        </button>
        <span className="spacer" />
        <button type="button" className="button" onClick={() => onAnswer(null)}>
          取消
        </button>
      </footer>
    </Modal>
  );
}
