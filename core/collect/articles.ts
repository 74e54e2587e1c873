import { authorLineText } from '../model/create.js';
import type { Block, Draft } from '../model/schema.js';
import { blockText } from '../model/text.js';
import { withAuthorFromLine } from '../import/draft-author.js';

/**
 * One article of a collection (汇编): a draft of its own holding one title
 * group, its author line and its body. A draft may hold several articles
 * — a title block restarts the numbering (see core/model/numbering.ts) —
 * so a submission's draft is split here, at each title that starts a
 * title group.
 */
export interface CollectionArticle {
  draft: Draft;
  title: string;
  /** The 作者/单位 line as printed, '' when the article has none. */
  authorLine: string;
  /** 作者（单位） for the 目录, '' when nobody is named. */
  byline: string;
  /** Where it came from (a file name), for messages and reports. */
  source: string;
}

/** A title block directly after another is the same title group (main title and subtitle). */
function startsArticle(blocks: readonly Block[], index: number): boolean {
  return blocks[index]?.type === 'title' && blocks[index - 1]?.type !== 'title';
}

function hasText(blocks: readonly Block[]): boolean {
  return blocks.some((block) => blockText(block).trim() !== '');
}

/** The title group's text: a subtitle joins the main title with a space (——副标题 joins directly). */
export function titleOf(blocks: readonly Block[]): string {
  const titles: string[] = [];
  for (const block of blocks) {
    if (block.type !== 'title') break;
    const text = blockText(block).trim();
    if (text) titles.push(text);
  }
  return titles.reduce((joined, part) => (joined === '' ? part : part.startsWith('——') ? joined + part : `${joined} ${part}`), '');
}

/**
 * The articles of one draft. Blocks before the first title (a preface, or
 * a draft without any title) become an article titled `fallbackTitle`.
 * An article without an author line gets one from the draft's meta
 * (author, unit), so the organizer sees who wrote it.
 */
export function articlesOf(draft: Draft, source: string, fallbackTitle = source): CollectionArticle[] {
  const groups: Block[][] = [];
  draft.children.forEach((block, i) => {
    if (startsArticle(draft.children, i) || groups.length === 0) groups.push([]);
    groups[groups.length - 1]?.push(block);
  });
  return groups
    .filter((blocks) => blocks[0]?.type === 'title' || hasText(blocks))
    .map((blocks) => {
      // An article needs a title in a 汇编 and its 目录: an untitled one (an imported page whose title
      // was not found) is printed under its fallback, the submission's title or file name.
      const fallback: Block = { type: 'title', children: [{ text: fallbackTitle }] };
      const titled: Block[] = blocks[0]?.type !== 'title' ? [fallback, ...blocks] : titleOf(blocks) === '' ? [fallback, ...blocks.slice(1)] : blocks;
      const withAuthor = withAuthorLine(titled, authorLineText(draft.meta));
      const articleDraft = withAuthorFromLine({ ...draft, children: withAuthor });
      return {
        draft: articleDraft,
        title: titleOf(withAuthor),
        authorLine: withAuthor.filter((block) => block.type === 'author-line').map(blockText).join(' '),
        byline: bylineOf(articleDraft.meta),
        source,
      };
    });
}

/** 张三（办公室）, 张三, or '' — how a 目录 names the writer. */
export function bylineOf({ author, unit }: Pick<Draft['meta'], 'author' | 'unit'>): string {
  if (author.trim() === '') return unit.trim();
  return unit.trim() === '' ? author.trim() : `${author.trim()}（${unit.trim()}）`;
}

function withAuthorLine(blocks: Block[], fromMeta: string): Block[] {
  if (fromMeta === '' || blocks.some((block) => block.type === 'author-line')) return blocks;
  const afterTitles = blocks.findIndex((block) => block.type !== 'title');
  const at = afterTitles === -1 ? blocks.length : afterTitles;
  return [...blocks.slice(0, at), { type: 'author-line', children: [{ text: fromMeta }] }, ...blocks.slice(at)];
}
