import { LINES_PER_PAGE } from '../export/page-layout.js';

/**
 * Pages on the GB/T 9704 grid: every printed line takes one of the 22 grid
 * lines of a page. Widow control is off in the exporter, so paragraphs
 * split anywhere; only headings keep with the next paragraph (their style's
 * keepNext), which can push a heading — and any run of headings before
 * it — to the next page. This is the one model of LibreOffice's page
 * breaking: the page view and the 汇编's 目录 both lay out with it.
 */

export interface LaidOutParagraph {
  lines: number;
  /** Must share its page with the next paragraph's first line. */
  keepWithNext: boolean;
}

/** Consecutive lines of one paragraph printed on one page. */
export interface PageFragment {
  /** Index of the paragraph in the laid-out list. */
  paragraph: number;
  /** First line of the paragraph on this page (from 0). */
  from: number;
  /** Just past the last line on this page. */
  to: number;
}

export interface PageLayout {
  /** For each paragraph, the page (from 1) its first line is printed on. */
  starts: number[];
  pages: number;
}

export interface PageLayoutWithFragments extends PageLayout {
  /** What each page prints, top to bottom (index 0 is page 1). */
  fragments: PageFragment[][];
}

function keepChainLines(paragraphs: readonly LaidOutParagraph[], from: number): number {
  let lines = 0;
  let i = from;
  for (; paragraphs[i]?.keepWithNext; i++) lines += paragraphs[i]?.lines ?? 0;
  return lines + (paragraphs[i] ? 1 : 0);
}

/** Where each paragraph starts, how many pages they fill and which lines each page prints, starting at the top of a page. */
export function layOutPagesWithFragments(paragraphs: readonly LaidOutParagraph[], linesPerPage = LINES_PER_PAGE): PageLayoutWithFragments {
  const starts: number[] = [];
  const fragments: PageFragment[][] = [[]];
  let pages = 1;
  let used = 0;
  const newPage = (): void => {
    pages++;
    used = 0;
    fragments.push([]);
  };
  paragraphs.forEach((paragraph, i) => {
    if (used === linesPerPage) newPage();
    if (paragraph.keepWithNext && !paragraphs[i - 1]?.keepWithNext && used > 0) {
      // A run of headings moves to the next page with the next paragraph's first line; LibreOffice
      // moves it even when the run is longer than a page (it then flows on from the new page's top).
      if (used + keepChainLines(paragraphs, i) > linesPerPage) newPage();
    } else if (paragraph.keepWithNext && used > 0 && used + paragraph.lines > linesPerPage) {
      // Inside a run longer than a page, a heading that does not fit whole starts the next page.
      newPage();
    }
    starts.push(pages);
    let from = 0;
    while (from < paragraph.lines) {
      if (used === linesPerPage) newPage();
      const to = Math.min(paragraph.lines, from + linesPerPage - used);
      fragments[pages - 1]!.push({ paragraph: i, from, to });
      used += to - from;
      from = to;
    }
  });
  return { starts, pages, fragments };
}

/** Where each paragraph starts and how many pages they fill, starting at the top of a page. */
export function layOutPages(paragraphs: readonly LaidOutParagraph[], linesPerPage = LINES_PER_PAGE): PageLayout {
  const { starts, pages } = layOutPagesWithFragments(paragraphs, linesPerPage);
  return { starts, pages };
}

/** Pages the paragraphs fill, starting at the top of a page. */
export function pagesFilled(paragraphs: readonly LaidOutParagraph[], linesPerPage = LINES_PER_PAGE): number {
  return layOutPages(paragraphs, linesPerPage).pages;
}
