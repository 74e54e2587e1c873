import { blockText } from '../model/text.js';
import type { Block, Inline } from '../model/schema.js';

/**
 * The organizer's light edit of a submission: a block's text changed in a
 * plain text box. The change (the span between the common start and end of
 * the old and new text) goes into the leaf it starts in, so marks (the bold
 * lead clause) and quotations elsewhere in the block are kept. A change that
 * touches a quotation's text or its “” leaves the block as plain text with
 * the new wording (the quotation is then no longer bound to the 金句库).
 */
export function editBlockText(block: Block, text: string): Block {
  const old = blockText(block);
  if (old === text) return block;
  let start = 0;
  while (start < old.length && start < text.length && old[start] === text[start]) start++;
  let end = 0;
  while (end < old.length - start && end < text.length - start && old[old.length - 1 - end] === text[text.length - 1 - end]) end++;
  const removeEnd = old.length - end;
  const inserted = text.slice(start, text.length - end);
  const children = replaceInLeaves(block.children, start, removeEnd, inserted);
  return { ...block, children: children ?? [{ text }] } as Block;
}

/** The inlines with [start, end) of the reader text replaced, or undefined when the span is not inside plain text leaves. */
function replaceInLeaves(children: readonly Inline[], start: number, end: number, inserted: string): Inline[] | undefined {
  const out: Inline[] = [];
  let offset = 0;
  let placed = false;
  for (const inline of children) {
    if ('type' in inline) {
      const length = inline.children.reduce((n, leaf) => n + leaf.text.length, 0) + 2;
      // Any overlap with a quotation (its “” included), or an insertion strictly inside it.
      if (start < offset + length && end > offset) return undefined;
      if (start === end && start > offset && start < offset + length) return undefined;
      out.push(inline);
      offset += length;
      continue;
    }
    const leafStart = offset;
    const leafEnd = offset + inline.text.length;
    offset = leafEnd;
    if (placed || end < leafStart || start > leafEnd) {
      if (!(placed && start <= leafStart && end >= leafEnd && leafEnd > leafStart)) out.push(inline);
      else if (end < leafEnd) out.push({ ...inline, text: inline.text.slice(end - leafStart) });
      continue;
    }
    // The change starts in this leaf (at its end only when nothing follows in it).
    if (start === leafEnd && leafEnd > leafStart && end === start && children.indexOf(inline) < children.length - 1) {
      out.push(inline);
      continue;
    }
    const keepAfter = end <= leafEnd ? inline.text.slice(end - leafStart) : '';
    out.push({ ...inline, text: inline.text.slice(0, start - leafStart) + inserted + keepAfter });
    placed = true;
    if (end > leafEnd) {
      // The removed span runs on into later leaves: cut them (a quotation in between refuses above).
      continue;
    }
  }
  if (!placed) return undefined;
  const kept = out.filter((inline) => 'type' in inline || inline.text !== '');
  return kept.length > 0 ? kept : [{ text: '' }];
}
