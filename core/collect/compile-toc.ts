import { blankLine, tabRun, textRuns } from '../export/block-paragraphs.js';
import { escapeXml, paragraphXml } from '../export/paragraph-xml.js';
import type { TextLook } from '../export/text-looks.js';
import { ARTICLE_TITLE_STYLE_NAME, COMPILE_STYLE_IDS, TOC_ENTRY_TABS } from './compile-styles.js';

/**
 * The 目录: a Word TOC field over the article titles whose result — the
 * entries with their page numbers — is written in advance from the page
 * plan, so LibreOffice and WPS show it as it is and Word replaces it with
 * its own when it updates fields on opening. Built by hand rather than with
 * docx's TableOfContents, whose written entries carry neither the body's
 * East Asian fonts nor a tab stop at the GB/T 9704 type area's edge.
 */
export interface TocEntry {
  title: string;
  /** 作者（单位）, printed after the title; '' for none. */
  byline: string;
  page: number;
  /** The bookmark on the article's title the entry links to. */
  bookmark: string;
}

/** `\h` hyperlinked entries, `\z` no page numbers in Web view, `\t` entries from the article-title style at level 1. */
export const TOC_INSTRUCTION = ` TOC \\h \\z \\t "${ARTICLE_TITLE_STYLE_NAME},1" `;

const fieldChar = (type: 'begin' | 'separate' | 'end'): string => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
const FIELD_START = `${fieldChar('begin')}<w:r><w:instrText xml:space="preserve">${escapeXml(TOC_INSTRUCTION)}</w:instrText></w:r>${fieldChar('separate')}`;

/** What an entry prints before its page number: 题目　作者（单位）. */
export function tocEntryText(entry: TocEntry): { label: string; page: number } {
  return { label: entry.byline === '' ? entry.title : `${entry.title}\u3000${entry.byline}`, page: entry.page };
}

/**
 * An entry: the title, its writer, a dot leader to the right edge, the page number, all linked to the
 * title's bookmark. (Word rebuilds the entries from the titles alone when it updates the field.)
 */
function entryXml(entry: TocEntry, look: TextLook): string {
  const runs = textRuns(tocEntryText(entry).label, look, false) + tabRun(look) + textRuns(String(entry.page), look, false);
  return `<w:hyperlink w:history="1" w:anchor="${escapeXml(entry.bookmark)}">${runs}</w:hyperlink>`;
}

/**
 * The 目录 heading, then the TOC in a content control of Word's Table of
 * Contents gallery (Update Table works on it), as XML. The field starts in
 * the first entry and ends in the last.
 */
export function tableOfContents(entries: readonly TocEntry[], headingLook: TextLook, entryLook: TextLook): string {
  const heading = paragraphXml({ style: COMPILE_STYLE_IDS.tocHeading, offGrid: true }, textRuns('目  录', headingLook, false));
  const last = entries.length - 1;
  const paragraphs = entries.map((entry, i) =>
    paragraphXml(
      { style: COMPILE_STYLE_IDS.tocEntry, tabs: TOC_ENTRY_TABS },
      (i === 0 ? FIELD_START : '') + entryXml(entry, entryLook) + (i === last ? fieldChar('end') : ''),
    ),
  );
  const properties = '<w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>';
  return `${heading}${blankLine()}<w:sdt>${properties}<w:sdtContent>${paragraphs.join('')}</w:sdtContent></w:sdt>`;
}
