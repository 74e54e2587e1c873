import { Editor, Element, Node, Range, type Path } from 'slate';
import type { Block, BlockType } from '../../../../core/model/schema.js';
import type { DraftElement } from '../custom-types.js';

/** The editor's top-level nodes as draft blocks (normalisation keeps them so). */
export function blocksOf(editor: Editor): readonly Block[] {
  return editor.children as Block[];
}

export function isBlock(node: unknown): node is Block {
  return Element.isElement(node) && node.type !== 'quote';
}

export function isQuote(node: unknown): node is Extract<DraftElement, { type: 'quote' }> {
  return Element.isElement(node) && node.type === 'quote';
}

/** A block with no characters at all (quotes included). */
export function isEmptyBlock(block: Block): boolean {
  return Node.string(block) === '';
}

/** Blocks that hold plain text only: no quotations inside. */
export const TEXT_ONLY_BLOCKS: ReadonlySet<BlockType> = new Set(['title', 'author-line', 'salutation', 'signature']);

/** The title and author line head the draft; nothing moves past them. */
export function isFixedBlock(block: Block | undefined): boolean {
  return block?.type === 'title' || block?.type === 'author-line';
}

export function sectionOf(block: Block | undefined): string | undefined {
  return block && 'section' in block ? block.section : undefined;
}

/** Index of the top-level block holding the selection's anchor (or focus), if any. */
export function selectedBlockIndex(editor: Editor): number | undefined {
  const selection = editor.selection;
  if (!selection) return undefined;
  const index = selection.anchor.path[0];
  return index !== undefined && index < editor.children.length ? index : undefined;
}

/** Indices of the top-level blocks the selection touches, in order. */
export function selectedBlockIndices(editor: Editor): number[] {
  const selection = editor.selection;
  if (!selection) return [];
  const [start, end] = Range.edges(selection);
  const from = start.path[0] ?? 0;
  const to = end.path[0] ?? from;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The top-level block entry around the collapsed cursor, if the selection is collapsed. */
export function collapsedBlock(editor: Editor): [Block, Path] | undefined {
  if (!editor.selection || !Range.isCollapsed(editor.selection)) return undefined;
  const index = editor.selection.anchor.path[0];
  const block = index === undefined ? undefined : editor.children[index];
  return isBlock(block) ? [block, [index!]] : undefined;
}

/** Whether the collapsed cursor sits at the very start / end of block `path`. */
export function cursorAtStart(editor: Editor, path: Path): boolean {
  return !!editor.selection && Editor.isStart(editor, editor.selection.anchor, path);
}

export function cursorAtEnd(editor: Editor, path: Path): boolean {
  return !!editor.selection && Editor.isEnd(editor, editor.selection.anchor, path);
}

/** An empty block of `type` carrying `section` when the type allows one. */
export function emptyBlock(type: 'paragraph' | 'point' | 'closing', section: string | undefined): Block {
  return section ? { type, section, children: [{ text: '' }] } : { type, children: [{ text: '' }] };
}

/** An empty block of the same type, section and level as `block`. */
export function blankLike(block: Block): Block {
  const { children: _children, ...props } = block;
  return { ...props, children: [{ text: '' }] } as Block;
}
