import { useState, type FormEvent } from 'react';
import type { Collection } from '../../../core/collect/collection-schema.js';
import { useAppClient } from '../client/index.js';
import type { Notices } from '../app/use-notices.js';
import { ChineseDateInput } from './ChineseDateInput.js';

/** 主题, 截止日期, 组织单位: a new collection, or the chosen one's settings. */
export function CollectionForm({ initial, onSaved, notices }: { initial?: Collection; onSaved: (collection: Collection) => void; notices: Notices }) {
  const { services } = useAppClient();
  const [theme, setTheme] = useState(initial?.theme ?? '');
  const [deadline, setDeadline] = useState(initial?.deadline ?? '');
  const [organizerUnit, setOrganizerUnit] = useState(initial?.organizerUnit ?? '');
  const [missingTheme, setMissingTheme] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (theme.trim() === '') {
      setMissingTheme(true);
      return;
    }
    try {
      const saved = await services.saveCollection({ ...(initial ? { id: initial.id } : {}), fields: { theme, deadline, organizerUnit } });
      notices.info(initial ? '已保存征集设置' : `已新建征集“${saved.theme}”`);
      onSaved(saved);
    } catch (error) {
      notices.error(error);
    }
  };

  return (
    <form className="organizer-card collection-form" onSubmit={(event) => void submit(event)} aria-label={initial ? '征集设置' : '新建征集'}>
      {!initial && <h3>新建征集</h3>}
      <div className="form-grid">
        <label className="field wide">
          <span className="field-label">
            征集主题<span className="required">*</span>
          </span>
          <input
            type="text"
            value={theme}
            aria-invalid={missingTheme}
            placeholder="如：主题教育专题民主生活会研讨发言"
            onChange={(event) => {
              setTheme(event.target.value);
              setMissingTheme(false);
            }}
          />
          {missingTheme && <span className="field-error">请填写征集主题</span>}
        </label>
        <div className="field">
          <span className="field-label">截止日期</span>
          <ChineseDateInput label="截止日期" value={deadline} onChange={setDeadline} />
        </div>
        <label className="field">
          <span className="field-label">组织单位</span>
          <input type="text" value={organizerUnit} placeholder="印在汇编封面上" onChange={(event) => setOrganizerUnit(event.target.value)} />
        </label>
      </div>
      <div className="organizer-actions">
        <button type="submit" className="button primary">
          {initial ? '保存设置' : '创建征集'}
        </button>
      </div>
    </form>
  );
}
