import { authorLineText } from '../model/create.js';
import { DEFAULT_NUMBERING } from '../model/numbering.js';
import { DRAFT_SCHEMA_VERSION, type Block, type Draft } from '../model/schema.js';
import { fillSlots } from './load.js';
import { listItems } from './kinds.js';
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
  const { letter } = template;
  const subtitle = template.subtitle ? fillSlots(template.subtitle, values) : '';
  if (subtitle) children.push({ type: 'author-line', children: [{ text: subtitle }] });
  // A letter is signed at the end instead of under its title.
  const authorLine = letter ? '' : authorLineText(meta);
  if (authorLine) children.push({ type: 'author-line', children: [{ text: authorLine }] });
  if (letter) children.push({ type: 'salutation', children: [{ text: letter.salutation }] });
  for (const section of template.sections) children.push(...sectionBlocks(section, values));
  if (letter) children.push(...letterEnding(letter, meta));
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
    const points = section.points;
    const headings = pointHeadings(section, values);
    const count = headings.length > 0 && points.form === 'heading' ? headings.length : points.count;
    for (let i = 0; i < count; i++) {
      if (points.form === 'run-in') {
        blocks.push({ type: 'point', ...tag, children: [...empty] });
      } else {
        blocks.push({ type: 'heading', level: points.level, ...tag, children: [{ text: headings[i] ?? '' }] });
        blocks.push({ type: 'paragraph', ...tag, children: [...empty] });
      }
    }
    return blocks;
  }
  blocks.push({ type: section.role === 'closing' ? 'closing' : 'paragraph', ...tag, children: [...empty] });
  return blocks;
}

/** The headings laid out for headed points: the lines of the list parameter if given, else the template's own. */
function pointHeadings(section: TemplateSection, values: TemplateParameterValues): string[] {
  const points = section.points;
  if (!points) return [];
  const fromValues = points.fromParameter ? listItems(values[points.fromParameter]) : [];
  if (fromValues.length > 0) return fromValues.slice(0, 20);
  return (points.headings ?? []).map((text) => fillSlots(text, values));
}

/** 此致 (indented like body text), 敬礼！ at the margin, then the signer and the date at the right. */
function letterEnding(letter: NonNullable<Template['letter']>, meta: Draft['meta']): Block[] {
  const [first, ...rest] = letter.closing;
  const blocks: Block[] = [];
  if (first) blocks.push({ type: 'closing', children: [{ text: first }] });
  for (const line of rest) blocks.push({ type: 'salutation', children: [{ text: line }] });
  const signer = letter.signer ? `${letter.signer}：${meta.author}` : meta.author;
  blocks.push({ type: 'signature', children: [{ text: signer }] });
  blocks.push({ type: 'signature', children: [{ text: chineseDate(meta.date) }] });
  return blocks;
}

/** 2026-11-24 → 2026年11月24日; no date → the pattern to fill in by hand. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '    年  月  日';
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
