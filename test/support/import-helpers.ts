import { deriveLabels } from '../../core/model/numbering.js';
import { blockText } from '../../core/model/text.js';
import type { Block, Draft } from '../../core/model/schema.js';

/** Block kinds in order: `p` paragraph, `pt` point, `h1`…`h4` headings, other types by name. */
export const kinds = (draft: Draft): string[] =>
  draft.children.map((block) =>
    block.type === 'heading' ? `h${block.level}` : block.type === 'paragraph' ? 'p' : block.type === 'point' ? 'pt' : block.type,
  );

/** The labels of the numbered blocks (headings and points), in order. */
export const numberedLabels = (draft: Draft): string[] => {
  const labels = deriveLabels(draft.children, draft.numbering);
  return draft.children.flatMap((block, i) => (block.type === 'heading' || block.type === 'point' ? [labels[i] ?? ''] : []));
};

export const headingTexts = (draft: Draft): string[] => draft.children.filter((b) => b.type === 'heading').map(blockText);

/** Each point's lead clause (its leading inlines marked `lead`). */
export const pointLeads = (draft: Draft): string[] =>
  draft.children
    .filter((block): block is Extract<Block, { type: 'point' }> => block.type === 'point')
    .map((block) => block.children.filter((inline) => 'text' in inline && inline.lead).map((inline) => ('text' in inline ? inline.text : '')).join(''));

/** The draft as printed: derived labels in front of every block's text. */
export const printedText = (draft: Draft): string => {
  const labels = deriveLabels(draft.children, draft.numbering);
  return draft.children.map((block, i) => (labels[i] ?? '') + blockText(block)).join('\n');
};

/** Text without whitespace, for comparing what was kept regardless of line breaks. */
export const squeeze = (text: string): string => text.replace(/[\s\u3000]/g, '');
