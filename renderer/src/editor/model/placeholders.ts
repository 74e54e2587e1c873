import type { Block } from '../../../../core/model/schema.js';
import { guidanceFor } from '../../../../core/templates/instantiate.js';
import type { Template } from '../../../../core/templates/schema.js';
import { isEmptyBlock } from './blocks.js';

export const TITLE_HINT = '请输入标题';
export const FREE_DRAFT_HINT = '在此输入正文，或粘贴已有材料：以“一是”“一、”“（一）”开头的段落会自动变成分点和标题，编号由稿匠生成。';

/**
 * The grey hint an empty block shows (never text, never exported): the
 * opening sentence of its section's guidance in a template draft (the whole
 * guidance is in the 写作要点 panel; three copies of a paragraph of advice
 * under 一是/二是/三是 would drown the page); in a free draft only the title
 * and a body that is still a single empty paragraph get one, since hints in
 * every empty line would be noise.
 */
export function placeholderFor(block: Block, index: number, blocks: readonly Block[], template: Template | null): string {
  if (!isEmptyBlock(block)) return '';
  if (block.type === 'title') return TITLE_HINT;
  if (template) {
    const guidance = firstSentence(guidanceFor(template, block));
    if (guidance) return guidance;
  }
  const bodyIsOneEmptyParagraph =
    block.type === 'paragraph' && blocks.every((other, i) => i === index || other.type === 'title' || other.type === 'author-line');
  return bodyIsOneEmptyParagraph ? FREE_DRAFT_HINT : '';
}

/** Up to and including the first 。！？, with … when more follows. */
export function firstSentence(text: string): string {
  const end = /[。！？]/.exec(text);
  if (!end || end.index === text.length - 1) return text;
  return `${text.slice(0, end.index + 1)}…`;
}
