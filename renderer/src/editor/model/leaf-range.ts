import { Node, type BasePoint, type BaseRange } from 'slate';
import type { Block } from '../../../../core/model/schema.js';

/**
 * Slate points for the checks' offsets: a block's leaves concatenated
 * (quote elements' words included, their “” not — the same text nodes
 * Slate has). Offsets beyond the text are clamped to its end.
 */
export function leafPoint(block: Block, blockIndex: number, offset: number, bias: 'start' | 'end' = 'start'): BasePoint {
  let seen = 0;
  let last: BasePoint = { path: [blockIndex, 0], offset: 0 };
  for (const [text, path] of Node.texts(block)) {
    const end = seen + text.text.length;
    // At a boundary between two text nodes, a range's start goes into the next node, its end stays in this one.
    if (offset < end || (offset === end && bias === 'end')) return { path: [blockIndex, ...path], offset: Math.max(0, offset - seen) };
    seen = end;
    last = { path: [blockIndex, ...path], offset: text.text.length };
  }
  return last;
}

/** The range [start, end) of block `blockIndex`'s leaf text. */
export function leafRange(block: Block, blockIndex: number, start: number, end: number): BaseRange {
  const anchor = leafPoint(block, blockIndex, start, 'start');
  const focus = end <= start ? anchor : leafPoint(block, blockIndex, end, 'end');
  return { anchor, focus };
}
