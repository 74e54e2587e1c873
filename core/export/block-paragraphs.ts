import { CLOSE_QUOTE, OPEN_QUOTE } from '../model/text.js';
import type { Block, Inline, QuoteInline, TextLeaf } from '../model/schema.js';
import { balancedBreakOffsets } from '../collect/balanced-lines.js';
import { TITLE_LINE } from '../pages/line-breaking.js';
import { splitRunInHeading } from '../model/run-in-heading.js';
import { blockText } from '../model/text.js';
import { insertAtOffsets } from './comment-ranges.js';
import { runFonts } from './font-profiles.js';
import { paragraphXml, runPropertiesXml, tabRunXml, textRunXml, withoutXmlForbidden } from './paragraph-xml.js';
import { STYLE_IDS } from './styles.js';
import type { TextLook, TextLooks } from './text-looks.js';

/**
 * Punctuation Unicode shares between Chinese and Latin text. Word and WPS
 * set it from `eastAsia` when the run has hint="eastAsia"; LibreOffice
 * ignores the hint and takes the Latin font (half-width “ in Times New
 * Roman) wherever the character opens a paragraph or follows a Latin
 * character. A run of these characters therefore names the Chinese font
 * in every slot.
 */
const SHARED_PUNCTUATION = '[‘’“”—…·]';
/** A text's runs: a stretch of shared punctuation (captured), or a stretch without any. */
const RUN_PARTS = new RegExp(`(${SHARED_PUNCTUATION}+)|(?:(?!${SHARED_PUNCTUATION})[^])+`, 'gu');

/** Per look: the prepared w:rPr of its runs, indexed by `variant` (bold, Chinese-only punctuation). */
const runPropertiesByLook = new WeakMap<TextLook, string[]>();
const variant = (bold: boolean, chineseOnly: boolean): number => (bold ? 2 : 0) + (chineseOnly ? 1 : 0);

/**
 * A look's w:rPr, written once: every run of a look has the same
 * properties, and a 汇编 has some 50,000 runs.
 */
function runProperties(look: TextLook, bold: boolean, chineseOnly: boolean): string {
  let prepared = runPropertiesByLook.get(look);
  if (!prepared) runPropertiesByLook.set(look, (prepared = []));
  return (prepared[variant(bold, chineseOnly)] ??= runPropertiesXml({
    fonts: chineseOnly ? runFonts(look.fonts.eastAsia, look.fonts.eastAsia) : look.fonts,
    size: look.size,
    bold: bold || look.bold,
  }));
}

/**
 * The runs of one piece of text, as XML. Every run repeats its look as
 * direct formatting (not only via the style): w:eastAsia must be on each
 * run for Word/WPS, and text pasted into another unit's template keeps its fonts.
 */
export function textRuns(text: string, look: TextLook, bold: boolean): string {
  let runs = '';
  for (const [part, shared] of withoutXmlForbidden(text).matchAll(RUN_PARTS)) {
    runs += textRunXml(runProperties(look, bold, shared !== undefined), part);
  }
  return runs;
}

/** A tab in a look (the 目录's dot leader). */
export const tabRun = (look: TextLook): string => tabRunXml(runProperties(look, false, false));

/** Inline content as leaves, a quotation gaining its “” (the model stores only the quoted words). */
function leavesOf(children: readonly Inline[]): TextLeaf[] {
  return children.flatMap((inline) => {
    if (!('type' in inline)) return [inline];
    const leaves = inline.children.map((leaf) => ({ ...leaf }));
    const first = leaves[0];
    const last = leaves[leaves.length - 1];
    if (first) first.text = OPEN_QUOTE + first.text;
    if (last) last.text += CLOSE_QUOTE;
    return leaves;
  });
}

/** The runs of inline content in one look (exported for the compilation's article titles). */
export function runsOf(children: readonly Inline[], look: TextLook): string {
  return leavesOf(children)
    .map((leaf) => textRuns(leaf.text, look, Boolean(leaf.bold || leaf.lead)))
    .join('');
}

/**
 * A title's runs with line breaks at its balanced break points (GB/T 9704
 * 7.3.1: lines of similar length, never broken inside a word), so Word and
 * LibreOffice print 梯形/菱形 lines instead of a full line and a stub.
 * Exported for the compilation's article titles.
 */
export function titleRuns(block: Block, look: TextLook): string {
  const runs = runsOf(block.children, look);
  // The break run carries the title's look, like every run (w:eastAsia on each, the line's height).
  return insertAtOffsets(runs, balancedBreakOffsets(blockText(block), TITLE_LINE), (properties) => `<w:r>${properties}<w:br/></w:r>`);
}

/** What follows a quotation's closing ” in print: a footnote reference when sources go in footnotes. */
export type AfterQuote = (quote: QuoteInline) => string;

/** Inline runs with whatever `afterQuote` adds behind each quotation. */
function runsWithNotes(children: readonly Inline[], look: TextLook, afterQuote: AfterQuote): string {
  return children.map((inline) => runsOf([inline], look) + ('type' in inline ? afterQuote(inline) : '')).join('');
}

function inlineRuns(children: readonly Inline[], look: TextLook, afterQuote?: AfterQuote): string {
  return afterQuote ? runsWithNotes(children, look, afterQuote) : runsOf(children, look);
}

function labelledParagraph(style: string, look: TextLook, label: string, children: readonly Inline[], boldLabel: boolean, afterQuote?: AfterQuote): string {
  return paragraphXml({ style }, textRuns(label, look, boldLabel) + inlineRuns(children, look, afterQuote));
}

/** A heading paragraph: its first sentence in the heading's look, any run-in text after it in the body's. */
function headingParagraph(style: string, look: TextLook, bodyLook: TextLook, label: string, children: readonly Inline[], afterQuote?: AfterQuote): string {
  const runIn = splitRunInHeading(children);
  if (!runIn) return labelledParagraph(style, look, label, children, false, afterQuote);
  const [head, rest] = runIn;
  return paragraphXml({ style }, textRuns(label, look, false) + inlineRuns(head, look, afterQuote) + inlineRuns(rest, bodyLook, afterQuote));
}

/** A signature line with its own right indent (the 署名 centred over the date below it). */
export function signatureParagraph(block: Block, looks: TextLooks, rightIndent: number): string {
  return paragraphXml({ style: STYLE_IDS.signature, indent: { right: rightIndent } }, runsOf(block.children, looks.signature));
}

/**
 * One block as one paragraph; `label` is its derived number (一是, 一、 …) or ''.
 * `afterQuote` adds runs behind quotations (footnote references); without it the output is unchanged.
 */
export function blockParagraph(block: Block, label: string, looks: TextLooks, afterQuote?: AfterQuote): string {
  switch (block.type) {
    case 'title':
      // Off the grid: 22 pt lines are taller than one pitch and would each take two (see the Title style).
      return paragraphXml({ style: STYLE_IDS.title, offGrid: true }, titleRuns(block, looks.title));
    case 'author-line':
      return labelledParagraph(STYLE_IDS.authorLine, looks.authorLine, '', block.children, false);
    case 'heading':
      return headingParagraph(STYLE_IDS.headings[block.level], looks.headings[block.level], looks.body, label, block.children, afterQuote);
    case 'point':
      // 一是 and the lead clause are bold, the rest of the point is body text.
      return labelledParagraph(STYLE_IDS.body, looks.body, label, block.children, true, afterQuote);
    case 'paragraph':
    case 'closing':
      return labelledParagraph(STYLE_IDS.body, looks.body, '', block.children, false, afterQuote);
    case 'salutation':
      return labelledParagraph(STYLE_IDS.salutation, looks.body, '', block.children, false);
    case 'signature':
      return labelledParagraph(STYLE_IDS.signature, looks.signature, '', block.children, false);
  }
}

/** An empty body-size line, as GB/T 9704 leaves between title, author line and body. */
export function blankLine(): string {
  return paragraphXml({ style: STYLE_IDS.normal });
}
