import { authorLineText } from '../model/create.js';
import { DEFAULT_NUMBERING } from '../model/numbering.js';
import { DRAFT_SCHEMA_VERSION, type Block, type Draft } from '../model/schema.js';
import { fillSlots } from './load.js';
import type { Template, TemplateParameterValues, TemplateSection } from './schema.js';

const empty = [{ text: '' }];

/**
 * A new draft laid out from a template: title, author line, and for every
 * section its heading and empty blocks tagged with the section id. The
 * editor shows the section's guidance as a placeholder in each empty block;
 * placeholders are not text and are never exported.
 */
export function instantiateTemplate(template: Template, values: TemplateParameterValues): Draft {
  const meta = {
    author: values.author?.trim() ?? '',
    unit: values.unit?.trim() ?? '',
    role: values.role?.trim() ?? '',
    date: normaliseDate(values.date),
    theme: values.theme?.trim() ?? '',
    genre: template.genre,
    templateId: template.id,
  };
  const children: Block[] = [{ type: 'title', children: [{ text: fillSlots(template.title, values) }] }];
  const authorLine = authorLineText(meta);
  if (authorLine) children.push({ type: 'author-line', children: [{ text: authorLine }] });
  for (const section of template.sections) children.push(...sectionBlocks(section, values));
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    meta,
    numbering: { ...DEFAULT_NUMBERING, ...template.numbering },
    children,
  };
}

function sectionBlocks(section: TemplateSection, values: TemplateParameterValues): Block[] {
  const blocks: Block[] = [];
  const tag = { section: section.id };
  if (section.heading) {
    blocks.push({ type: 'heading', level: section.heading.level, ...tag, children: [{ text: fillSlots(section.heading.text, values) }] });
  }
  if (section.role === 'point-group' && section.points) {
    for (let i = 0; i < section.points.count; i++) {
      if (section.points.form === 'run-in') {
        blocks.push({ type: 'point', ...tag, children: [...empty] });
      } else {
        blocks.push({ type: 'heading', level: section.points.level, ...tag, children: [...empty] });
        blocks.push({ type: 'paragraph', ...tag, children: [...empty] });
      }
    }
    return blocks;
  }
  blocks.push({ type: section.role === 'closing' ? 'closing' : 'paragraph', ...tag, children: [...empty] });
  return blocks;
}

/** Dates typed as 2026-11-24, 2026/11/24 or 2026年11月24日 become ISO; anything else is dropped. */
export function normaliseDate(input: string | undefined): string {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(input ?? '');
  if (!m) return '';
  const [, y, mo, d] = m;
  const iso = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? '' : iso;
}

/** The guidance to show in an empty block of `section`. */
export function guidanceFor(template: Template, block: Block): string {
  const sectionId = 'section' in block ? block.section : undefined;
  const section = template.sections.find((s) => s.id === sectionId);
  if (!section) return '';
  const isPointBlock = block.type === 'point' || (block.type === 'heading' && section.points?.form === 'heading' && block.level === section.points.level);
  if (section.points && (isPointBlock || (block.type === 'paragraph' && section.points.form === 'heading'))) {
    return section.points.guidance;
  }
  return section.guidance;
}
