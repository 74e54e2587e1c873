import { Paragraph, TextRun, type FileChild } from 'docx';
import { CLOSE_QUOTE, OPEN_QUOTE } from '../model/text.js';
import type { Block, Inline, TextLeaf } from '../model/schema.js';
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
 * Every run repeats its look as direct formatting (not only via the
 * style): w:eastAsia must be on each run for Word/WPS, and text pasted
 * into another unit's template keeps its fonts.
 */
function textRun(text: string, look: TextLook, bold: boolean): TextRun {
  return new TextRun({
    text: text.replace(XML_FORBIDDEN, ''),
    font: look.fonts,
    size: look.size,
    characterSpacing: CHARACTER_SPACING,
    bold: bold || look.bold || undefined,
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

function runsOf(children: readonly Inline[], look: TextLook): TextRun[] {
  return leavesOf(children)
    .filter((leaf) => leaf.text !== '')
    .map((leaf) => textRun(leaf.text, look, Boolean(leaf.bold || leaf.lead)));
}

function labelledParagraph(style: string, look: TextLook, label: string, children: readonly Inline[], boldLabel: boolean) {
  const labelRuns = label ? [textRun(label, look, boldLabel)] : [];
  return new Paragraph({ style, children: [...labelRuns, ...runsOf(children, look)] });
}

/** One block as one paragraph; `label` is its derived number (一是, 一、 …) or ''. */
export function blockParagraph(block: Block, label: string, looks: TextLooks): FileChild {
  switch (block.type) {
    case 'title':
      // Off the grid: 22 pt lines are taller than one pitch and would each take two (see the Title style).
      return new GridFreeParagraph(STYLE_IDS.title, runsOf(block.children, looks.title));
    case 'author-line':
      return labelledParagraph(STYLE_IDS.authorLine, looks.authorLine, '', block.children, false);
    case 'heading':
      return labelledParagraph(STYLE_IDS.headings[block.level], looks.headings[block.level], label, block.children, false);
    case 'point':
      // 一是 and the lead clause are bold, the rest of the point is body text.
      return labelledParagraph(STYLE_IDS.body, looks.body, label, block.children, true);
    case 'paragraph':
    case 'closing':
      return labelledParagraph(STYLE_IDS.body, looks.body, '', block.children, false);
    case 'signature':
      return labelledParagraph(STYLE_IDS.signature, looks.signature, '', block.children, false);
  }
}

/** An empty body-size line, as GB/T 9704 leaves between title, author line and body. */
export function blankLine(): Paragraph {
  return new Paragraph({ style: STYLE_IDS.normal, children: [] });
}
