import type { BlockView } from '../block-view.js';

/**
 * The articles of a draft: a compilation holds several, each opening with a
 * title. Repetition is judged within one article — two writers may well use
 * the same sentence.
 */
export function splitArticles(views: readonly BlockView[], articleOf: readonly number[]): BlockView[][] {
  const articles = new Map<number, BlockView[]>();
  for (const view of views) {
    const key = articleOf[view.index] ?? -1;
    const list = articles.get(key) ?? [];
    list.push(view);
    articles.set(key, list);
  }
  return [...articles.values()];
}
