import type { Block } from '../../../../core/model/schema.js';
import { blockText } from '../../../../core/model/text.js';
import type { Template, TemplateSection } from '../../../../core/templates/schema.js';
import { rangeChars, type DraftAnalysis } from './analysis.js';
import { sectionOf } from './blocks.js';
import { sectionName } from './section-info.js';
import { unitAt, type UnitKind } from './units.js';

/** One line of the outline pane. */
export interface OutlineEntry {
  key: string;
  /** 0 for sections and top headings; deeper for points and sub-headings. */
  depth: number;
  /** Label (一是, 一、…) shown before the title, if any. */
  label: string;
  title: string;
  /** The block to jump to; undefined for a template section the draft no longer has. */
  blockIndex: number | undefined;
  /** What a drag moves: the whole section, or the block's own unit. */
  moveKind: UnitKind;
  chars: number;
  /** Target length in characters, when the template gives one. */
  target: number | undefined;
  /** Shown on hover. */
  guidance: string;
}


const SNIPPET = 18;

/**
 * Template draft: its sections in the order the draft has them (each with
 * its count and target), and under a point group its points. Free draft:
 * its headings and points. Sections the draft has lost are listed last.
 */
export function buildOutline(analysis: DraftAnalysis, template: Template | null): OutlineEntry[] {
  return template ? templateOutline(analysis, template) : freeOutline(analysis);
}

function templateOutline(analysis: DraftAnalysis, template: Template): OutlineEntry[] {
  const { blocks } = analysis;
  const entries: OutlineEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const id = sectionOf(blocks[i]);
    const section = template.sections.find((s) => s.id === id);
    if (!id || !section || sectionOf(blocks[i - 1]) === id) continue;
    const unit = unitAt(blocks, i, 'section');
    const heading = blocks[i]?.type === 'heading' ? blocks[i] : undefined;
    entries.push({
      key: `section-${id}-${i}`,
      depth: 0,
      label: heading ? (analysis.labels[i] ?? '') : '',
      title: (heading && snippet(heading, Infinity)) || sectionName(section),
      blockIndex: i,
      moveKind: 'section',
      chars: rangeChars(analysis, unit.start, unit.end),
      target: section.targetLength || undefined,
      guidance: section.guidance,
    });
    seen.add(id);
    if (section.points) entries.push(...pointEntries(analysis, unit.start + (heading ? 1 : 0), unit.end, section));
  }
  for (const section of template.sections) {
    if (seen.has(section.id)) continue;
    entries.push({
      key: `missing-${section.id}`,
      depth: 0,
      label: '',
      title: sectionName(section),
      blockIndex: undefined,
      moveKind: 'section',
      chars: 0,
      target: section.targetLength || undefined,
      guidance: section.guidance,
    });
  }
  return entries;
}

function pointEntries(analysis: DraftAnalysis, start: number, end: number, section: TemplateSection): OutlineEntry[] {
  const points = section.points!;
  const isPoint = (block: Block | undefined): boolean =>
    points.form === 'run-in' ? block?.type === 'point' : block?.type === 'heading' && block.level === points.level;
  const entries: OutlineEntry[] = [];
  for (let i = start; i < end; i++) {
    const block = analysis.blocks[i];
    if (!block || !isPoint(block)) continue;
    entries.push(blockEntry(analysis, i, 1, points.targetLength || undefined, points.guidance));
  }
  return entries;
}

function freeOutline(analysis: DraftAnalysis): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  let headingDepth = 0;
  analysis.blocks.forEach((block, i) => {
    if (block.type === 'title') headingDepth = 0;
    if (block.type === 'heading') {
      headingDepth = block.level;
      entries.push(blockEntry(analysis, i, block.level - 1, undefined, ''));
    } else if (block.type === 'point') {
      entries.push(blockEntry(analysis, i, headingDepth, undefined, ''));
    }
  });
  return entries;
}

function blockEntry(analysis: DraftAnalysis, index: number, depth: number, target: number | undefined, guidance: string): OutlineEntry {
  const block = analysis.blocks[index]!;
  const unit = unitAt(analysis.blocks, index);
  return {
    key: `block-${index}`,
    depth,
    label: analysis.labels[index] ?? '',
    title: snippet(block, SNIPPET) || '（未写）',
    blockIndex: index,
    moveKind: 'block',
    chars: rangeChars(analysis, unit.start, unit.end),
    target,
    guidance,
  };
}

/** A point's lead clause, else its opening words. */
function snippet(block: Block, max: number): string {
  const lead = block.children
    .filter((child) => !('type' in child) && child.lead)
    .map((child) => ('text' in child ? child.text : ''))
    .join('');
  const text = (lead || blockText(block)).trim();
  return [...text].length > max ? `${[...text].slice(0, max).join('')}…` : text;
}
