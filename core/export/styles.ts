import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { HeadingLevel } from '../model/schema.js';
import {
  CHARACTER_SPACING,
  FIRST_LINE_INDENT,
  LINE_PITCH,
  NO_FIRST_LINE_INDENT,
  SIGNATURE_RIGHT_INDENT,
} from './page-layout.js';
import type { TextLook, TextLooks } from './text-looks.js';

/**
 * Paragraph style ids. Where Word has a built-in style of the same meaning
 * (Title, Heading 1–4, Body Text, Signature, Footer) its id and name are
 * used, so Word shows them localised and its navigation pane and TOC pick
 * the headings up.
 */
export const STYLE_IDS = {
  normal: 'Normal',
  title: 'Title',
  authorLine: 'AuthorLine',
  body: 'BodyText',
  headings: { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4' } satisfies Record<HeadingLevel, string>,
  salutation: 'Salutation',
  signature: 'Signature',
  footer: 'Footer',
} as const;

const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;

function runStyle(look: TextLook) {
  return { font: look.fonts, size: look.size, bold: look.bold || undefined };
}

function headingStyle(level: HeadingLevel, look: TextLook): IParagraphStyleOptions {
  return {
    id: STYLE_IDS.headings[level],
    name: `heading ${level}`,
    basedOn: STYLE_IDS.normal,
    next: STYLE_IDS.body,
    quickFormat: true,
    // A heading alone on a page's last line reads as a layout fault; Word's own headings keep with the next paragraph too.
    paragraph: { alignment: AlignmentType.BOTH, indent: FIRST_LINE_INDENT, outlineLevel: level - 1, keepNext: true },
    run: runStyle(look),
  };
}

/** styles.xml: exactly one Normal (16 pt body fonts, which LibreOffice needs for the grid) and the styles based on it. */
export function documentStyles(looks: TextLooks): IStylesOptions {
  const normalRun = { ...runStyle(looks.body), characterSpacing: CHARACTER_SPACING, language: LANGUAGE };
  // Widow control off: with it on, pages whose paragraph ends one line short get 21 lines instead of 22.
  const normalParagraph = { widowControl: false, spacing: { before: 0, after: 0 } };
  const paragraphStyles: IParagraphStyleOptions[] = [
    { id: STYLE_IDS.normal, name: 'Normal', quickFormat: true, paragraph: normalParagraph, run: normalRun },
    {
      id: STYLE_IDS.title,
      name: 'Title',
      basedOn: STYLE_IDS.normal,
      next: STYLE_IDS.body,
      quickFormat: true,
      // 22 pt type is taller than one grid line, so on the grid a two-line title takes four; exactly one pitch a line
      // keeps its lines together and the body on the grid (title paragraphs also carry snapToGrid off, for LibreOffice).
      paragraph: {
        alignment: AlignmentType.CENTER,
        indent: NO_FIRST_LINE_INDENT,
        spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
      },
      run: runStyle(looks.title),
    },
    {
      id: STYLE_IDS.authorLine,
      name: '作者单位',
      basedOn: STYLE_IDS.normal,
      next: STYLE_IDS.body,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.CENTER, indent: NO_FIRST_LINE_INDENT },
      run: runStyle(looks.authorLine),
    },
    {
      id: STYLE_IDS.body,
      name: 'Body Text',
      basedOn: STYLE_IDS.normal,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.BOTH, indent: FIRST_LINE_INDENT },
      run: runStyle(looks.body),
    },
    headingStyle(1, looks.headings[1]),
    headingStyle(2, looks.headings[2]),
    headingStyle(3, looks.headings[3]),
    headingStyle(4, looks.headings[4]),
    {
      // 称呼 (敬爱的党组织：) and 敬礼！ start at the margin: body text without the indent.
      id: STYLE_IDS.salutation,
      name: 'Salutation',
      basedOn: STYLE_IDS.normal,
      next: STYLE_IDS.body,
      paragraph: { alignment: AlignmentType.LEFT, indent: NO_FIRST_LINE_INDENT },
      run: runStyle(looks.body),
    },
    {
      id: STYLE_IDS.signature,
      name: 'Signature',
      basedOn: STYLE_IDS.normal,
      paragraph: { alignment: AlignmentType.RIGHT, indent: { ...NO_FIRST_LINE_INDENT, right: SIGNATURE_RIGHT_INDENT } },
      run: runStyle(looks.signature),
    },
    {
      id: STYLE_IDS.footer,
      name: 'footer',
      basedOn: STYLE_IDS.normal,
      paragraph: { indent: NO_FIRST_LINE_INDENT },
      run: runStyle(looks.pageNumber),
    },
  ];
  return {
    default: { document: { run: normalRun, paragraph: normalParagraph } },
    paragraphStyles,
    // docx's built-in character styles (hyperlink, note references) are based on this one but it does not define it.
    characterStyles: [
      { id: 'DefaultParagraphFont', name: 'Default Paragraph Font', uiPriority: 1, semiHidden: true, unhideWhenUsed: true },
    ],
  };
}
