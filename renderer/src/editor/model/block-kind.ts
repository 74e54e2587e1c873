import { Editor, Transforms } from 'slate';
import type { Block, HeadingLevel } from '../../../../core/model/schema.js';
import { blocksOf, isFixedBlock, selectedBlockIndices } from './blocks.js';

/** What the toolbar and Ctrl+0…5 can turn a block into. */
export type BlockKind = 'paragraph' | 'heading-1' | 'heading-2' | 'heading-3' | 'heading-4' | 'point' | 'closing' | 'salutation' | 'signature';

export const BLOCK_KIND_NAMES: Record<BlockKind, string> = {
  paragraph: '正文',
  'heading-1': '一级标题',
  'heading-2': '二级标题',
  'heading-3': '三级标题',
  'heading-4': '四级标题',
  point: '分点',
  closing: '结束语',
  salutation: '称呼',
  signature: '落款',
};

export function kindOf(block: Block | undefined): BlockKind | 'title' | 'author-line' | undefined {
  if (!block) return undefined;
  return block.type === 'heading' ? `heading-${block.level}` : block.type;
}

/**
 * Turns every selected block (except the title and author line) into `kind`,
 * keeping its section. When all of them already are `kind`, they become
 * body paragraphs again, so the same key toggles.
 */
export function setBlockKind(editor: Editor, kind: BlockKind): void {
  const blocks = blocksOf(editor);
  const indices = selectedBlockIndices(editor).filter((i) => !isFixedBlock(blocks[i]));
  if (indices.length === 0) return;
  const allAlready = indices.every((i) => kindOf(blocks[i]) === kind);
  const target: BlockKind = allAlready && kind !== 'paragraph' ? 'paragraph' : kind;
  Editor.withoutNormalizing(editor, () => {
    for (const i of indices) applyKind(editor, i, target);
  });
}

function applyKind(editor: Editor, index: number, kind: BlockKind): void {
  const at = [index];
  if (kind.startsWith('heading-')) {
    const level = Number(kind.slice('heading-'.length)) as HeadingLevel;
    Transforms.setNodes(editor, { type: 'heading', level }, { at });
    return;
  }
  Transforms.unsetNodes(editor, 'level', { at });
  // The signature and salutation hold plain text only; with-block-shape drops its section and unwraps quotes.
  Transforms.setNodes(editor, { type: kind as Exclude<BlockKind, `heading-${number}`> }, { at });
}
