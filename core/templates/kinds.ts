import type { Genre } from '../model/schema.js';
import type { Template, TemplateSection } from './schema.js';

/**
 * Small facts about templates the renderer needs too; kept free of zod
 * (type imports only) so the renderer bundle does without the schemas.
 */

/** The wizard's groups, in the order it shows them. */
export const TEMPLATE_CATEGORIES = ['发言类', '检视类', '汇报类', '申请类', '讲话类'] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

/** Genres whose templates predate `category` fall in the group their genre suggests. */
const CATEGORY_OF_GENRE: Partial<Record<Genre, TemplateCategory>> = {
  对照检查材料: '检视类',
  批评意见: '检视类',
  党课讲稿: '讲话类',
  宣讲稿: '讲话类',
  讲话稿: '讲话类',
  调研报告: '汇报类',
  工作总结: '汇报类',
  述职报告: '汇报类',
  思想汇报: '汇报类',
  申请书: '申请类',
};

export function templateCategory(template: Pick<Template, 'category' | 'genre'>): TemplateCategory {
  return template.category ?? CATEGORY_OF_GENRE[template.genre] ?? '发言类';
}

/** Texts handed in (申请书, 思想汇报) have no speaking time. */
export const isSpoken = (template: Pick<Template, 'letter'>): boolean => template.letter === undefined;

/** A list parameter's items: one a line (；or ; also separate), blanks dropped. */
export function listItems(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n；;]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** 开头, 主体, 结尾, 正文: what a section is called when it has no name or heading. */
export const SECTION_ROLE_NAMES: Record<TemplateSection['role'], string> = {
  opening: '开头',
  'point-group': '主体',
  closing: '结尾',
  free: '正文',
};

/** What the outline and 体检 call a section: its name, its printed heading (without {{slots}}), else its role. */
export function sectionName(section: Pick<TemplateSection, 'name' | 'heading' | 'role'>): string {
  const heading = section.heading?.text;
  return section.name || (heading && !heading.includes('{{') ? heading : SECTION_ROLE_NAMES[section.role]);
}
