import { useId, useState } from 'react';
import type { Quote } from '../../../../core/quotes/schema.js';
import type { Services } from '../../client/index.js';
import { userMessageOf } from '../../user-message.js';
import { quoteFieldErrors, quoteInputOf, type QuoteDraftFields } from './quote-logic.js';

interface AddQuoteFormProps {
  services: Services;
  initial: QuoteDraftFields;
  /** Saved; `insert` when the user chose 保存并插入. */
  onSaved(quote: Quote, insert: boolean): void;
  onCancel(): void;
}

/** 添加金句: the words, who said them, where and when, themes, and whether the source was checked. */
export function AddQuoteForm({ services, initial, onSaved, onCancel }: AddQuoteFormProps) {
  const [fields, setFields] = useState<QuoteDraftFields>(initial);
  const [showErrors, setShowErrors] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const errors = quoteFieldErrors(fields);
  const set = <K extends keyof QuoteDraftFields>(key: K, value: QuoteDraftFields[K]) => setFields((current) => ({ ...current, [key]: value }));

  const save = async (insert: boolean): Promise<void> => {
    setShowErrors(true);
    if (Object.keys(errors).length > 0 || saving) return;
    setSaving(true);
    setFailure(null);
    try {
      onSaved(await services.saveQuote({ quote: quoteInputOf(fields) }), insert);
    } catch (error) {
      setFailure(userMessageOf(error));
      setSaving(false);
    }
  };

  const error = (key: keyof QuoteDraftFields) => (showErrors ? errors[key] : undefined);
  const field = (key: 'speaker' | 'source' | 'date' | 'themes', label: string, placeholder: string) => (
    <div className="qt-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        value={fields[key]}
        placeholder={placeholder}
        onChange={(event) => set(key, event.target.value)}
        aria-invalid={error(key) ? true : undefined}
        aria-describedby={error(key) ? `${id}-${key}-error` : undefined}
      />
      {error(key) && (
        <span id={`${id}-${key}-error`} className="qt-error">
          {error(key)}
        </span>
      )}
    </div>
  );

  return (
    <form
      className="qt-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save(false);
      }}
    >
      <h3 id={`${id}-title`} className="qt-form-title">
        添加金句
      </h3>
      <div className="qt-field">
        <label htmlFor={`${id}-text`}>原文</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={fields.text}
          placeholder="引文原话，不必加引号"
          onChange={(event) => set('text', event.target.value)}
          aria-invalid={error('text') ? true : undefined}
          aria-describedby={error('text') ? `${id}-text-error` : undefined}
          autoFocus
        />
        {error('text') && (
          <span id={`${id}-text-error`} className="qt-error">
            {error('text')}
          </span>
        )}
      </div>
      {field('speaker', '讲话人', '如：习近平总书记')}
      {field('source', '出处', '如：《之江新语》')}
      {field('date', '日期', '如：2023年6月')}
      {field('themes', '主题', '多个主题用顿号隔开')}
      <label className="qt-check">
        <input type="checkbox" checked={fields.verified} onChange={(event) => set('verified', event.target.checked)} />
        <span>出处已核（已对照原始文献核实）</span>
      </label>
      {failure && (
        <p className="qt-error" role="alert">
          {failure}
        </p>
      )}
      <div className="qt-form-actions">
        <button type="button" className="qt-button" onClick={onCancel}>
          取消
        </button>
        <span className="spacer" />
        <button type="button" className="qt-button" disabled={saving} onMouseDown={(event) => event.preventDefault()} onClick={() => void save(true)}>
          保存并插入
        </button>
        <button type="submit" className="qt-button primary" disabled={saving}>
          保存
        </button>
      </div>
    </form>
  );
}
