import type { Template } from '../../../../core/templates/schema.js';
import type { InstalledTheme } from '../../editor/quotes/quote-logic.js';
import { deadlineText, outlineSection } from './theme-draft.js';

interface ThemePanelProps {
  theme: InstalledTheme;
  template: Template;
  /** The sub-headings ticked to go into the outline, in the theme's order. */
  headings: readonly string[];
  onHeadingsChange(headings: string[]): void;
  onDrop(): void;
}

/** The chosen study theme beside the form: deadline, 要点, and the sub-headings to put in the outline. */
export function ThemePanel({ theme, template, headings, onHeadingsChange, onDrop }: ThemePanelProps) {
  const points = outlineSection(template)?.points;
  const toggle = (heading: string, on: boolean): void => {
    const chosen = new Set(headings);
    if (on) chosen.add(heading);
    else chosen.delete(heading);
    onHeadingsChange(theme.subHeadings.filter((candidate) => chosen.has(candidate)));
  };
  return (
    <section className="theme-panel" aria-label="所选主题">
      <header className="theme-panel-head">
        <h3>{theme.title}</h3>
        <button type="button" className="button small ghost" onClick={onDrop}>
          不用此主题
        </button>
      </header>
      <p className="theme-panel-meta">
        {[theme.organizer, deadlineText(theme.deadline)].filter(Boolean).join(' · ')}
      </p>
      {theme.description && <p className="theme-panel-text">{theme.description}</p>}
      {theme.keyPoints.length > 0 && (
        <>
          <h4>学习要点</h4>
          <ol className="theme-key-points">
            {theme.keyPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ol>
          <p className="field-hint">写作时，要点显示在右侧“写作要点”栏中。</p>
        </>
      )}
      {theme.subHeadings.length > 0 && points && (
        <fieldset className="theme-headings">
          <legend>建议小标题 · 勾选的填入提纲（{points.form === 'run-in' ? '作为一是、二是的领起句' : '作为各部分标题'}），可再修改</legend>
          {theme.subHeadings.map((heading) => (
            <label key={heading} className="theme-heading">
              <input type="checkbox" checked={headings.includes(heading)} onChange={(event) => toggle(heading, event.target.checked)} />
              {heading}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
