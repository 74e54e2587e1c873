import { LINES_PER_PAGE } from '../export/page-layout.js';
import { layOutPages, pagesFilled, type LaidOutParagraph } from '../pages/layout.js';
import { countLines } from '../pages/line-breaking.js';
import { laidOut, printedParagraphs, UNINDENTED_LINE } from '../pages/paginate.js';
import type { CollectionArticle } from './articles.js';

/**
 * Where each article of a compilation starts, estimated on the GB/T 9704
 * grid so the table of contents can be written with its page numbers:
 * LibreOffice and WPS show a TOC field's written entries as they are, and
 * Word refreshes them on opening (settings.xml updateFields).
 *
 * The lines and pages are the page view's (core/pages): each article is
 * its 第N篇 line, then its draft's printed paragraphs, laid out on the grid.
 */

export { layOutPages, pagesFilled, type LaidOutParagraph };
export type { PageLayout } from '../pages/layout.js';

/** An article as printed in the compilation: its 第N篇 line, then the draft's paragraphs as the exporter prints them. */
export function articleParagraphs(article: CollectionArticle): LaidOutParagraph[] {
  return [{ lines: 1, keepWithNext: false }, ...printedParagraphs(article.draft, true).map(laidOut)];
}

export interface ArticlePages {
  /** Page number (the body is numbered from 1) of the article's first page. */
  startPage: number;
  pages: number;
  /** A blank page is printed before the article so that it starts on an odd page (双面打印). */
  blankBefore: boolean;
}

/**
 * Each article starts on a new page; the body's page numbers start at 1.
 * With `oddStarts` (double-sided printing) every article starts on an odd
 * page, a blank page before it where the previous one ends on an odd page.
 */
export function planPages(articles: readonly CollectionArticle[], oddStarts = false): ArticlePages[] {
  let next = 1;
  return articles.map((article) => {
    const blankBefore = oddStarts && next % 2 === 0;
    if (blankBefore) next++;
    const pages = pagesFilled(articleParagraphs(article));
    const planned = { startPage: next, pages, blankBefore };
    next += pages;
    return planned;
  });
}

const TOC_ENTRY_LINE = UNINDENTED_LINE;

/**
 * Pages the 目录 fills: its heading line, a blank line and one entry per
 * article (题目　作者（单位）, the dot leader and the page number, which
 * wraps like body text).
 */
export function tocPages(entries: readonly { label: string; page: number }[], linesPerPage = LINES_PER_PAGE): number {
  const lines = entries.map(({ label, page }) => ({ lines: countLines(`${label}\u3000${page}`, TOC_ENTRY_LINE), keepWithNext: false }));
  return pagesFilled([{ lines: 2, keepWithNext: false }, ...lines], linesPerPage);
}
