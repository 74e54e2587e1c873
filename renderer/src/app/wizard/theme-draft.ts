import type { Block, Draft } from '../../../../core/model/schema.js';
import type { Template, TemplateParameterValues, TemplateSection } from '../../../../core/templates/schema.js';
import type { InstalledTheme } from '../../editor/quotes/quote-logic.js';

/**
 * What a study theme (学习主题包) contributes to a draft: its title as the
 * draft's 学习主题, its suggested sub-headings as the first point group's
 * headings or lead clauses (only those the writer ticked), and its 要点 in
 * the 写作要点 panel beside every part that argues the theme. Pure.
 */

/** The wizard's values with the theme's title as 学习主题 (the title pattern and the 金句 tab both read it). */
export function themeValues(theme: InstalledTheme, values: TemplateParameterValues): TemplateParameterValues {
  return { ...values, theme: theme.title };
}

/** The section the theme's sub-headings go into: the template's first point group. */
export function outlineSection(template: Template): TemplateSection | undefined {
  return template.sections.find((section) => section.role === 'point-group' && section.points);
}

/** The sub-headings ticked at first: as many as the point group has points. */
export function defaultHeadingChoice(theme: InstalledTheme, template: Template): string[] {
  return theme.subHeadings.slice(0, outlineSection(template)?.points?.count ?? 0);
}

/**
 * The draft with `headings` written into the first point group, in order:
 * headed points get them as heading text, run-in points (一是……) as their
 * lead clause. Points left over stay empty; more headings than points add
 * points of the same form.
 */
export function withThemeHeadings(draft: Draft, template: Template, headings: readonly string[]): Draft {
  const section = outlineSection(template);
  const points = section?.points;
  if (!section || !points || headings.length === 0) return draft;
  const isPointBlock = (block: Block): boolean =>
    'section' in block && block.section === section.id && (points.form === 'run-in' ? block.type === 'point' : block.type === 'heading' && block.level === points.level);

  const children = [...draft.children];
  const slots = children.flatMap((block, i) => (isPointBlock(block) ? [i] : []));
  headings.slice(0, slots.length).forEach((heading, n) => {
    const index = slots[n]!;
    children[index] = pointBlock(section.id, points, heading);
  });
  const extra = headings.slice(slots.length).flatMap((heading) => {
    const block = pointBlock(section.id, points, heading);
    // A headed point is its heading and a body paragraph to write in.
    return points.form === 'heading' ? [block, { type: 'paragraph' as const, section: section.id, children: [{ text: '' }] }] : [block];
  });
  if (extra.length > 0) {
    const lastOfSection = children.findLastIndex((block) => 'section' in block && block.section === section.id);
    children.splice(lastOfSection + 1, 0, ...extra);
  }
  return { ...draft, children };
}

function pointBlock(sectionId: string, points: NonNullable<TemplateSection['points']>, heading: string): Block {
  if (points.form === 'run-in') return { type: 'point', section: sectionId, children: [{ text: withStop(heading), lead: true }] };
  return { type: 'heading', level: points.level, section: sectionId, children: [{ text: heading }] };
}

/** A lead clause ends with 。 so the writer's own sentences follow it. */
function withStop(text: string): string {
  return /[。！？；：]$/.test(text) ? text : `${text}。`;
}

/**
 * The template as the 写作要点 panel shows it for a draft on `theme`: the
 * opening and every point group also list the theme's 要点, and the first
 * point group offers its sub-headings as starters to click in.
 */
export function themedTemplate(template: Template, theme: InstalledTheme | undefined): Template {
  if (!theme || (theme.keyPoints.length === 0 && theme.subHeadings.length === 0)) return template;
  const first = outlineSection(template);
  // Appended as sentences: the panel shows guidance as one paragraph.
  const aboutTheme = theme.keyPoints.length > 0 ? `本次学习主题的要点：${theme.keyPoints.map((point, i) => `${circled(i)}${point.replace(/[。；]$/, '')}`).join('；')}。` : '';
  const sections = template.sections.map((section) => {
    if (section.role !== 'opening' && section.role !== 'point-group') return section;
    const next = { ...section, guidance: section.guidance + aboutTheme };
    if (!section.points) return next;
    const starters = section === first ? [...section.points.starters, ...theme.subHeadings] : section.points.starters;
    return { ...next, points: { ...section.points, guidance: section.points.guidance + aboutTheme, starters } };
  });
  return { ...template, sections };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const circled = (i: number): string => CIRCLED[i] ?? `(${i + 1})`;

/** “交稿截止：2026年12月31日（还有 37 天）”, or that it has passed; '' without a deadline. */
export function deadlineText(deadline: string | undefined, today: Date = new Date()): string {
  if (!deadline) return '';
  const [year, month, day] = deadline.split('-').map(Number) as [number, number, number];
  const written = `${year}年${month}月${day}日`;
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const days = Math.round((Date.UTC(year, month - 1, day) - todayUtc) / 86_400_000);
  if (days < 0) return `交稿截止：${written}（已过截止日期）`;
  return `交稿截止：${written}（${days === 0 ? '今天截止' : `还有 ${days} 天`}）`;
}
