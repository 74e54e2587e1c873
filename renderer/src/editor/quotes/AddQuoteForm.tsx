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

/** 添加金句: the words, who said them, where and when, where published, themes, and whether the wording was checked (已核). */
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
  const field = (key: 'speaker' | 'source' | 'date' | 'publishedIn' | 'url' | 'themes', label: string, placeholder: string) => (
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
      {field('source', '出处', '讲话或文章标题，如：在……上的讲话')}
      {field('date', '日期', '如：2021-07-01')}
      {field('publishedIn', '刊载', '如：《求是》2024年第1期、新华网')}
      {field('url', '网址', '读到原文的网页地址')}
      {field('themes', '主题', '多个主题用顿号隔开')}
      <label className="qt-check">
        <input type="checkbox" checked={fields.checked} onChange={(event) => set('checked', event.target.checked)} />
        <span>已核（已在出处原文中逐字读到这段话）</span>
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
