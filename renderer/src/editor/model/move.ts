import { Editor, Transforms } from 'slate';
import { blocksOf } from './blocks.js';
import { siblingUnit, unitAt, type BlockRange, type Direction, type UnitKind } from './units.js';

/**
 * Moves the unit at `index` one step past its sibling unit (units.ts) with
 * Transforms.moveNodes, so the move is one undoable batch and the cursor
 * travels with the moved text. Returns the unit's new start, or undefined
 * when there is nothing to move past.
 */
export function moveUnitStep(editor: Editor, index: number, direction: Direction, kind: UnitKind = 'block'): number | undefined {
  const blocks = blocksOf(editor);
  const unit = unitAt(blocks, index, kind);
  const sibling = siblingUnit(blocks, unit, direction, kind);
  if (!sibling) return undefined;
  // Moving down is moving the sibling up past this unit.
  const [moving, before] = direction === 'up' ? [unit, sibling] : [sibling, unit];
  moveRangeBefore(editor, moving, before.start);
  return direction === 'up' ? sibling.start : unit.start + length(sibling);
}

/**
 * Moves the unit at `from` step by step until it has passed the unit at
 * `to` (the outline's drag and drop). Steps are the same as Alt+↑/↓; they
 * land in one history batch because they happen in one tick.
 */
export function moveUnitTo(editor: Editor, from: number, to: number, kind: UnitKind = 'block'): number | undefined {
  const blocks = blocksOf(editor);
  const start = unitAt(blocks, from, kind).start;
  const target = unitAt(blocks, to, kind);
  if (target.start === start) return undefined;
  const direction: Direction = target.start < start ? 'up' : 'down';
  const steps = stepsBetween(blocks, start, target, direction, kind);
  if (steps === undefined) return undefined;
  let position: number | undefined = start;
  Editor.withoutNormalizing(editor, () => {
    for (let i = 0; i < steps && position !== undefined; i++) position = moveUnitStep(editor, position, direction, kind);
  });
  return position;
}

/** How many sibling units lie from the unit at `start` up to and including `target`, or undefined if not reachable. */
function stepsBetween(blocks: Parameters<typeof unitAt>[0], start: number, target: BlockRange, direction: Direction, kind: UnitKind): number | undefined {
  let unit = unitAt(blocks, start, kind);
  for (let steps = 1; ; steps++) {
    const sibling = siblingUnit(blocks, unit, direction, kind);
    if (!sibling) return undefined;
    if (sibling.start === target.start) return steps;
    unit = sibling;
  }
}

function moveRangeBefore(editor: Editor, range: BlockRange, before: number): void {
  Editor.withoutNormalizing(editor, () => {
    for (let k = 0; k < length(range); k++) {
      Transforms.moveNodes(editor, { at: [range.start + k], to: [before + k] });
    }
  });
}

function length(range: BlockRange): number {
  return range.end - range.start;
}
