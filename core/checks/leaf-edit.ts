import type { Block, Inline, QuoteInline, TextLeaf } from '../model/schema.js';

/**
 * Text edits on a block's leaves. Offsets are leaf offsets: the block's
 * leaves concatenated, quote elements' leaves included (no “”).
 *
 * Rules that keep the model intact:
 * - replaced text goes into the first leaf the range touches, so it takes
 *   that leaf's marks (a fixed comma in a lead clause stays bold);
 * - a range may span several leaves but not leave or enter a quote element:
 *   such an edit is refused, and a quotation is never merged away;
 * - a pure insertion at a quote element's edge goes outside the quotation
 *   (into the neighbouring text leaf, or a new one): quoted words are the
 *   speaker's, and a mechanical fix never adds to them.
 */
export interface LeafEdit {
  start: number;
  end: number;
  text: string;
}

interface Slot {
  /** Index in block.children. */
  inline: number;
  /** Index within a quote element's children, or -1 for a top-level leaf. */
  leaf: number;
  start: number;
  end: number;
}

export function leafText(block: Block): string {
  return slotsOf(block.children).text;
}

function slotsOf(children: readonly Inline[]): { slots: Slot[]; text: string } {
  const slots: Slot[] = [];
  let text = '';
  children.forEach((inline, i) => {
    if ('type' in inline) {
      inline.children.forEach((leaf, j) => {
        slots.push({ inline: i, leaf: j, start: text.length, end: text.length + leaf.text.length });
        text += leaf.text;
      });
    } else {
      slots.push({ inline: i, leaf: -1, start: text.length, end: text.length + inline.text.length });
      text += inline.text;
    }
  });
  return { slots, text };
}

/**
 * A fingerprint of a block as a whole — type, marks, quote elements and
 * text (FNV-1a over its JSON, 32 bits, with the length): two fixes that
 * cancel out in the text still leave a different block.
 */
export function blockFingerprint(block: Block): string {
  const json = JSON.stringify(block);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${json.length.toString(36)}-${hash.toString(36)}`;
}

/** Whether the edit can be made without crossing a quotation's edge. */
export function editFits(block: Block, edit: LeafEdit): boolean {
  const { slots, text } = slotsOf(block.children);
  if (edit.start < 0 || edit.end < edit.start || edit.end > text.length) return false;
  if (edit.start === edit.end) return true;
  const touched = slots.filter((s) => s.start < edit.end && s.end > edit.start);
  // Top-level leaves are one container; each quote element is its own.
  const container = (s: Slot): number => (s.leaf === -1 ? -1 : s.inline);
  return touched.length > 0 && touched.every((s) => container(s) === container(touched[0]!));
}

function cloneInlines(children: readonly Inline[]): Inline[] {
  return children.map((inline) => ('type' in inline ? { ...inline, children: inline.children.map((leaf) => ({ ...leaf })) } : { ...inline }));
}

function leafAt(children: Inline[], slot: Slot): TextLeaf {
  const inline = children[slot.inline]!;
  return 'type' in inline ? inline.children[slot.leaf]! : inline;
}

type Marks = Omit<TextLeaf, 'text'>;

function marksOf(leaf: TextLeaf): Marks {
  const { text: _text, ...marks } = leaf;
  return marks;
}

const sameMarks = (a: Marks, b: Marks): boolean => a.bold === b.bold && a.lead === b.lead;

/**
 * Where a pure insertion at `at` goes: a slot, or a new leaf beside a quote
 * element. Beside a quotation the inserted text takes the marks of the
 * quotation's edge (a 。 closing a bold lead that ends in a quotation is bold).
 */
function insertionSlot(children: Inline[], slots: readonly Slot[], at: number): Slot | { newLeafAt: number; marks: Marks } {
  const top = slots.filter((s) => s.leaf === -1);
  const inside = (s: Slot) => s.start < at && at < s.end;
  const found =
    top.find(inside) ??
    top.find((s) => s.end === at) ??
    slots.find(inside) ??
    // Between two leaves of one quote element (not at its edges): stay inside, to the left.
    slots.find((s, i) => s.end === at && slots[i + 1]?.inline === s.inline);
  if (found) return found;
  const isLastOfQuote = (s: Slot): boolean => {
    const inline = children[s.inline];
    return inline !== undefined && 'type' in inline && s.leaf === inline.children.length - 1;
  };
  const quoteEnd = slots.find((s) => s.leaf !== -1 && s.end === at && isLastOfQuote(s));
  const quoteStart = slots.find((s) => s.leaf === 0 && s.start === at);
  const edge = quoteEnd ?? quoteStart;
  if (!edge) return top.find((s) => s.start === at) ?? { newLeafAt: 0, marks: {} };
  const marks = marksOf(leafAt(children, edge));
  const outer = quoteEnd ? top.find((s) => s.start === at && s.inline === edge.inline + 1) : undefined;
  if (outer && sameMarks(marksOf(leafAt(children, outer)), marks)) return outer;
  return { newLeafAt: quoteEnd ? edge.inline + 1 : edge.inline, marks };
}

/** Applies edits (non-overlapping, any order) and returns new children; the input is not changed. */
export function applyLeafEdits(block: Block, edits: readonly LeafEdit[]): Inline[] {
  let children = cloneInlines(block.children);
  const ordered = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (const edit of ordered) {
    const { slots } = slotsOf(children);
    if (edit.start === edit.end) {
      const target = insertionSlot(children, slots, edit.start);
      if ('newLeafAt' in target) {
        children.splice(target.newLeafAt, 0, { text: edit.text, ...target.marks });
        continue;
      }
      const leaf = leafAt(children, target);
      const at = edit.start - target.start;
      leaf.text = leaf.text.slice(0, at) + edit.text + leaf.text.slice(at);
      continue;
    }
    const touched = slots.filter((s) => s.start < edit.end && s.end > edit.start);
    touched.forEach((slot, k) => {
      const leaf = leafAt(children, slot);
      const from = Math.max(edit.start, slot.start) - slot.start;
      const to = Math.min(edit.end, slot.end) - slot.start;
      leaf.text = leaf.text.slice(0, from) + (k === 0 ? edit.text : '') + leaf.text.slice(to);
    });
  }
  children = dropEmptyLeaves(children);
  return children;
}

/**
 * Leaves emptied by an edit are removed, except the one a quote element or
 * a block needs to keep (the schema wants at least one child) and those
 * beside a quote element (Slate keeps a text node on each side of an inline).
 */
function dropEmptyLeaves(children: Inline[]): Inline[] {
  const kept = children.filter((inline, i) => {
    if ('type' in inline || inline.text !== '') return true;
    const besideQuote = isQuote(children[i - 1]) || isQuote(children[i + 1]);
    return besideQuote;
  });
  const result = kept.length > 0 ? kept : [{ text: '' }];
  return result.map((inline) => {
    if (!('type' in inline)) return inline;
    const leaves = inline.children.filter((leaf) => leaf.text !== '');
    return { ...inline, children: leaves.length > 0 ? leaves : [inline.children[0] ?? { text: '' }] };
  });
}

function isQuote(inline: Inline | undefined): inline is QuoteInline {
  return inline !== undefined && 'type' in inline;
}
