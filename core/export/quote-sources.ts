import { AlignmentType, FootnoteReferenceRun, Paragraph, type FileChild } from 'docx';
import type { Draft, Inline, QuoteInline } from '../model/schema.js';
import { blankLine, textRuns, type AfterQuote } from './block-paragraphs.js';
import { NO_FIRST_LINE_INDENT } from './page-layout.js';
import { STYLE_IDS } from './styles.js';
import type { TextLook, TextLooks } from './text-looks.js';

/**
 * 引文出处 in print, for the export option `quoteSources`: footnotes behind
 * each quotation, or a numbered list after the text. Only quotations with a
 * source are cited: a quotation without one has nothing to print (the 体检
 * tab is where missing sources are reported).
 */

/** 五号 (10.5 pt) in half-points: the usual size of notes under Chinese body text. */
const NOTE_SIZE = 21;
export const SOURCE_LIST_TITLE = '引文出处';

const wordsOf = (quote: QuoteInline): string => quote.children.map((leaf) => leaf.text).join('');
const sourceOf = (quote: QuoteInline): string => quote.source?.trim() ?? '';

/** A footnote's text: 习近平总书记：《之江新语》。 (the speaker as the draft names them). */
export function footnoteText(quote: QuoteInline): string | undefined {
  const source = sourceOf(quote);
  if (!source) return undefined;
  const speaker = quote.speaker.trim();
  return `${speaker ? `${speaker}：` : ''}${source}${/[。.!！?？]$/.test(source) ? '' : '。'}`;
}

/** A footnote reference behind each sourced quotation, the footnote carrying its source. */
export function footnoteAfterQuote(looks: TextLooks): AfterQuote {
  const look: TextLook = { ...looks.body, size: NOTE_SIZE };
  return (quote) => {
    const text = footnoteText(quote);
    if (!text) return [];
    const note = new Paragraph({ style: 'FootnoteText', children: textRuns(text, look, false) });
    return [new FootnoteReferenceRun({ children: [note] })];
  };
}

/** The quotations of a draft in reading order. */
function quotationsOf(draft: Draft): QuoteInline[] {
  return draft.children.flatMap((block) => (block.children as readonly Inline[]).filter((inline): inline is QuoteInline => 'type' in inline));
}

/** One entry of the list: “words”（习近平总书记，《之江新语》）; each quotation once. */
export function sourceListEntries(draft: Draft): string[] {
  const entries = quotationsOf(draft)
    .filter((quote) => sourceOf(quote) !== '')
    .map((quote) => {
      const speaker = quote.speaker.trim();
      return `“${wordsOf(quote)}”（${speaker ? `${speaker}，` : ''}${sourceOf(quote)}）`;
    });
  return [...new Set(entries)];
}

/** A blank line, 引文出处 in 黑体, and the numbered entries; nothing when no quotation has a source. */
export function sourceListParagraphs(draft: Draft, looks: TextLooks): FileChild[] {
  const entries = sourceListEntries(draft);
  if (entries.length === 0) return [];
  const heading = new Paragraph({
    style: STYLE_IDS.body,
    alignment: AlignmentType.CENTER,
    indent: NO_FIRST_LINE_INDENT,
    keepNext: true,
    children: textRuns(SOURCE_LIST_TITLE, looks.headings[1], false),
  });
  const items = entries.map(
    (entry, i) => new Paragraph({ style: STYLE_IDS.body, children: textRuns(`${i + 1}. ${entry}`, looks.body, false) }),
  );
  return [blankLine(), heading, ...items];
}
