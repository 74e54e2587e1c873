import { AlignmentType, LeaderType, LineRuleType, TabStopType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { LINE_PITCH, NO_FIRST_LINE_INDENT } from '../export/page-layout.js';
import { documentStyles, STYLE_IDS } from '../export/styles.js';
import type { TextLook, TextLooks } from '../export/text-looks.js';
import { TYPE_AREA_WIDTH } from '../pages/line-breaking.js';

/**
 * The compilation's styles: the single export's GB/T 9704 styles plus the
 * parts only a 汇编 has. The article title gets a style of its own with a
 * name no Word language localises, so the TOC field's `\t "篇目标题,1"`
 * finds the titles in a Chinese or an English Word alike.
 */
export const COMPILE_STYLE_IDS = {
  coverTitle: 'CoverTitle',
  coverLine: 'CoverLine',
  tocHeading: 'TOCHeading',
  tocEntry: 'TOC1',
  articleNumber: 'ArticleNumber',
  articleTitle: 'ArticleTitle',
} as const;

export const ARTICLE_TITLE_STYLE_NAME = '篇目标题';

/** 一号 (26 pt) for the volume's title on the cover: larger than an article's 二号, 17 characters a line. */
export const COVER_TITLE_SIZE = 52;
/** The cover title's lines: exactly 1.25 em apart. */
const COVER_TITLE_LINE = Math.round(COVER_TITLE_SIZE * 10 * 1.25);

const runOf = (look: TextLook, size = look.size) => ({ font: look.fonts, size, bold: look.bold || undefined });
const centred = { alignment: AlignmentType.CENTER, indent: NO_FIRST_LINE_INDENT };

/** A TOC entry's tab: the page number at the right edge of the type area, dots before it, as in Word's own TOC. */
export const TOC_ENTRY_TABS = [{ type: TabStopType.RIGHT, position: TYPE_AREA_WIDTH, leader: LeaderType.DOT }];

export function compileStyles(looks: TextLooks): IStylesOptions {
  const base = documentStyles(looks);
  const extra: IParagraphStyleOptions[] = [
    {
      id: COMPILE_STYLE_IDS.coverTitle,
      name: '汇编封面标题',
      basedOn: STYLE_IDS.normal,
      paragraph: { ...centred, spacing: { line: COVER_TITLE_LINE, lineRule: LineRuleType.EXACT } },
      run: runOf(looks.title, COVER_TITLE_SIZE),
    },
    {
      id: COMPILE_STYLE_IDS.coverLine,
      name: '汇编封面署名',
      basedOn: STYLE_IDS.normal,
      paragraph: centred,
      run: runOf(looks.authorLine),
    },
    {
      id: COMPILE_STYLE_IDS.tocHeading,
      name: 'TOC Heading',
      basedOn: STYLE_IDS.normal,
      next: COMPILE_STYLE_IDS.tocEntry,
      paragraph: { ...centred, spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT } },
      run: runOf(looks.title),
    },
    {
      id: COMPILE_STYLE_IDS.tocEntry,
      name: 'toc 1',
      basedOn: STYLE_IDS.normal,
      paragraph: { indent: NO_FIRST_LINE_INDENT },
      run: runOf(looks.body),
    },
    {
      id: COMPILE_STYLE_IDS.articleNumber,
      name: '篇序',
      basedOn: STYLE_IDS.normal,
      next: COMPILE_STYLE_IDS.articleTitle,
      paragraph: { ...centred, keepNext: true },
      run: runOf(looks.headings[1]),
    },
    {
      id: COMPILE_STYLE_IDS.articleTitle,
      name: ARTICLE_TITLE_STYLE_NAME,
      basedOn: STYLE_IDS.title,
      next: STYLE_IDS.body,
      quickFormat: true,
      paragraph: { ...centred, spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT } },
      run: runOf(looks.title),
    },
  ];
  return { ...base, paragraphStyles: [...(base.paragraphStyles ?? []), ...extra] };
}
