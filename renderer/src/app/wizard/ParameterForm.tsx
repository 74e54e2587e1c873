import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ParameterKey, Template, TemplateParameterValues } from '../../../../core/templates/schema.js';
import { previewTitle } from '../template-outline.js';

interface ParameterFormProps {
  template: Template;
  values: TemplateParameterValues;
  onValuesChange(values: TemplateParameterValues): void;
  busy: boolean;
  onBack(): void;
  onSubmit(): void;
  /** Shown beside the fields (the chosen study theme). */
  aside?: ReactNode;
}

/** The template's parameters (学习主题, 岗位, 单位, 姓名, 日期 …) with its own labels and examples. */
export function ParameterForm({ template, values, onValuesChange, busy, onBack, onSubmit, aside }: ParameterFormProps) {
  const [missing, setMissing] = useState<ParameterKey | null>(null);
  const form = useRef<HTMLFormElement>(null);

  // The step replaces the picker inside the open dialog: put the cursor in the first field.
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const submit = (): void => {
    const empty = template.parameters.find((parameter) => parameter.required && !values[parameter.key]?.trim());
    if (empty) {
      setMissing(empty.key);
      form.current?.querySelector<HTMLInputElement>(`[name="${empty.key}"]`)?.focus();
      return;
    }
    onSubmit();
  };

  return (
    <form
      ref={form}
      className="parameter-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className={`wizard-body form-body${aside ? ' with-aside' : ''}`}>
        <div className="form-main">
          <div className="form-intro">
            <p className="form-template">
              模板：<strong>{template.name}</strong>
            </p>
            <p className="title-preview" aria-live="polite">
              <span className="field-label">标题预览</span>
              <span className="title-preview-text">{previewTitle(template.title, values)}</span>
            </p>
          </div>
          {template.parameters.length === 0 && <p className="field-hint">这个模板不需要填写信息，直接创建即可。</p>}
          <div className="form-grid">
            {template.parameters.map((parameter) => {
              const id = `parameter-${parameter.key}`;
              const isMissing = missing === parameter.key;
              // 通知要求的几个方面 is a list, one a line.
              const isList = parameter.key === 'aspects';
              const common = {
                id,
                name: parameter.key,
                value: values[parameter.key] ?? '',
                placeholder: parameter.placeholder,
                required: parameter.required,
                'aria-invalid': isMissing || undefined,
                'aria-describedby': isMissing ? `${id}-error` : undefined,
                onChange: (event: { target: { value: string } }) => {
                  if (isMissing) setMissing(null);
                  onValuesChange({ ...values, [parameter.key]: event.target.value });
                },
              };
              return (
                <div key={parameter.key} className={`field${parameter.key === 'theme' || isList ? ' wide' : ''}`}>
                  <label className="field-label" htmlFor={id}>
                    {parameter.label}
                    {parameter.required && (
                      <span className="required" aria-hidden="true">
                        *
                      </span>
                    )}
                  </label>
                  {isList ? <textarea rows={4} maxLength={2_000} {...common} /> : <input type="text" maxLength={500} {...common} />}
                  {isMissing && (
                    <span id={`${id}-error`} className="field-error" role="alert">
                      请填写{parameter.label}。
                    </span>
                  )}
                </div>
              );
            })}
          </div>
          <p className="field-hint form-note">创建后，稿件按模板摆好提纲，每处空白都有写作提示。单位和姓名印在标题下，导出时可选择不打印。</p>
        </div>
        {aside}
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onBack} disabled={busy}>
          上一步
        </button>
        <span className="spacer" />
        <span className="key-hint">Enter 创建</span>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? '正在创建…' : '创建稿件'}
        </button>
      </footer>
    </form>
  );
}
