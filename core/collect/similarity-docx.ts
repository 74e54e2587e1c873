import { Document, Table, TableCell, TableRow, WidthType, type FileChild, type Paragraph } from 'docx';
import { blankLine, blockParagraph, textRuns } from '../export/block-paragraphs.js';
import { TYPEFACES } from '../export/font-profiles.js';
import type { FontProfile } from '../export/options.js';
import { gbt9704Section } from '../export/page-layout.js';
import { pageNumberFooters } from '../export/page-number-footer.js';
import { paragraphXml, withoutXmlForbidden } from '../export/paragraph-xml.js';
import { documentStyles, STYLE_IDS } from '../export/styles.js';
import { textLooks, type TextLook, type TextLooks } from '../export/text-looks.js';
import { packDocx, paragraphsFragment } from '../export/xml-fragments.js';
import { TYPE_AREA_WIDTH } from './line-breaking.js';
import type { SimilarityReport, SubmissionSimilarity } from './similarity.js';
import { paragraphNumber, percent, SOURCE_KIND_NAMES } from './similarity-report.js';

/**
 * The 查重报告 as Word: the exporter's GB/T 9704 page and styles, a summary
 * table of every submission, then for each submission with shared
 * passages a table of them (source, where in both texts, the words).
 * Pure: the caller writes the bytes.
 */
export interface SimilarityDocxOptions {
  title?: string;
  fonts?: FontProfile;
  /** Shown under the title, e.g. the date and the reference corpus. */
  note?: string;
}

/** 小四 (12 pt) in tables: a passage column stays readable at five columns. */
const TABLE_TEXT_SIZE = 24;
/** A passage longer than this is shown cut, with its length. */
const MAX_SHOWN_PASSAGE = 160;

function cellParagraph(text: string, look: TextLook, bold = false): Paragraph {
  return paragraphsFragment(paragraphXml({ style: STYLE_IDS.normal }, textRuns(text, { ...look, size: TABLE_TEXT_SIZE }, bold)));
}

/** A bordered table over the type area's width; `widths` are relative (millimetres of the 156 mm line read well). */
function table(header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], look: TextLook): Table {
  const total = widths.reduce((sum, width) => sum + width, 0);
  const columnWidths = widths.map((width) => Math.floor((width / total) * TYPE_AREA_WIDTH));
  const row = (cells: readonly string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold || undefined,
      children: cells.map(
        (text, i) => new TableCell({ width: { size: columnWidths[i] ?? 0, type: WidthType.DXA }, children: [cellParagraph(text, look, bold)] }),
      ),
    });
  return new Table({
    width: { size: TYPE_AREA_WIDTH, type: WidthType.DXA },
    columnWidths,
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

function heading(text: string, looks: TextLooks): FileChild {
  return paragraphsFragment(blockParagraph({ type: 'heading', level: 1, children: [{ text }] }, '', looks));
}

function shownPassage(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length <= MAX_SHOWN_PASSAGE ? chars.join('') : `${chars.slice(0, MAX_SHOWN_PASSAGE).join('')}……（共 ${chars.length} 字）`;
}

function submissionSection(submission: SubmissionSimilarity, index: number, texts: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>, looks: TextLooks): FileChild[] {
  const own = texts.get(submission.id) ?? '';
  const rows = submission.passages.map((passage) => {
    const other = texts.get(passage.otherId) ?? '';
    return [
      names.get(passage.otherId) ?? passage.otherId,
      `第${paragraphNumber(own, passage.start)}段`,
      `第${paragraphNumber(other, passage.otherStart)}段`,
      shownPassage(own.slice(passage.start, passage.end)),
    ];
  });
  return [
    heading(`${index + 1}. ${submission.name}：重复率 ${percent(submission.share)}${submission.exceeds ? '（超过阈值）' : ''}`, looks),
    table(['相似来源', '本稿位置', '来源位置', '相同文字'], rows, [40, 20, 20, 76], looks.body),
    paragraphsFragment(blankLine()),
  ];
}

export async function similarityReportDocx(
  report: SimilarityReport,
  /** Each text's compared text, by id (submissions and references), to quote the passages. */
  texts: ReadonlyMap<string, string>,
  options: SimilarityDocxOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const looks = textLooks(TYPEFACES[options.fonts ?? 'gb2312']);
  const names = new Map<string, string>(report.submissions.map((s) => [s.id, s.name]));
  for (const submission of report.submissions) for (const source of submission.sources) names.set(source.id, source.name);
  const title = options.title ?? '查重报告';
  const flagged = report.submissions.filter((s) => s.exceeds).length;
  const settings =
    `共 ${report.submissions.length} 篇稿件，参考范文 ${report.referenceCount} 篇；阈值 ${percent(report.threshold)}，超过阈值 ${flagged} 篇。` +
    `重复率为与其他稿件或范文相同的片段（不少于 ${report.minPassageChars} 字，引文与常用提法不计）占全文字数的比例。`;
  const summaryRows = report.submissions.map((s, i) => [
    String(i + 1),
    s.name,
    percent(s.share),
    s.exceeds ? '是' : '否',
    s.sources.slice(0, 2).map((source) => `${source.name}（${SOURCE_KIND_NAMES[source.kind]} ${percent(source.share)}）`).join('；') || '—',
  ]);
  const head =
    blockParagraph({ type: 'title', children: [{ text: title }] }, '', looks) +
    blankLine() +
    (options.note ? blockParagraph({ type: 'paragraph', children: [{ text: options.note }] }, '', looks) : '') +
    blockParagraph({ type: 'paragraph', children: [{ text: settings }] }, '', looks);
  const children: FileChild[] = [
    paragraphsFragment(head),
    heading('各稿件重复率', looks),
    table(['序号', '稿件', '重复率', '超过阈值', '主要相似来源'], summaryRows, [14, 48, 20, 22, 52], looks.body),
    paragraphsFragment(blankLine()),
    ...report.submissions.flatMap((s, i) => (s.passages.length > 0 ? submissionSection(s, i, texts, names, looks) : [])),
  ];
  const document = new Document({
    title: withoutXmlForbidden(title),
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles(looks),
    sections: [{ properties: gbt9704Section, footers: pageNumberFooters(looks.pageNumber), children }],
  });
  return packDocx(document);
}
