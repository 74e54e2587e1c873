import { useState } from 'react';
import { TEMPLATE_FILE_ACCEPT, useAppClient } from '../../client/index.js';
import { userMessageOf } from '../../user-message.js';
import type { TemplateListEntry } from '../template-search.js';
import { TemplateEditor } from './TemplateEditor.js';

interface TemplateManagerProps {
  entries: readonly TemplateListEntry[];
  problems: readonly string[];
  /** Re-reads the list after a change. */
  reload(): Promise<void>;
  onUseTemplate(id: string): void;
  onClose(): void;
}

type Feedback = { kind: 'error' | 'info'; text: string } | null;

/** Names are at most 40 characters (the template schema). */
function copyName(name: string): string {
  const suffix = '（副本）';
  return [...name].slice(0, 40 - suffix.length).join('') + suffix;
}

/**
 * The template library: built-ins are read-only but can be copied; the
 * user's own can be edited, exported (to hand to colleagues) and deleted;
 * a colleague's file can be imported.
 */
export function TemplateManager({ entries, problems, reload, onUseTemplate, onClose }: TemplateManagerProps) {
  const client = useAppClient();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [editing, setEditing] = useState<TemplateListEntry | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<string | null>): Promise<void> => {
    setBusy(true);
    setFeedback(null);
    try {
      const done = await action();
      if (done) setFeedback({ kind: 'info', text: done });
    } catch (failure) {
      setFeedback({ kind: 'error', text: userMessageOf(failure) });
    } finally {
      setBusy(false);
      setConfirmDelete(null);
    }
  };

  const duplicate = (entry: TemplateListEntry) =>
    run(async () => {
      const copy = await client.services.duplicateTemplate({ id: entry.template.id, name: copyName(entry.template.name) });
      await reload();
      return `已复制为“${copy.template.name}”，可以编辑它了。`;
    });

  const importFile = () =>
    run(async () => {
      // Straight from the click: the browser opens its file chooser only during a user gesture.
      const file = await client.platform.pickLocalFile(TEMPLATE_FILE_ACCEPT);
      if (!file) return null;
      const imported = await client.services.importTemplate({ name: file.name, text: await file.text() });
      await reload();
      return `已导入模板“${imported.template.name}”。`;
    });

  const exportFile = (entry: TemplateListEntry) =>
    run(async () => {
      const { fileName, text } = await client.services.exportTemplate({ id: entry.template.id });
      client.platform.saveTextFile(text, fileName);
      return `已导出“${fileName}”。`;
    });

  const remove = (entry: TemplateListEntry) =>
    run(async () => {
      await client.services.deleteTemplate({ id: entry.template.id });
      await reload();
      return `已删除模板“${entry.template.name}”。`;
    });

  if (editing) {
    return (
      <TemplateEditor
        template={editing.template}
        onCancel={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          setFeedback({ kind: 'info', text: `已保存模板“${name}”。` });
          void reload();
        }}
      />
    );
  }

  return (
    <>
      <div className="wizard-body manager-body">
        {feedback && (
          <div className={feedback.kind === 'error' ? 'inline-alert' : 'inline-info'} role={feedback.kind === 'error' ? 'alert' : 'status'}>
            <p>{feedback.text}</p>
          </div>
        )}
        {problems.length > 0 && (
          <div className="inline-alert warning">
            <p>以下模板文件未能读取：{'\n'}{problems.join('\n')}</p>
          </div>
        )}
        <ul className="manager-list" aria-label="模板列表">
          {entries.map((entry) => {
            const { template, builtIn } = entry;
            return (
              <li key={template.id} className="manager-row" aria-label={template.name}>
                <div className="manager-info">
                  <span className="manager-name">
                    {template.name}
                    <span className={`tag ${builtIn ? 'subtle' : 'own'}`}>{builtIn ? '内置' : '自定义'}</span>
                  </span>
                  <span className="manager-meta">
                    {template.genre} · {template.id}
                  </span>
                </div>
                <div className="manager-actions">
                  {confirmDelete === template.id ? (
                    <>
                      <span className="confirm-text">确定删除？</span>
                      <button type="button" className="button danger small" disabled={busy} onClick={() => void remove(entry)}>
                        删除
                      </button>
                      <button type="button" className="button small" onClick={() => setConfirmDelete(null)}>
                        取消
                      </button>
                    </>
                  ) : (
                    <>
                      <button type="button" className="button small ghost" disabled={busy} onClick={() => onUseTemplate(template.id)}>
                        用它新建
                      </button>
                      <button type="button" className="button small" disabled={busy} onClick={() => void duplicate(entry)}>
                        复制
                      </button>
                      <button type="button" className="button small" disabled={busy} onClick={() => void exportFile(entry)}>
                        导出
                      </button>
                      {!builtIn && (
                        <>
                          <button type="button" className="button small" disabled={busy} onClick={() => setEditing(entry)}>
                            编辑
                          </button>
                          <button type="button" className="button small" disabled={busy} onClick={() => setConfirmDelete(template.id)}>
                            删除
                          </button>
                        </>
                      )}
                    </>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" disabled={busy} onClick={() => void importFile()}>
          导入模板文件…
        </button>
        <span className="field-hint">内置模板只读，复制后可编辑。</span>
        <span className="spacer" />
        <button type="button" className="button" onClick={onClose}>
          关闭
        </button>
      </footer>
    </>
  );
}
