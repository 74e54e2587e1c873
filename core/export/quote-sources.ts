import { Paragraph } from 'docx';
import type { Draft, Inline, QuoteInline } from '../model/schema.js';
import { blankLine, textRuns, type AfterQuote } from './block-paragraphs.js';
import { NO_FIRST_LINE_INDENT } from './page-layout.js';
import { footnoteReferenceXml, paragraphXml } from './paragraph-xml.js';
import { runsFragment } from './xml-fragments.js';
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

/** The footnotes as docx's Document takes them: by id, each one paragraph. */
export type Footnotes = Record<number, { children: Paragraph[] }>;

/**
 * A footnote reference behind each sourced quotation, numbered from 1 in
 * reading order; `footnotes` collects the notes carrying the sources.
 */
export function footnoteAfterQuote(looks: TextLooks): { afterQuote: AfterQuote; footnotes: Footnotes } {
  const look: TextLook = { ...looks.body, size: NOTE_SIZE };
  const footnotes: Footnotes = {};
  let lastId = 0;
  const afterQuote: AfterQuote = (quote) => {
    const text = footnoteText(quote);
    if (!text) return '';
    lastId += 1;
    // docx writes the note's paragraph, as it puts the footnote mark in front of the runs.
    footnotes[lastId] = { children: [new Paragraph({ style: 'FootnoteText', children: [runsFragment(textRuns(text, look, false))] })] };
    return footnoteReferenceXml(lastId);
  };
  return { afterQuote, footnotes };
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
export function sourceListParagraphs(draft: Draft, looks: TextLooks): string {
  const entries = sourceListEntries(draft);
  if (entries.length === 0) return '';
  const heading = paragraphXml(
    { style: STYLE_IDS.body, keepNext: true, indent: NO_FIRST_LINE_INDENT, alignment: 'center' },
    textRuns(SOURCE_LIST_TITLE, looks.headings[1], false),
  );
  const items = entries.map((entry, i) => paragraphXml({ style: STYLE_IDS.body }, textRuns(`${i + 1}. ${entry}`, looks.body, false)));
  return blankLine() + heading + items.join('');
}
