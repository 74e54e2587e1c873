import { DEFAULT_NUMBERING } from './numbering.js';
import { DRAFT_SCHEMA_VERSION, type Block, type Draft, type DraftMeta } from './schema.js';

export const EMPTY_META: DraftMeta = {
  author: '',
  unit: '',
  date: '',
  theme: '',
  genre: '研讨发言',
  templateId: '',
};

/** The 作者/单位 line as printed under the title: 单位 then 姓名, separated by a space. */
export function authorLineText(meta: Pick<DraftMeta, 'author' | 'unit'>): string {
  return [meta.unit, meta.author].filter((part) => part.trim() !== '').join(' ');
}

/** A new draft with a title block, an author line when author or unit is known, and one empty paragraph. */
export function createDraft(title: string, meta: Partial<DraftMeta> = {}): Draft {
  const fullMeta = { ...EMPTY_META, ...meta };
  const authorLine = authorLineText(fullMeta);
  const children: Block[] = [{ type: 'title', children: [{ text: title }] }];
  if (authorLine) children.push({ type: 'author-line', children: [{ text: authorLine }] });
  children.push({ type: 'paragraph', children: [{ text: '' }] });
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    meta: fullMeta,
    numbering: { ...DEFAULT_NUMBERING },
    children,
  };
}
