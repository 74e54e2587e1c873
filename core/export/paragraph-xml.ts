import { CHARACTER_SPACING } from './page-layout.js';
import type { RunFonts } from './font-profiles.js';

/**
 * Paragraphs and runs written as WordprocessingML text. The body of an
 * export or a 汇编 (tens of thousands of runs) is written here rather than
 * as docx's objects: building those trees and serializing them with docx's
 * XML writer was most of a 汇编's time, far from issue #5's goal (pandoc ÷
 * ours ≥ 2). docx still writes the package around it (styles, settings,
 * sections, footers, notes, relationships); see xml-fragments.ts.
 * The XML is what docx wrote for the same content, element for element.
 */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Characters XML 1.0 forbids (C0 controls but tab/newline/CR, U+FFFE/FFFF,
 * unpaired surrogates). One of them makes Word refuse the whole file.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

/** Text without the characters XML forbids: for runs, and for the document properties docx writes (it keeps U+FFFF). */
export const withoutXmlForbidden = (text: string): string => text.replace(XML_FORBIDDEN, '');

/** Text or an attribute value escaped for XML (quotes too, as docx does). */
export const escapeXml = (text: string): string => (/[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char) : text);

export interface RunFormat {
  fonts: RunFonts;
  /** Half-points. */
  size: number;
  bold: boolean;
}

/** A run's w:rPr: the fonts with their East Asian hint, bold, the 28-characters-a-line tightening, the size. */
export function runPropertiesXml({ fonts, size, bold }: RunFormat): string {
  const font = (name: string): string => escapeXml(name);
  return (
    '<w:rPr>' +
    `<w:rFonts w:ascii="${font(fonts.ascii)}" w:cs="${font(fonts.cs)}" w:eastAsia="${font(fonts.eastAsia)}" w:hAnsi="${font(fonts.hAnsi)}" w:hint="${fonts.hint}"/>` +
    (bold ? '<w:b/><w:bCs/>' : '') +
    `<w:spacing w:val="${CHARACTER_SPACING}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` +
    '</w:rPr>'
  );
}

/** A run of text (already free of characters XML forbids) under prepared properties. */
export const textRunXml = (properties: string, text: string): string =>
  `<w:r>${properties}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** A run holding a tab character (the TOC's dot leader to the page number). */
export const tabRunXml = (properties: string): string => `<w:r>${properties}<w:tab/></w:r>`;

/** A line break inside a paragraph. */
export const LINE_BREAK_RUN = '<w:r><w:br/></w:r>';

/** The reference mark of footnote `id` in the text. */
export const footnoteReferenceXml = (id: number): string =>
  `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;

/** Content between a bookmark's start and end (the 目录's links point at the article titles). */
export const bookmarkedXml = (name: string, id: number, content: string): string =>
  `<w:bookmarkStart w:name="${escapeXml(name)}" w:id="${id}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;

export interface TabStop {
  type: string;
  /** Twips from the start of the line. */
  position: number;
  leader: string;
}

/** A paragraph's own formatting on top of its style. */
export interface ParagraphFormat {
  style: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  tabs?: readonly TabStop[];
  /**
   * Off the document's line grid (`<w:snapToGrid w:val="false"/>`), for lines
   * taller than one pitch. Word already leaves a paragraph with exact line
   * spacing off the grid; LibreOffice needs this element as well.
   */
  offGrid?: boolean;
  indent?: { firstLine: number; firstLineChars: number } | { right: number };
  alignment?: 'left' | 'center' | 'right' | 'both';
}

function indentXml(indent: NonNullable<ParagraphFormat['indent']>): string {
  return 'right' in indent
    ? `<w:ind w:right="${Math.round(indent.right)}" w:firstLine="0" w:firstLineChars="0"/>`
    : `<w:ind w:firstLine="${indent.firstLine}" w:firstLineChars="${indent.firstLineChars}"/>`;
}

/** w:pPr in the order CT_PPr requires. */
function paragraphPropertiesXml(format: ParagraphFormat): string {
  const tabs = format.tabs?.map((tab) => `<w:tab w:val="${tab.type}" w:pos="${tab.position}" w:leader="${tab.leader}"/>`).join('');
  return (
    `<w:pPr><w:pStyle w:val="${escapeXml(format.style)}"/>` +
    (format.keepNext ? '<w:keepNext/>' : '') +
    (format.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    (tabs ? `<w:tabs>${tabs}</w:tabs>` : '') +
    (format.offGrid ? '<w:snapToGrid w:val="false"/>' : '') +
    (format.indent ? indentXml(format.indent) : '') +
    (format.alignment ? `<w:jc w:val="${format.alignment}"/>` : '') +
    '</w:pPr>'
  );
}

/** One w:p: its formatting, then its content (runs, bookmarks, field characters, hyperlinks). */
export const paragraphXml = (format: ParagraphFormat, content = ''): string => `<w:p>${paragraphPropertiesXml(format)}${content}</w:p>`;
