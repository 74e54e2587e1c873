import type { Block, Draft, Inline, TextLeaf } from './schema.js';

export const OPEN_QUOTE = '“';
export const CLOSE_QUOTE = '”';

/**
 * The plain text of an inline as a reader sees it: a quotation gains its
 * “” here, because the model stores only the quoted words.
 */
export function inlineText(inline: Inline): string {
  if ('type' in inline) return OPEN_QUOTE + inline.children.map((leaf) => leaf.text).join('') + CLOSE_QUOTE;
  return inline.text;
}

/** The text of a block without its derived label. */
export function blockText(block: Block): string {
  return (block.children as readonly Inline[]).map(inlineText).join('');
}

/** A block's text with its derived label in front, as printed. */
export function labelledText(block: Block, label: string): string {
  return label + blockText(block);
}

export function textLeaf(text: string, marks: Omit<TextLeaf, 'text'> = {}): TextLeaf {
  return { text, ...marks };
}

/** The draft's title: the text of its first title block (kept here, free of zod, for the renderer). */
export function draftTitle(draft: Draft): string {
  const title = draft.children.find((block) => block.type === 'title');
  return title ? blockText(title).trim() : '';
}
