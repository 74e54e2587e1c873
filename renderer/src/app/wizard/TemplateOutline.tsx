import type { Template } from '../../../../core/templates/schema.js';
import { lengthSummary, parameterSummary, showSlots, templateOutline } from '../template-outline.js';

/** The selected template at a glance: what it is for, how long, and its outline section by section. */
export function TemplateOutline({ template, builtIn }: { template: Template; builtIn: boolean }) {
  const rows = templateOutline(template);
  return (
    <section className="template-preview" aria-label={`模板预览：${template.name}`}>
      <header className="template-preview-header">
        <h3>{template.name}</h3>
        <span className="tag">{template.genre}</span>
        <span className={`tag ${builtIn ? 'subtle' : 'own'}`}>{builtIn ? '内置' : '自定义'}</span>
      </header>
      <p className="template-description">{template.description}</p>
      <dl className="template-facts">
        <dt>篇幅</dt>
        <dd>{lengthSummary(template)}</dd>
        <dt>标题</dt>
        <dd>{showSlots(template.title)}</dd>
        <dt>需填写</dt>
        <dd>{parameterSummary(template)}</dd>
      </dl>
      <h4 className="outline-title">提纲</h4>
      <ol className="outline">
        {rows.map((row) => (
          <li key={row.id} className="outline-row">
            <span className="outline-role">{row.role}</span>
            <div className="outline-body">
              <p className="outline-head">
                {row.heading && <span className="outline-heading">{row.heading}</span>}
                {row.points && <span className="outline-points">{row.points}</span>}
                {row.targetLength > 0 && <span className="outline-length">约 {row.targetLength} 字</span>}
              </p>
              <p className="outline-guidance">{row.guidance}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
