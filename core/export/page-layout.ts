/**
 * GB/T 9704-2012 page geometry in Word's units: twips (1/20 pt) for lengths,
 * half-points for font sizes. Derived from the standard's millimetres so the
 * arithmetic that makes 22 lines × 28 characters is visible here.
 */
const TWIPS_PER_MM = 1440 / 25.4;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

export const A4_PAGE = { width: mmToTwips(210), height: mmToTwips(297) } as const;

export const PAGE_MARGINS = {
  top: mmToTwips(37),
  bottom: mmToTwips(35),
  left: mmToTwips(28),
  right: mmToTwips(26),
} as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

const TYPE_AREA_WIDTH = A4_PAGE.width - PAGE_MARGINS.left - PAGE_MARGINS.right;
const TYPE_AREA_HEIGHT = A4_PAGE.height - PAGE_MARGINS.top - PAGE_MARGINS.bottom;

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const TITLE_SIZE = 44;
export const BODY_SIZE = 32;
export const PAGE_NUMBER_SIZE = 28;

/** One full-width character of the body (16 pt) in twips. */
export const BODY_CHAR_WIDTH = BODY_SIZE * 10;

/** Grid line pitch: the largest whole-twip pitch that still fits 22 lines (579). */
export const LINE_PITCH = Math.floor(TYPE_AREA_HEIGHT / LINES_PER_PAGE);

/**
 * Tightening of every character (−5 twips = −0.25 pt) so that 28 but not 29
 * 16 pt characters fit the 156 mm line. Word's `linesAndChars` grid would do
 * this too, but LibreOffice mis-draws it (14–18 characters a line), while
 * plain run spacing gives 28 in both.
 */
export const CHARACTER_SPACING = Math.floor(TYPE_AREA_WIDTH / CHARS_PER_LINE) - BODY_CHAR_WIDTH;

/** First-line indent of two characters, as twips (LibreOffice) and hundredths of a character (Word). */
export const FIRST_LINE_INDENT = { firstLine: 2 * BODY_CHAR_WIDTH, firstLineChars: 200 } as const;
export const NO_FIRST_LINE_INDENT = { firstLine: 0, firstLineChars: 0 } as const;

/**
 * Signature and date lines end four characters from the right: GB/T 9704
 * 7.3.5 sets the 成文日期 of a sealed document 右空四字, and offices use the
 * same for a speech's name and date; one indent keeps both lines flush.
 */
export const SIGNATURE_RIGHT_INDENT = 4 * BODY_CHAR_WIDTH;

/** The page number sits one 14 pt character in from the edge of the type area. */
export const PAGE_NUMBER_SIDE_INDENT = PAGE_NUMBER_SIZE * 10;

/** The page number's line: 14 pt type, single-spaced (1.3 em). */
export const PAGE_NUMBER_LINE_HEIGHT = Math.round(PAGE_NUMBER_SIZE * 10 * 1.3);

/** Header distance: no header is printed; 15 mm is Word's usual value for Chinese templates. */
export const HEADER_DISTANCE = mmToTwips(15);

/**
 * Page bottom to the bottom of the page-number line. GB/T 9704 puts the
 * dash 7 mm below the type area, i.e. 35 − 7 = 28 mm above the page edge;
 * the dash of 14 pt type sits 2.6 mm above the bottom of its line
 * (measured in the PDF, see test/clients/export-libreoffice.test.ts).
 */
const DASH_ABOVE_LINE_BOTTOM_MM = 2.6;
export const FOOTER_DISTANCE = mmToTwips(35 - 7 - DASH_ABOVE_LINE_BOTTOM_MM);

/** Section properties: A4, the margins above and a lines-only grid of 579 twips. */
export const gbt9704Section = {
  page: {
    size: A4_PAGE,
    margin: { ...PAGE_MARGINS, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
  },
  grid: { type: 'lines', linePitch: LINE_PITCH },
} as const;
