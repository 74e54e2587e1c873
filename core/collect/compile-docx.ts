import { Document } from 'docx';
import { blockParagraph, textRuns, titleRuns } from '../export/block-paragraphs.js';
import { STYLE_IDS } from '../export/styles.js';
import { draftParagraphs } from '../export/draft-paragraphs.js';
import { TYPEFACES } from '../export/font-profiles.js';
import { fontTablePart } from '../export/font-table.js';
import { FontProfileSchema, type FontProfile } from '../export/options.js';
import { gbt9704Section } from '../export/page-layout.js';
import { pageNumberFooters } from '../export/page-number-footer.js';
import { bookmarkedXml, paragraphXml, withoutXmlForbidden } from '../export/paragraph-xml.js';
import { textLooks, type TextLooks } from '../export/text-looks.js';
import { packDocx, paragraphsFragment } from '../export/xml-fragments.js';
import { GaojiangError } from '../errors.js';
import type { Block } from '../model/schema.js';
import type { CollectionArticle } from './articles.js';
import { coverParagraphs } from './compile-cover.js';
import { COMPILE_STYLE_IDS, compileStyles } from './compile-styles.js';
import { tableOfContents, tocEntryText, type TocEntry } from './compile-toc.js';
import { planPages, tocPages, type ArticlePages } from './page-plan.js';

/**
 * The 汇编: one .docx built from the articles' draft models (never by
 * merging Word files), in three sections —
 * 1. the cover, without a page number;
 * 2. the 目录, a TOC field written with its entries and page numbers;
 * 3. the body, numbered “— 1 —” on, each article on a new page under its
 *    第N篇 line, then the article as the single export prints it.
 * Pure: returns the bytes; the caller writes the file.
 */
export interface CompileOptions {
  title: string;
  /** The organizing unit printed on the cover. */
  unit?: string;
  /** Printed on the cover; an ISO date is written 2025年6月12日. */
  date?: string;
  fonts?: FontProfile;
  /**
   * 双面打印: the body starts on an odd sheet side (a blank page after a 目录
   * that ends on an odd page), so 第1篇 faces up when the booklet is bound.
   */
  duplex?: boolean;
  /** With `duplex`, every article starts on an odd page too (a blank page before it where needed). */
  articlesOnOddPages?: boolean;
  /** Called after each article is laid out: (articles done, articles in all). */
  onProgress?: (done: number, total: number) => void;
}

export interface CompiledArticle extends ArticlePages {
  number: number;
  title: string;
  authorLine: string;
  byline: string;
  source: string;
}

export interface CompiledCollection {
  bytes: Uint8Array<ArrayBuffer>;
  articles: CompiledArticle[];
}

const bookmarkOf = (number: number): string => `_TocArticle${number}`;

/** An empty paragraph alone on a page of its own: the blank side 双面打印 needs. */
const BLANK_PAGE = paragraphXml({ style: STYLE_IDS.normal, pageBreakBefore: true });

/** 第N篇: the article's number, derived from its position. */
export const articleNumberText = (number: number): string => `第${number}篇`;

function articleNumberParagraph(number: number, looks: TextLooks, newPage: boolean): string {
  return paragraphXml(
    // The first article starts its section's first page already; a second break would leave a page empty.
    { style: COMPILE_STYLE_IDS.articleNumber, pageBreakBefore: newPage },
    textRuns(articleNumberText(number), looks.headings[1], false),
  );
}

/** The article's paragraphs: its first title line carries the bookmark the 目录 links to and the style the TOC field collects. */
function articleBody(article: CollectionArticle, number: number, looks: TextLooks): string {
  let bookmarked = false;
  const paragraphOf = (block: Block, label: string, bodyLooks: TextLooks): string => {
    if (block.type !== 'title') return blockParagraph(block, label, bodyLooks);
    const runs = titleRuns(block, bodyLooks.title);
    const format = { style: COMPILE_STYLE_IDS.articleTitle, offGrid: true };
    if (bookmarked) return paragraphXml(format, runs);
    bookmarked = true;
    return paragraphXml(format, bookmarkedXml(bookmarkOf(number), number, runs));
  };
  return draftParagraphs(article.draft, looks, true, paragraphOf);
}

export async function compileCollection(articles: readonly CollectionArticle[], options: CompileOptions): Promise<CompiledCollection> {
  if (articles.length === 0) throw new GaojiangError('invalid-input', '没有可汇编的稿件。', 'compile without articles');
  const typefaces = TYPEFACES[FontProfileSchema.parse(options.fonts ?? 'gb2312')];
  const looks = textLooks(typefaces);
  const plan = planPages(articles, options.duplex === true && options.articlesOnOddPages === true);
  const compiled = articles.map((article, i) => ({
    number: i + 1,
    title: article.title,
    authorLine: article.authorLine,
    byline: article.byline,
    source: article.source,
    ...(plan[i] as ArticlePages),
  }));
  const entries: TocEntry[] = articles.map((article, i) => ({
    title: article.title,
    byline: article.byline,
    page: (plan[i] as ArticlePages).startPage,
    bookmark: bookmarkOf(i + 1),
  }));

  let body = '';
  articles.forEach((article, i) => {
    if (plan[i]?.blankBefore) body += BLANK_PAGE;
    body += articleNumberParagraph(i + 1, looks, i > 0) + articleBody(article, i + 1, looks);
    options.onProgress?.(i + 1, articles.length);
  });

  // The cover takes one page; the body starts on an odd physical page when cover + 目录 fill an even number.
  const toc = tableOfContents(entries, looks.title, looks.body);
  const tocPadding = options.duplex && (1 + tocPages(entries.map(tocEntryText))) % 2 === 1 ? BLANK_PAGE : '';
  const cover = coverParagraphs({ title: options.title, unit: options.unit ?? '', date: options.date ?? '' }, looks);
  const document = new Document({
    title: withoutXmlForbidden(options.title),
    creator: withoutXmlForbidden(options.unit ?? ''),
    lastModifiedBy: withoutXmlForbidden(options.unit ?? ''),
    evenAndOddHeaderAndFooters: true,
    // Word recomputes the 目录 when it opens the file (it asks first); LibreOffice and WPS show the written one.
    features: { updateFields: true },
    styles: compileStyles(looks),
    sections: [
      // Sections without footers: Word would carry a previous section's footer over, but these come first.
      { properties: gbt9704Section, children: [paragraphsFragment(cover)] },
      { properties: gbt9704Section, children: [paragraphsFragment(toc + tocPadding)] },
      {
        properties: { ...gbt9704Section, page: { ...gbt9704Section.page, pageNumbers: { start: 1 } } },
        footers: pageNumberFooters(looks.pageNumber),
        children: [paragraphsFragment(body)],
      },
    ],
  });
  return { bytes: await packDocx(document, [fontTablePart(typefaces)]), articles: compiled };
}
