import type { Draft } from '../model/schema.js';
import { blockText } from '../model/text.js';
import { parseAuthorLine } from './author-line.js';

/**
 * The draft with `meta.author` / `meta.unit` taken from its printed author
 * line, when that line names them. The line is what readers (and organizers
 * matching files to a roster) see, so it wins over what the wizard filled in
 * earlier: a writer who retypes “某某县农业农村局 刘洋” under the title has
 * signed as 刘洋. A line that names no unit leaves the unit as it was.
 */
export function withAuthorFromLine(draft: Draft): Draft {
  const line = draft.children.find((block) => block.type === 'author-line');
  const signed = line ? parseAuthorLine(blockText(line).trim()) : undefined;
  if (!signed || signed.author === '') return draft;
  const unit = signed.unit || draft.meta.unit;
  if (signed.author === draft.meta.author && unit === draft.meta.unit) return draft;
  return { ...draft, meta: { ...draft.meta, author: signed.author, unit } };
}
