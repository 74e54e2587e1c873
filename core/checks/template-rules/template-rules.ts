import { sectionName } from '../../templates/kinds.js';
import type { Template, TemplateSection } from '../../templates/schema.js';
import type { BlockView } from '../block-view.js';
import { findingAt } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * What the template itself requires (its `rules`): the parts that must be
 * there in their order (对照检查: 上次整改落实情况 before 问题查摆 …), and
 * an element every point of a part must hold (each problem a 具体事例),
 * recognised by literal cue words the template lists.
 */
export const templateRules: WritingCheck = {
  name: 'template',
  run: ({ views, template }) => {
    if (!template?.rules) return [];
    return [...partOrder(views, template), ...requiredElements(views, template)];
  },
};

/** The first block of `section`: tagged with it, or else a heading carrying its heading text. */
function firstBlockOf(views: readonly BlockView[], section: TemplateSection): BlockView | undefined {
  const tagged = views.find(({ block }) => 'section' in block && block.section === section.id);
  if (tagged) return tagged;
  const text = section.heading?.text.trim();
  if (!text || text.includes('{{')) return undefined;
  return views.find(({ block, text: blockText }) => block.type === 'heading' && blockText.includes(text));
}

function partOrder(views: readonly BlockView[], template: Template): RawFinding[] {
  const findings: RawFinding[] = [];
  const anchor = views.find((view) => view.block.type === 'title') ?? views[0];
  let previous: { view: BlockView; name: string } | undefined;
  for (const id of template.rules?.order ?? []) {
    const section = template.sections.find((s) => s.id === id);
    if (!section) continue;
    const name = sectionName(section);
    const first = firstBlockOf(views, section);
    if (!first) {
      if (anchor) {
        findings.push(
          findingAt(anchor, {
            id: 'template.missing-part',
            kind: '模板要求',
            severity: 'warning',
            message: `缺少“${name}”部分（${template.name}要求有这一部分）`,
            start: 0,
            end: 0,
          }),
        );
      }
      continue;
    }
    if (previous && first.index < previous.view.index) {
      findings.push(
        findingAt(first, {
          id: 'template.part-order',
          kind: '模板要求',
          severity: 'warning',
          message: `“${name}”应放在“${previous.name}”之后`,
          start: 0,
          end: first.text.length,
        }),
      );
    }
    if (!previous || first.index > previous.view.index) previous = { view: first, name };
  }
  return findings;
}

/** The points of a section, each as its blocks: a run-in point alone, a headed point with its body. */
function pointsOf(views: readonly BlockView[], section: TemplateSection): BlockView[][] {
  const points = section.points;
  if (!points) return [];
  const own = views.filter(({ block }) => 'section' in block && block.section === section.id);
  if (points.form === 'run-in') return own.filter(({ block }) => block.type === 'point').map((view) => [view]);
  const units: BlockView[][] = [];
  for (const view of own) {
    const { block } = view;
    if (block.type === 'heading' && block.level === points.level) units.push([view]);
    else if (block.type === 'heading' && block.level < points.level) continue; // the section's own heading
    else units[units.length - 1]?.push(view);
  }
  return units;
}

function requiredElements(views: readonly BlockView[], template: Template): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const element of template.rules?.elements ?? []) {
    const section = template.sections.find((s) => s.id === element.section);
    if (!section) continue;
    for (const unit of pointsOf(views, section)) {
      const text = unit.map((view) => view.text).join('\n');
      const body = unit.length > 1 ? unit.slice(1).map((view) => view.text).join('') : text;
      // A point not yet written is the length check's business, not this one's.
      if (body.trim() === '' || element.cues.some((cue) => text.includes(cue))) continue;
      const first = unit[0]!;
      findings.push(
        findingAt(first, {
          id: 'template.missing-element',
          kind: '模板要求',
          severity: 'info',
          message: `这一条没有写${element.name}（“${sectionName(section)}”每一条都要有）`,
          ...(element.hint ? { detail: element.hint } : {}),
          start: 0,
          end: first.text.length,
        }),
      );
    }
  }
  return findings;
}
