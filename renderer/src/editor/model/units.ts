import type { Block } from '../../../../core/model/schema.js';
import { isFixedBlock, sectionOf } from './blocks.js';

/**
 * A unit is what moves together: [start, end) over the top-level blocks.
 * - a point with its continuation paragraphs (paragraphs right after it in the same section);
 * - a heading with its whole subsection (up to the next heading of the same or a higher level);
 * - any other block alone.
 * A `section` unit is a run of blocks sharing a template section id (the outline moves those).
 */
export interface BlockRange {
  start: number;
  end: number;
}

export type UnitKind = 'block' | 'section';

export function unitAt(blocks: readonly Block[], index: number, kind: UnitKind = 'block'): BlockRange {
  return kind === 'section' ? sectionUnitAt(blocks, index) : blockUnitAt(blocks, index);
}

function blockUnitAt(blocks: readonly Block[], index: number): BlockRange {
  const block = blocks[index];
  let end = index + 1;
  if (block?.type === 'point') {
    while (blocks[end]?.type === 'paragraph' && sectionOf(blocks[end]) === block.section) end++;
  } else if (block?.type === 'heading') {
    while (end < blocks.length && !endsSubsection(blocks[end], block.level)) end++;
  }
  return { start: index, end };
}

function endsSubsection(block: Block | undefined, level: number): boolean {
  return block === undefined || block.type === 'title' || (block.type === 'heading' && block.level <= level);
}

/** The run of blocks around `index` with the same section id; a block without one is its own unit. */
function sectionUnitAt(blocks: readonly Block[], index: number): BlockRange {
  const section = sectionOf(blocks[index]);
  if (section === undefined) return { start: index, end: index + 1 };
  let start = index;
  let end = index + 1;
  while (start > 0 && sectionOf(blocks[start - 1]) === section) start--;
  while (end < blocks.length && sectionOf(blocks[end]) === section) end++;
  return { start, end };
}

export type Direction = 'up' | 'down';

/** The unit a unit swaps places with when moved one step, or undefined at the edge of its group. */
export function siblingUnit(blocks: readonly Block[], unit: BlockRange, direction: Direction, kind: UnitKind = 'block'): BlockRange | undefined {
  const block = blocks[unit.start];
  if (!block || isFixedBlock(block)) return undefined;
  if (kind === 'section') return sectionSibling(blocks, unit, direction);
  if (block.type === 'point') return pointSibling(blocks, unit, direction);
  if (block.type === 'heading') return headingSibling(blocks, unit, direction, block.level);
  const neighbour = direction === 'up' ? unit.start - 1 : unit.end;
  const other = blocks[neighbour];
  return other && !isFixedBlock(other) ? { start: neighbour, end: neighbour + 1 } : undefined;
}

/** Points move among the points of their group: no heading, title or other kind of block in between. */
function pointSibling(blocks: readonly Block[], unit: BlockRange, direction: Direction): BlockRange | undefined {
  if (direction === 'down') {
    return blocks[unit.end]?.type === 'point' ? blockUnitAt(blocks, unit.end) : undefined;
  }
  let j = unit.start - 1;
  while (j >= 0 && blocks[j]?.type === 'paragraph') j--;
  if (blocks[j]?.type !== 'point') return undefined;
  const previous = blockUnitAt(blocks, j);
  // Paragraphs in between that are not that point's continuation separate the two groups.
  return previous.end === unit.start ? previous : undefined;
}

function headingSibling(blocks: readonly Block[], unit: BlockRange, direction: Direction, level: number): BlockRange | undefined {
  if (direction === 'down') {
    const next = blocks[unit.end];
    return next?.type === 'heading' && next.level === level ? blockUnitAt(blocks, unit.end) : undefined;
  }
  for (let j = unit.start - 1; j >= 0; j--) {
    const other = blocks[j];
    if (other?.type === 'title') return undefined;
    if (other?.type === 'heading' && other.level <= level) {
      return other.level === level ? blockUnitAt(blocks, j) : undefined;
    }
  }
  return undefined;
}

function sectionSibling(blocks: readonly Block[], unit: BlockRange, direction: Direction): BlockRange | undefined {
  const neighbour = direction === 'up' ? unit.start - 1 : unit.end;
  const other = blocks[neighbour];
  if (!other || isFixedBlock(other) || sectionOf(other) === undefined) return undefined;
  return sectionUnitAt(blocks, neighbour);
}
