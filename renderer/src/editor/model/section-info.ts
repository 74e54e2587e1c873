import type { Block } from '../../../../core/model/schema.js';
import { guidanceFor } from '../../../../core/templates/instantiate.js';
import { sectionName } from '../../../../core/templates/kinds.js';
import type { Template } from '../../../../core/templates/schema.js';
import { sectionOf } from './blocks.js';

/** What the 写作要点 tab shows for the block holding the cursor. */
export interface SectionAdvice {
  /** e.g. “开头”, “主体 · 分点”, or the section heading. */
  name: string;
  guidance: string;
  starters: readonly string[];
  /** What the starters are headed: 常用开头 (an opening, a point), 常用结尾 (a closing), 常用句式 (elsewhere). */
  startersTitle: '常用开头' | '常用结尾' | '常用句式';
  /** Target characters for this part, if the template gives one. */
  target: number | undefined;
}

export { sectionName } from '../../../../core/templates/kinds.js';

export function adviceFor(template: Template | null, block: Block | undefined): SectionAdvice | undefined {
  if (!template || !block) return undefined;
  const section = template.sections.find((s) => s.id === sectionOf(block));
  if (!section) return undefined;
  const points = section.points;
  const guidance = guidanceFor(template, block);
  const aboutPoints = points !== undefined && guidance === points.guidance;
  const name = sectionName(section);
  return {
    name: aboutPoints ? `${name} · 每一点` : name,
    guidance,
    starters: aboutPoints ? points.starters : section.starters,
    startersTitle: aboutPoints || section.role === 'opening' ? '常用开头' : section.role === 'closing' ? '常用结尾' : '常用句式',
    target: aboutPoints ? points.targetLength || undefined : section.targetLength || undefined,
  };
}
