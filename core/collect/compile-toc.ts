import { BuilderElement, FileChild, InternalHyperlink, Paragraph, ParagraphProperties, Tab, TextRun, type XmlComponent } from 'docx';
import { GridFreeParagraph } from '../export/grid-free-paragraph.js';
import { textRuns } from '../export/block-paragraphs.js';
import { CHARACTER_SPACING } from '../export/page-layout.js';
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
  page: number;
  /** The bookmark on the article's title the entry links to. */
  bookmark: string;
}

/** `\h` hyperlinked entries, `\z` no page numbers in Web view, `\t` entries from the article-title style at level 1. */
export const TOC_INSTRUCTION = ` TOC \\h \\z \\t "${ARTICLE_TITLE_STYLE_NAME},1" `;

class FieldChar extends BuilderElement<{ type: string }> {
  constructor(type: 'begin' | 'separate' | 'end') {
    super({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } });
  }
}

class FieldInstruction extends BuilderElement<{ space: string }> {
  constructor(instruction: string) {
    super({ name: 'w:instrText', attributes: { space: { key: 'xml:space', value: 'preserve' } } });
    this.root.push(instruction);
  }
}

const run = (...children: XmlComponent[]) => new BuilderElement({ name: 'w:r', children });

function entryRuns(entry: TocEntry, look: TextLook): TextRun[] {
  const format = { font: look.fonts, size: look.size, characterSpacing: CHARACTER_SPACING };
  return [
    ...textRuns(entry.title, look, false),
    new TextRun({ ...format, children: [new Tab()] }),
    new TextRun({ ...format, text: String(entry.page) }),
  ];
}

/** The 目录 heading, then the TOC in a content control of Word's Table of Contents gallery (Update Table works on it). */
export function tableOfContents(entries: readonly TocEntry[], headingLook: TextLook, entryLook: TextLook): FileChild[] {
  const heading = new GridFreeParagraph(COMPILE_STYLE_IDS.tocHeading, [
    ...textRuns('目  录', headingLook, false),
  ]);
  const last = entries.length - 1;
  const paragraphs = entries.map(
    (entry, i) =>
      new TocEntryParagraph([
        ...(i === 0 ? [run(new FieldChar('begin')), run(new FieldInstruction(TOC_INSTRUCTION)), run(new FieldChar('separate'))] : []),
        new InternalHyperlink({ anchor: entry.bookmark, children: entryRuns(entry, entryLook) }),
        ...(i === last ? [run(new FieldChar('end'))] : []),
      ]),
  );
  return [heading, new Paragraph({ style: 'Normal', children: [] }), new TocContentControl(paragraphs)];
}

/** docx's Paragraph takes no raw field characters; the TOC field starts in the first entry and ends in the last. */
class TocEntryParagraph extends FileChild {
  constructor(children: readonly XmlComponent[]) {
    super('w:p');
    this.root.push(new ParagraphProperties({ style: COMPILE_STYLE_IDS.tocEntry, tabStops: TOC_ENTRY_TABS }), ...children);
  }
}

class TocContentControl extends FileChild {
  constructor(paragraphs: readonly XmlComponent[]) {
    super('w:sdt');
    const gallery = new BuilderElement({ name: 'w:docPartGallery', attributes: { val: { key: 'w:val', value: 'Table of Contents' } } });
    const partObject = new BuilderElement({ name: 'w:docPartObj', children: [gallery, new BuilderElement({ name: 'w:docPartUnique' })] });
    this.root.push(new BuilderElement({ name: 'w:sdtPr', children: [partObject] }));
    this.root.push(new BuilderElement({ name: 'w:sdtContent', children: paragraphs }));
  }
}
