import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import { NO_FIRST_LINE_INDENT, PAGE_NUMBER_LINE_HEIGHT, PAGE_NUMBER_SIDE_INDENT } from './page-layout.js';
import { STYLE_IDS } from './styles.js';
import type { TextLook } from './text-looks.js';

const EM_DASH = '\u2014';

/**
 * “— N —” in 四号宋体. The PAGE field's own runs carry the 14 pt size too,
 * or the digits come out in the body's 16 pt between 14 pt dashes.
 */
function pageNumberParagraph(side: 'left' | 'right', look: TextLook): Paragraph {
  const indent =
    side === 'right'
      ? { ...NO_FIRST_LINE_INDENT, right: PAGE_NUMBER_SIDE_INDENT }
      : { ...NO_FIRST_LINE_INDENT, left: PAGE_NUMBER_SIDE_INDENT };
  return new Paragraph({
    style: STYLE_IDS.footer,
    alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent,
    // Exact line height: Word then leaves the footer off the body's 579-twip grid,
    // so the number sits where FOOTER_DISTANCE puts it.
    spacing: { line: PAGE_NUMBER_LINE_HEIGHT, lineRule: LineRuleType.EXACT },
    children: [
      new TextRun({
        children: [`${EM_DASH} `, PageNumber.CURRENT, ` ${EM_DASH}`],
        font: look.fonts,
        size: look.size,
      }),
    ],
  });
}

/** GB/T 9704: odd pages' numbers on the right, even pages' on the left, one character in. */
export function pageNumberFooters(look: TextLook): { default: Footer; even: Footer } {
  return {
    default: new Footer({ children: [pageNumberParagraph('right', look)] }),
    even: new Footer({ children: [pageNumberParagraph('left', look)] }),
  };
}
