import { FileChild, OnOffElement, ParagraphProperties, type BookmarkEnd, type BookmarkStart, type TextRun } from 'docx';

/**
 * A paragraph that does not snap to the document's line grid
 * (`<w:snapToGrid w:val="0"/>`), which docx's Paragraph cannot express.
 * Word already leaves a paragraph with exact line spacing off the grid;
 * LibreOffice needs this element as well.
 */
export class GridFreeParagraph extends FileChild {
  constructor(style: string, runs: readonly (TextRun | BookmarkStart | BookmarkEnd)[]) {
    super('w:p');
    const properties = new ParagraphProperties({ style });
    // CT_PPr order: pStyle comes before snapToGrid, so appending is valid.
    properties.push(new OnOffElement('w:snapToGrid', false));
    this.root.push(properties, ...runs);
  }
}
