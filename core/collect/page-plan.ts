import { printedItems, type PrintedItem } from '../export/draft-paragraphs.js';
import { LINES_PER_PAGE, SIGNATURE_RIGHT_INDENT } from '../export/page-layout.js';
import { labelledText } from '../model/text.js';
import type { CollectionArticle } from './articles.js';
import { BODY_LINE, countLines, TITLE_LINE, TYPE_AREA_WIDTH, type LineMetrics } from './line-breaking.js';

/**
 * Where each article of a compilation starts, estimated on the GB/T 9704
 * grid so the table of contents can be written with its page numbers:
 * LibreOffice and WPS show a TOC field's written entries as they are, and
 * Word refreshes them on opening (settings.xml updateFields).
 *
 * Every printed line takes one grid line (22 a page): body paragraphs are
 * broken into lines by line-breaking.ts; a title line of 22 pt type takes
 * exactly one pitch (the Title style's exact spacing); empty lines take one.
 * Widow control is off in the exporter, so paragraphs split anywhere; only
 * headings keep with the next paragraph (their style's keepNext), which
 * can push a heading to the next page.
 */

const CENTRED_LINE: LineMetrics = { ...BODY_LINE, firstLineIndent: 0 };
const SIGNATURE_LINE: LineMetrics = { ...BODY_LINE, width: TYPE_AREA_WIDTH - SIGNATURE_RIGHT_INDENT, firstLineIndent: 0 };

export interface LaidOutParagraph {
  lines: number;
  /** Must share its page with the next paragraph's first line. */
  keepWithNext: boolean;
}

function laidOut(item: PrintedItem): LaidOutParagraph {
  if (item.kind === 'blank') return { lines: 1, keepWithNext: false };
  const text = labelledText(item.block, item.label);
  switch (item.block.type) {
    case 'title':
      return { lines: countLines(text, TITLE_LINE), keepWithNext: false };
    case 'author-line':
      return { lines: countLines(text, CENTRED_LINE), keepWithNext: false };
    case 'heading':
      return { lines: countLines(text, BODY_LINE), keepWithNext: true };
    case 'signature':
      return { lines: countLines(text, SIGNATURE_LINE), keepWithNext: false };
    default:
      return { lines: countLines(text, BODY_LINE), keepWithNext: false };
  }
}

/** An article as printed in the compilation: its 第N篇 line, then the draft's paragraphs as the exporter prints them. */
export function articleParagraphs(article: CollectionArticle): LaidOutParagraph[] {
  return [{ lines: 1, keepWithNext: false }, ...printedItems(article.draft, true).map(laidOut)];
}

export interface PageLayout {
  /** For each paragraph, the page (from 1) its first line is printed on. */
  starts: number[];
  pages: number;
}

/** Where each paragraph starts and how many pages they fill, starting at the top of a page. */
export function layOutPages(paragraphs: readonly LaidOutParagraph[], linesPerPage = LINES_PER_PAGE): PageLayout {
  const starts: number[] = [];
  let pages = 1;
  let used = 0;
  paragraphs.forEach((paragraph, i) => {
    if (used === linesPerPage) {
      pages++;
      used = 0;
    }
    if (paragraph.keepWithNext && !paragraphs[i - 1]?.keepWithNext && used > 0) {
      // A run of headings moves to the next page with the next paragraph's first line; LibreOffice
      // moves it even when the run is longer than a page (it then flows on from the new page's top).
      if (used + keepChainLines(paragraphs, i) > linesPerPage) {
        pages++;
        used = 0;
      }
    } else if (paragraph.keepWithNext && used > 0 && used + paragraph.lines > linesPerPage) {
      // Inside a run longer than a page, a heading that does not fit whole starts the next page.
      pages++;
      used = 0;
    }
    starts.push(pages);
    used += paragraph.lines;
    while (used > linesPerPage) {
      pages++;
      used -= linesPerPage;
    }
  });
  return { starts, pages };
}

/** Pages the paragraphs fill, starting at the top of a page. */
export function pagesFilled(paragraphs: readonly LaidOutParagraph[], linesPerPage = LINES_PER_PAGE): number {
  return layOutPages(paragraphs, linesPerPage).pages;
}

function keepChainLines(paragraphs: readonly LaidOutParagraph[], from: number): number {
  let lines = 0;
  let i = from;
  for (; paragraphs[i]?.keepWithNext; i++) lines += paragraphs[i]?.lines ?? 0;
  return lines + (paragraphs[i] ? 1 : 0);
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

const TOC_ENTRY_LINE: LineMetrics = { ...BODY_LINE, firstLineIndent: 0 };

/**
 * Pages the 目录 fills: its heading line, a blank line and one entry per
 * article (题目　作者（单位）, the dot leader and the page number, which
 * wraps like body text).
 */
export function tocPages(entries: readonly { label: string; page: number }[], linesPerPage = LINES_PER_PAGE): number {
  const lines = entries.map(({ label, page }) => ({ lines: countLines(`${label}\u3000${page}`, TOC_ENTRY_LINE), keepWithNext: false }));
  return pagesFilled([{ lines: 2, keepWithNext: false }, ...lines], linesPerPage);
}
