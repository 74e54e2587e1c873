import { useId, useState } from 'react';
import type { Template } from '../../../../core/templates/schema.js';
import { withFieldLines } from '../../../../core/templates/json-lines.js';
import { useAppClient } from '../../client/index.js';
import { userMessageOf } from '../../user-message.js';

/**
 * Edits one of the user's own templates: name and description in fields,
 * everything else as JSON. The services validate it (saveTemplate) and
 * their Chinese message names each faulty field.
 */
export function TemplateEditor({ template, onSaved, onCancel }: { template: Template; onSaved(name: string): void; onCancel(): void }) {
  const client = useAppClient();
  const { name: initialName, description: initialDescription, ...rest } = template;
  const [name, setName] = useState(initialName);
  const [description, setDescription] = useState(initialDescription);
  const [json, setJson] = useState(() => JSON.stringify(rest, null, 2));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { name: useId(), description: useId(), json: useId() };

  const save = async (): Promise<void> => {
    setError(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (failure) {
      setError(`模板内容不是有效的 JSON（${(failure as Error).message}）。`);
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      setError('模板内容应是一个 JSON 对象（以 { 开头）。');
      return;
    }
    setBusy(true);
    try {
      // Checked by the services, whose zod schema is the one definition of a valid template.
      await client.services.saveTemplate({ template: { ...parsed, name: name.trim(), description } as Template });
      onSaved(name.trim());
    } catch (failure) {
      setError(withFieldLines(userMessageOf(failure), json));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="template-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="wizard-body editor-body">
        {error && (
          <div className="inline-alert" role="alert">
            <p>{error}</p>
          </div>
        )}
        <div className="form-grid">
          <div className="field">
            <label className="field-label" htmlFor={ids.name}>
              模板名称
            </label>
            <input id={ids.name} type="text" value={name} maxLength={40} onChange={(event) => setName(event.target.value)} data-autofocus />
          </div>
          <div className="field wide">
            <label className="field-label" htmlFor={ids.description}>
              说明
            </label>
            <textarea id={ids.description} rows={2} value={description} maxLength={500} onChange={(event) => setDescription(event.target.value)} />
          </div>
          <div className="field wide">
            <label className="field-label" htmlFor={ids.json}>
              其余内容（JSON：标题格式、参数、小节、字数目标）
            </label>
            <textarea id={ids.json} className="code" rows={14} spellCheck={false} value={json} onChange={(event) => setJson(event.target.value)} />
            <span className="field-hint">改动“id”会另存为一个新模板。格式说明见稿匠安装目录中的 templates/README.md。</span>
          </div>
        </div>
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          返回
        </button>
        <span className="spacer" />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? '正在保存…' : '保存模板'}
        </button>
      </footer>
    </form>
  );
}
