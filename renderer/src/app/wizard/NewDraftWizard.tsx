import { useState } from 'react';
import type { Draft } from '../../../../core/model/schema.js';
import type { TemplateParameterValues } from '../../../../core/templates/schema.js';
import { useAppClient } from '../../client/index.js';
import type { InstalledTheme } from '../../editor/quotes/quote-logic.js';
import { userMessageOf } from '../../user-message.js';
import { browserStorage } from '../browser-storage.js';
import { loadTemplateUsage, recordTemplateUse } from '../template-usage.js';
import { Modal } from '../dialogs/Modal.js';
import type { TemplatesState } from '../use-templates.js';
import { ParameterForm } from './ParameterForm.js';
import { TemplateManager } from './TemplateManager.js';
import { pickedEntry, TemplatePicker } from './TemplatePicker.js';
import { ThemeChooser } from './ThemeChooser.js';
import { defaultHeadingChoice, themeValues, withThemeHeadings } from './theme-draft.js';
import { ThemePanel } from './ThemePanel.js';
import type { ThemesState } from './use-themes.js';
import { todayChineseDate } from '../time-format.js';

interface NewDraftWizardProps {
  templates: TemplatesState;
  /** Installed 学习主题包: a draft can be started from one. */
  themes: ThemesState;
  /**
   * `fromTemplate`: the draft carries the user's answers, so it counts as
   * unsaved work. Resolves false if the draft was not taken (the user kept
   * the one already open), and the wizard stays open.
   */
  onCreate(draft: Draft, fromTemplate: boolean): Promise<boolean>;
  onDismiss(): void;
  /** Open straight on the 管理模板 tab. */
  startWith?: 'new' | 'manage';
}

type Step = { tab: 'new'; stage: 'pick' } | { tab: 'new'; stage: 'fill'; templateId: string } | { tab: 'manage' };

/**
 * 新建稿件: pick a template (searchable, with its outline previewed) or a
 * study theme (which names its template), fill in the parameters, and the
 * draft opens unsaved. A second tab manages the templates themselves.
 */
export function NewDraftWizard({ templates, themes, onCreate, onDismiss, startWith = 'new' }: NewDraftWizardProps) {
  const client = useAppClient();
  const [step, setStep] = useState<Step>(startWith === 'manage' ? { tab: 'manage' } : { tab: 'new', stage: 'pick' });
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [values, setValues] = useState<TemplateParameterValues>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [theme, setTheme] = useState<InstalledTheme | null>(null);
  // The theme's sub-headings the writer keeps for the outline.
  const [headings, setHeadings] = useState<string[]>([]);
  const [usage, setUsage] = useState(() => loadTemplateUsage(browserStorage()));

  const entries = templates.entries ?? [];
  const fillEntry = step.tab === 'new' && step.stage === 'fill' ? entries.find((e) => e.template.id === step.templateId) : undefined;

  const choose = (id: string, withTheme: InstalledTheme | null = theme): void => {
    const entry = entries.find((e) => e.template.id === id);
    setSelectedId(id);
    setError(null);
    setHeadings(withTheme && entry ? defaultHeadingChoice(withTheme, entry.template) : []);
    // 日期 starts at today, for a template that asks for one; what the writer typed stays.
    if (entry?.template.parameters.some((parameter) => parameter.key === 'date')) {
      setValues((current) => (current.date === undefined ? { ...current, date: todayChineseDate() } : current));
    }
    setStep({ tab: 'new', stage: 'fill', templateId: id });
  };

  /** A study theme fills 学习主题 and goes on with the template it names (or asks for one). */
  const chooseTheme = (chosen: InstalledTheme): void => {
    setTheme(chosen);
    setValues((current) => themeValues(chosen, current));
    if (entries.some((e) => e.template.id === chosen.templateId)) {
      choose(chosen.templateId, chosen);
    } else {
      setSelectedId(null);
      setError(`主题包指定的模板“${chosen.templateId}”没有安装，请在下面选一个模板继续。`);
    }
  };

  const dropTheme = (): void => {
    setTheme(null);
    setHeadings([]);
  };

  const create = async (templateId: string | null): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const template = entries.find((e) => e.template.id === templateId)?.template;
      const created = templateId
        ? await client.services.createDraftFromTemplate({ templateId, values })
        : await client.services.createDraft({ title: '', meta: {} });
      const draft = theme && template ? withThemeHeadings(created, template, headings) : created;
      if (templateId) setUsage(recordTemplateUse(templateId, browserStorage()));
      if (!(await onCreate(draft, templateId !== null))) setBusy(false);
    } catch (failure) {
      setError(userMessageOf(failure));
      setBusy(false);
    }
  };

  const picked = pickedEntry(entries, query, selectedId, usage);
  const title = step.tab === 'manage' ? '模板管理' : fillEntry ? '新建稿件 · 填写信息' : '新建稿件 · 选择模板';

  return (
    <Modal title={title} onDismiss={onDismiss} className="wizard">
      <div className="tabs" role="tablist" aria-label="新建或管理模板">
        <button
          type="button"
          role="tab"
          aria-selected={step.tab === 'new'}
          className="tab"
          onClick={() => setStep({ tab: 'new', stage: 'pick' })}
        >
          从模板新建
        </button>
        <button type="button" role="tab" aria-selected={step.tab === 'manage'} className="tab" onClick={() => setStep({ tab: 'manage' })}>
          管理模板
        </button>
      </div>
      {(error ?? templates.error) && (
        <div className="inline-alert wizard-alert" role="alert">
          <p>{error ?? templates.error}</p>
        </div>
      )}
      {step.tab === 'manage' ? (
        <TemplateManager
          entries={entries}
          problems={templates.problems}
          reload={templates.reload}
          onUseTemplate={choose}
          onClose={onDismiss}
        />
      ) : fillEntry ? (
        <ParameterForm
          template={fillEntry.template}
          values={values}
          onValuesChange={setValues}
          busy={busy}
          onBack={() => setStep({ tab: 'new', stage: 'pick' })}
          onSubmit={() => void create(fillEntry.template.id)}
          aside={
            theme && (
              <ThemePanel theme={theme} template={fillEntry.template} headings={headings} onHeadingsChange={setHeadings} onDrop={dropTheme} />
            )
          }
        />
      ) : (
        <>
          <div className="wizard-body">
            <ThemeChooser themes={themes} selectedId={theme?.id ?? null} onChoose={chooseTheme} />
            {templates.entries === null ? (
              <p className="list-placeholder">正在读取模板…</p>
            ) : (
              <TemplatePicker
                entries={entries}
                usage={usage}
                query={query}
                onQueryChange={setQuery}
                selectedId={picked?.template.id ?? null}
                onSelect={setSelectedId}
                onChoose={choose}
              />
            )}
          </div>
          <footer className="modal-footer">
            <button type="button" className="button" disabled={busy} onClick={() => void create(null)}>
              空白稿件
            </button>
            <span className="spacer" />
            <span className="key-hint">↑↓ 选择 · Enter 下一步 · Esc 取消</span>
            <button type="button" className="button" onClick={onDismiss}>
              取消
            </button>
            <button type="button" className="button primary" disabled={!picked} onClick={() => picked && choose(picked.template.id)}>
              下一步
            </button>
          </footer>
        </>
      )}
    </Modal>
  );
}
