import { Paragraph, TextRun, type FileChild, type IContext, type IRunOptions, type IXmlableObject, type ParagraphChild } from 'docx';
import { CLOSE_QUOTE, OPEN_QUOTE } from '../model/text.js';
import type { Block, Inline, QuoteInline, TextLeaf } from '../model/schema.js';
import { runFonts } from './font-profiles.js';
import { GridFreeParagraph } from './grid-free-paragraph.js';
import { CHARACTER_SPACING } from './page-layout.js';
import { STYLE_IDS } from './styles.js';
import type { TextLook, TextLooks } from './text-looks.js';

/**
 * Characters XML 1.0 forbids (C0 controls but tab/newline/CR, U+FFFE/FFFF,
 * unpaired surrogates). One of them makes Word refuse the whole file.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

/**
 * Punctuation Unicode shares between Chinese and Latin text. Word and WPS
 * set it from `eastAsia` when the run has hint="eastAsia"; LibreOffice
 * ignores the hint and takes the Latin font (half-width “ in Times New
 * Roman) wherever the character opens a paragraph or follows a Latin
 * character. A run of these characters therefore names the Chinese font
 * in every slot.
 */
const SHARED_PUNCTUATION = /([‘’“”—…·]+)/u;

type RunOptions = Omit<IRunOptions, 'text' | 'children'>;
type PreparedRun = { 'w:r': [IXmlableObject, { 'w:t': [IXmlableObject, string] }] };

/**
 * A text run whose formatting is prepared for XML once per look, not once
 * per run: every run of a look has the same w:rPr, and a 汇编 has some
 * 30,000 runs, whose w:rPr trees were most of the export's work. Written
 * exactly as docx's TextRun writes it (a template TextRun gives the parts).
 */
class LookRun extends TextRun {
  constructor(
    private readonly text: string,
    private readonly options: RunOptions,
    private readonly templates: Map<RunOptions, PreparedRun>,
  ) {
    super('');
  }

  override prepForXml(context: IContext): IXmlableObject {
    let template = this.templates.get(this.options);
    if (!template) {
      template = new TextRun({ ...this.options, text: '' }).prepForXml(context) as PreparedRun;
      this.templates.set(this.options, template);
    }
    const [properties, { 'w:t': [space] }] = template['w:r'];
    return { 'w:r': [properties, { 'w:t': [space, this.text] }] };
  }
}

/** Per look: its run options (plain, bold, Chinese-only punctuation) and their prepared templates. */
interface LookRuns {
  options: Map<string, RunOptions>;
  templates: Map<RunOptions, PreparedRun>;
}
const runsByLook = new WeakMap<TextLook, LookRuns>();

function runOptions(look: TextLook, bold: boolean, chineseOnly: boolean): { options: RunOptions; templates: Map<RunOptions, PreparedRun> } {
  let runs = runsByLook.get(look);
  if (!runs) runsByLook.set(look, (runs = { options: new Map(), templates: new Map() }));
  const key = `${bold}${chineseOnly}`;
  let options = runs.options.get(key);
  if (!options) {
    options = {
      font: chineseOnly ? runFonts(look.fonts.eastAsia, look.fonts.eastAsia) : look.fonts,
      size: look.size,
      characterSpacing: CHARACTER_SPACING,
      bold: bold || look.bold || undefined,
    };
    runs.options.set(key, options);
  }
  return { options, templates: runs.templates };
}

/**
 * The runs of one piece of text. Every run repeats its look as direct
 * formatting (not only via the style): w:eastAsia must be on each run for
 * Word/WPS, and text pasted into another unit's template keeps its fonts.
 */
export function textRuns(text: string, look: TextLook, bold: boolean): TextRun[] {
  return text
    .replace(XML_FORBIDDEN, '')
    .split(SHARED_PUNCTUATION)
    .filter((part) => part !== '')
    .map((part) => {
      const { options, templates } = runOptions(look, bold, SHARED_PUNCTUATION.test(part));
      return new LookRun(part, options, templates);
    });
}

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
export function runsOf(children: readonly Inline[], look: TextLook): TextRun[] {
  return leavesOf(children)
    .flatMap((leaf) => textRuns(leaf.text, look, Boolean(leaf.bold || leaf.lead)));
}

/** What follows a quotation's closing ” in print: a footnote reference when sources go in footnotes. */
export type AfterQuote = (quote: QuoteInline) => readonly ParagraphChild[];

/** Inline runs with whatever `afterQuote` adds behind each quotation. */
function runsWithNotes(children: readonly Inline[], look: TextLook, afterQuote: AfterQuote): ParagraphChild[] {
  return children.flatMap((inline) => [...runsOf([inline], look), ...('type' in inline ? afterQuote(inline) : [])]);
}

function labelledParagraph(style: string, look: TextLook, label: string, children: readonly Inline[], boldLabel: boolean, afterQuote?: AfterQuote) {
  const labelRuns = textRuns(label, look, boldLabel);
  const runs = afterQuote ? runsWithNotes(children, look, afterQuote) : runsOf(children, look);
  return new Paragraph({ style, children: [...labelRuns, ...runs] });
}

/**
 * One block as one paragraph; `label` is its derived number (一是, 一、 …) or ''.
 * `afterQuote` adds runs behind quotations (footnote references); without it the output is unchanged.
 */
export function blockParagraph(block: Block, label: string, looks: TextLooks, afterQuote?: AfterQuote): FileChild {
  switch (block.type) {
    case 'title':
      // Off the grid: 22 pt lines are taller than one pitch and would each take two (see the Title style).
      return new GridFreeParagraph(STYLE_IDS.title, runsOf(block.children, looks.title));
    case 'author-line':
      return labelledParagraph(STYLE_IDS.authorLine, looks.authorLine, '', block.children, false);
    case 'heading':
      return labelledParagraph(STYLE_IDS.headings[block.level], looks.headings[block.level], label, block.children, false, afterQuote);
    case 'point':
      // 一是 and the lead clause are bold, the rest of the point is body text.
      return labelledParagraph(STYLE_IDS.body, looks.body, label, block.children, true, afterQuote);
    case 'paragraph':
    case 'closing':
      return labelledParagraph(STYLE_IDS.body, looks.body, '', block.children, false, afterQuote);
    case 'signature':
      return labelledParagraph(STYLE_IDS.signature, looks.signature, '', block.children, false);
  }
}

/** An empty body-size line, as GB/T 9704 leaves between title, author line and body. */
export function blankLine(): Paragraph {
  return new Paragraph({ style: STYLE_IDS.normal, children: [] });
}
