import { BuilderElement, Document } from 'docx';
import { withAuthorFromLine } from '../import/draft-author.js';
import { DRAFT_PART_PATH, DRAFT_PART_PROPERTIES_PATH, draftPartPropertiesXml, draftPartXml } from '../import/embedded-draft.js';
import { draftTitle } from '../model/text.js';
import type { Draft } from '../model/schema.js';
import { parseOrThrow } from '../validation.js';
import { blockParagraph } from './block-paragraphs.js';
import { draftParagraphs } from './draft-paragraphs.js';
import { TYPEFACES } from './font-profiles.js';
import { fontTablePart } from './font-table.js';
import { ExportOptionsSchema, type ExportOptionsInput } from './options.js';
import { pageNumberFooters } from './page-number-footer.js';
import { gbt9704Section } from './page-layout.js';
import { withoutXmlForbidden } from './paragraph-xml.js';
import { footnoteAfterQuote, sourceListParagraphs } from './quote-sources.js';
import { documentStyles } from './styles.js';
import { textLooks } from './text-looks.js';
import { packDocx, paragraphsFragment } from './xml-fragments.js';

/**
 * The draft as .docx bytes in the GB/T 9704 layout. Pure: the caller writes
 * the file. Labels (一是, 一、 …) are derived here, never read from the text.
 */
export async function exportDraftToDocx(written: Draft, options: ExportOptionsInput = {}): Promise<Uint8Array<ArrayBuffer>> {
  // The carried author is the one the printed author line names (see withAuthorFromLine).
  const draft = withAuthorFromLine(written);
  const { fonts, printAuthorLine, quoteSources } = parseOrThrow(ExportOptionsSchema, options, '导出选项');
  const typefaces = TYPEFACES[fonts];
  const looks = textLooks(typefaces);
  // 引文出处: footnotes behind the quotations, or a list after the text; by default none (a speech is delivered, not cited).
  const notes = quoteSources === 'footnotes' ? footnoteAfterQuote(looks) : undefined;
  const body = notes
    ? draftParagraphs(draft, looks, printAuthorLine, (block, label, blockLooks) => blockParagraph(block, label, blockLooks, notes.afterQuote))
    : draftParagraphs(draft, looks, printAuthorLine);
  const sourceList = quoteSources === 'endnote-list' ? sourceListParagraphs(draft, looks) : '';
  const document = new Document({
    title: withoutXmlForbidden(draftTitle(draft)),
    subject: withoutXmlForbidden(draft.meta.theme),
    creator: withoutXmlForbidden(draft.meta.author),
    lastModifiedBy: withoutXmlForbidden(draft.meta.author),
    evenAndOddHeaderAndFooters: true,
    // The draft rides along as a custom XML part so importing this file restores it exactly (see
    // core/import/embedded-draft.ts). docx's one way to add such a part with its relationship and content
    // type is a bibliography's; the overrides below replace that part's content and properties with ours.
    bibliography: { sources: new BuilderElement({ name: 'draft' }) },
    styles: documentStyles(looks),
    ...(notes ? { footnotes: notes.footnotes } : {}),
    sections: [
      {
        properties: gbt9704Section,
        footers: pageNumberFooters(looks.pageNumber),
        children: [paragraphsFragment(body + sourceList)],
      },
    ],
  });
  return packDocx(document, [
    fontTablePart(typefaces),
    { path: DRAFT_PART_PATH, data: draftPartXml(draft) },
    { path: DRAFT_PART_PROPERTIES_PATH, data: draftPartPropertiesXml() },
  ]);
}
