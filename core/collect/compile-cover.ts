import { chineseDate } from './chinese-date.js';
import { blankLine, textRuns } from '../export/block-paragraphs.js';
import { LINE_PITCH, LINES_PER_PAGE } from '../export/page-layout.js';
import { LINE_BREAK_RUN, paragraphXml } from '../export/paragraph-xml.js';
import type { TextLook, TextLooks } from '../export/text-looks.js';
import { COMPILE_STYLE_IDS, COVER_TITLE_SIZE } from './compile-styles.js';
import { balancedLines } from './balanced-lines.js';
import { TYPE_AREA_WIDTH } from '../pages/line-breaking.js';

/**
 * The cover: the volume's title in 小标宋 一号, in lines of balanced length, in the upper third, the
 * organizing unit and the date near the foot of the page, no page number
 * (its section has no footer). Empty grid lines place them, counted so the
 * cover never spills onto a second page whatever the title's length.
 */
const LINES_ABOVE_TITLE = 4;
/**
 * Lines kept free under the date, so the block sits above the foot of the
 * page; the first holds the empty paragraph docx ends the cover's section with.
 */
const LINES_BELOW_DATE = 3;
const COVER_TITLE_LINE_HEIGHT = Math.round(COVER_TITLE_SIZE * 10 * 1.25);

/** 2025-06-12 → 2025年6月12日; any other text is printed as given. */
export const printedDate = chineseDate;

const line = (text: string, look: TextLook): string => paragraphXml({ style: COMPILE_STYLE_IDS.coverLine }, textRuns(text, look, false));

export interface CoverText {
  title: string;
  unit: string;
  date: string;
}

/** The cover's paragraphs, as XML. */
export function coverParagraphs(cover: CoverText, looks: TextLooks): string {
  const titleLines = balancedLines(cover.title, { size: COVER_TITLE_SIZE, width: TYPE_AREA_WIDTH, firstLineIndent: 0 });
  const titleGridLines = Math.ceil((titleLines.length * COVER_TITLE_LINE_HEIGHT) / LINE_PITCH);
  const signLines = [cover.unit, printedDate(cover.date)].filter((text) => text !== '');
  const free = LINES_PER_PAGE - LINES_ABOVE_TITLE - titleGridLines - signLines.length - LINES_BELOW_DATE;
  const coverTitleLook: TextLook = { ...looks.title, size: COVER_TITLE_SIZE };
  const title = paragraphXml(
    { style: COMPILE_STYLE_IDS.coverTitle, offGrid: true },
    titleLines.map((text) => textRuns(text, coverTitleLook, false)).join(LINE_BREAK_RUN),
  );
  return (
    blankLine().repeat(LINES_ABOVE_TITLE) +
    title +
    blankLine().repeat(Math.max(1, free)) +
    signLines.map((text, i) => line(text, i === 0 && cover.unit !== '' ? looks.authorLine : looks.body)).join('')
  );
}
