import { BuilderElement, Document, Paragraph, TextRun } from 'docx';
import { withCommentRanges, type CommentRange } from './comment-ranges.js';
import { withAuthorFromLine } from '../import/draft-author.js';
import { DRAFT_PART_PATH, DRAFT_PART_PROPERTIES_PATH, draftPartPropertiesXml, draftPartXml } from '../import/embedded-draft.js';
import { draftTitle } from '../model/text.js';
import type { Block, Draft } from '../model/schema.js';
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

/** A Word comment (批注) on a passage of one block: offsets in the block's text as a reader sees it (blockText). */
export interface DocxComment {
  block: number;
  start: number;
  end: number;
  text: string;
}

/** Who wrote the comments and when (Word shows both in the balloon). */
export interface DocxCommentOptions {
  comments: readonly DocxComment[];
  author: string;
  date: Date;
}

/**
 * The draft as .docx bytes in the GB/T 9704 layout. Pure: the caller writes
 * the file. Labels (一是, 一、 …) are derived here, never read from the text.
 * With `review`, the passages carry Word comments (a submission sent back, 退回修改).
 */
export async function exportDraftToDocx(written: Draft, options: ExportOptionsInput = {}, review?: DocxCommentOptions): Promise<Uint8Array<ArrayBuffer>> {
  // The carried author is the one the printed author line names (see withAuthorFromLine).
  const draft = withAuthorFromLine(written);
  const { fonts, printAuthorLine, quoteSources } = parseOrThrow(ExportOptionsSchema, options, '导出选项');
  const typefaces = TYPEFACES[fonts];
  const looks = textLooks(typefaces);
  // 引文出处: footnotes behind the quotations, or a list after the text; by default none (a speech is delivered, not cited).
  const notes = quoteSources === 'footnotes' ? footnoteAfterQuote(looks) : undefined;
  const comments = review?.comments.filter((comment) => draft.children[comment.block] !== undefined && comment.text.trim() !== '') ?? [];
  const rangesOf = new Map<Block, CommentRange[]>();
  comments.forEach((comment, id) => {
    const block = draft.children[comment.block] as Block;
    rangesOf.set(block, [...(rangesOf.get(block) ?? []), { id, start: comment.start, end: comment.end }]);
  });
  const paragraphOf = (block: Block, label: string, blockLooks: typeof looks): string => {
    const xml = blockParagraph(block, label, blockLooks, notes?.afterQuote);
    const ranges = rangesOf.get(block);
    return ranges ? withCommentRanges(xml, ranges.map((range) => ({ ...range, start: range.start + label.length, end: range.end + label.length }))) : xml;
  };
  const body = draftParagraphs(draft, looks, printAuthorLine, paragraphOf);
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
    ...(review && comments.length > 0
      ? {
          comments: {
            children: comments.map((comment, id) => ({
              id,
              author: withoutXmlForbidden(review.author),
              initials: withoutXmlForbidden([...review.author][0] ?? ''),
              date: review.date,
              children: withoutXmlForbidden(comment.text)
                .split('\n')
                .map((line) => new Paragraph({ children: [new TextRun(line)] })),
            })),
          },
        }
      : {}),
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
