import type { Draft } from '../../core/model/schema.js';
import { blockText } from '../../core/model/text.js';

/**
 * The title as a reader sees it. core/model/create.ts has the same one-liner,
 * but importing it would pull the zod schemas into the renderer bundle.
 */
export function titleOf(draft: Draft): string {
  const title = draft.children.find((block) => block.type === 'title');
  return title ? blockText(title).trim() : '';
}

/** `稿件.gaojiang.json` → `稿件`, for when a draft has no title. */
export function baseNameOf(fileName: string): string {
  return fileName.replace(/(\.gaojiang)?\.json$/i, '') || fileName;
}
