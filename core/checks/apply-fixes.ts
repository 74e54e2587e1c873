import type { Block, Draft } from '../model/schema.js';
import { convertBlock } from './convert-block.js';
import { applyLeafEdits, blockFingerprint, editFits, leafText, type LeafEdit } from './leaf-edit.js';
import type { Finding, Fix, TextEdit } from './types.js';

export interface FixReport {
  draft: Draft;
  applied: Finding[];
  skipped: Finding[];
}

/**
 * Applies the fixes of `findings` to a draft and returns a new draft (the
 * input is not changed). Each fix is applied whole or not at all, in list
 * order: a fix is skipped when
 * - it is stale: its block is not the block the check saw (fixes carry the
 *   block's fingerprint) — which also makes applying the same findings
 *   twice the same as applying them once;
 * - it overlaps a fix accepted before it (the next check run finds what is
 *   left);
 * - it would cross the edge of a quote element.
 */
export function applyFixes(draft: Draft, findings: readonly Finding[]): Draft {
  return applyFixesWithReport(draft, findings).draft;
}

interface Accepted {
  edits: Map<number, TextEdit[]>;
  converts: Map<number, Extract<Fix, { type: 'convert-block' }>>;
  levels: Map<number, Extract<Fix, { type: 'set-heading-levels' }>['changes'][number]>;
  numbering: Map<string, Extract<Fix, { type: 'set-numbering' }>>;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Whether a block is still the one the edit was made for. */
export function holdsExpected(block: Block, edit: TextEdit, known?: { text: string; hash: string }): boolean {
  const text = known?.text ?? leafText(block);
  if (edit.end > text.length || text.slice(edit.start, edit.end) !== edit.expected) return false;
  return edit.blockHash === undefined || edit.blockHash === (known?.hash ?? blockFingerprint(block));
}

function editsOf(fix: Fix): TextEdit[] {
  if (fix.type === 'edit') return fix.edits;
  if (fix.type === 'convert-block' && fix.strip) return [fix.strip];
  return [];
}

/** Whether `fix` can be accepted on top of what was accepted before it. */
function accepts(draft: Draft, texts: Map<number, { text: string; hash: string }>, accepted: Accepted, fix: Fix): boolean {
  const textOf = (i: number): { text: string; hash: string } | undefined => {
    const block = draft.children[i];
    if (!block) return undefined;
    if (!texts.has(i)) {
      texts.set(i, { text: leafText(block), hash: blockFingerprint(block) });
    }
    return texts.get(i);
  };
  for (const edit of editsOf(fix)) {
    const current = textOf(edit.block);
    const block = draft.children[edit.block];
    if (current === undefined || !block || !holdsExpected(block, edit, current) || !editFits(block, edit)) return false;
    if ((accepted.edits.get(edit.block) ?? []).some((other) => overlaps(edit, other))) return false;
  }
  const sameBlock = (i: number, hash: string | undefined): boolean => hash === undefined || textOf(i)?.hash === hash;
  if (fix.type === 'convert-block') {
    return (
      draft.children[fix.block]?.type === fix.from &&
      sameBlock(fix.block, fix.blockHash) &&
      !accepted.converts.has(fix.block) &&
      !accepted.levels.has(fix.block)
    );
  }
  if (fix.type === 'set-heading-levels') {
    return fix.changes.every(({ block, from, blockHash }) => {
      const target = draft.children[block];
      return target?.type === 'heading' && target.level === from && sameBlock(block, blockHash) && !accepted.levels.has(block) && !accepted.converts.has(block);
    });
  }
  if (fix.type === 'set-numbering') return draft.numbering[fix.level] === fix.from && !accepted.numbering.has(fix.level);
  return true;
}

function record(accepted: Accepted, fix: Fix): void {
  for (const edit of editsOf(fix)) accepted.edits.set(edit.block, [...(accepted.edits.get(edit.block) ?? []), edit]);
  if (fix.type === 'convert-block') accepted.converts.set(fix.block, fix);
  if (fix.type === 'set-heading-levels') for (const change of fix.changes) accepted.levels.set(change.block, change);
  if (fix.type === 'set-numbering') accepted.numbering.set(fix.level, fix);
}

export function applyFixesWithReport(draft: Draft, findings: readonly Finding[]): FixReport {
  const accepted: Accepted = { edits: new Map(), converts: new Map(), levels: new Map(), numbering: new Map() };
  const texts = new Map<number, { text: string; hash: string }>();
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  for (const finding of findings) {
    if (!finding.fix) continue;
    if (accepts(draft, texts, accepted, finding.fix)) {
      record(accepted, finding.fix);
      applied.push(finding);
    } else {
      skipped.push(finding);
    }
  }
  if (applied.length === 0) return { draft, applied, skipped };

  const numbering = { ...draft.numbering };
  for (const fix of accepted.numbering.values()) numbering[fix.level] = fix.to;
  // Levels first, on the original indices; then edits and conversions from the last block back,
  // so that a conversion splitting a block in two never shifts a block still to be done.
  const children: Block[] = draft.children.map((block, i) => {
    const change = accepted.levels.get(i);
    return change && block.type === 'heading' ? { ...block, level: change.to } : block;
  });
  const touched = new Set([...accepted.edits.keys(), ...accepted.converts.keys()]);
  for (const i of [...touched].sort((a, b) => b - a)) {
    let block = children[i]!;
    const edits: LeafEdit[] = accepted.edits.get(i) ?? [];
    if (edits.length > 0) block = { ...block, children: applyLeafEdits(block, edits) } as Block;
    const convert = accepted.converts.get(i);
    children.splice(i, 1, ...(convert ? convertBlock(block, convert.to, convert.level) : [block]));
  }
  return { draft: { ...draft, numbering, children }, applied, skipped };
}
