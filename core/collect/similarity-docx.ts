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
import { TYPE_AREA_WIDTH } from '../pages/line-breaking.js';
import { pairPassages, type SimilarityDocument, type SimilarityReport, type SubmissionSimilarity } from './similarity.js';
import { clusterSentence } from './similarity-clusters.js';
import { byRate, paragraphNumber, percent, SOURCE_KIND_NAMES } from './similarity-report.js';
import type { ComparableText } from './similarity-text.js';

/**
 * The 查重报告 as Word: the exporter's GB/T 9704 page and styles; the
 * clusters first (groups sharing most of one text), the problems (files
 * not compared as given), a table of every submission, highest rate first;
 * then for each submission over the threshold the passages it shares with
 * its strongest source (where in both texts, the words), computed here:
 * the report itself holds no passages. Pure: the caller writes the bytes.
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
/** Members named in a cluster's row; the rest are counted. */
const MAX_NAMED_MEMBERS = 30;

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

function submissionSection(submission: SubmissionSimilarity, texts: ReadonlyMap<string, ComparableText>, looks: TextLooks): FileChild[] {
  const own = texts.get(submission.id);
  const [strongest] = submission.sources;
  const other = strongest && texts.get(strongest.id);
  if (!own || !strongest || !other) return [];
  const self: SimilarityDocument = { id: submission.id, name: submission.name, ...own };
  const rows = pairPassages(self, { id: strongest.id, name: strongest.name, ...other }).map((passage) => [
    `第${paragraphNumber(own.text, passage.start)}段`,
    `第${paragraphNumber(other.text, passage.otherStart)}段`,
    shownPassage(own.text.slice(passage.start, passage.end)),
  ]);
  return [
    heading(`${submission.name}：重复率 ${percent(submission.share)}；与“${strongest.name}”（${SOURCE_KIND_NAMES[strongest.kind]}）相同 ${percent(strongest.share)}`, looks),
    table(['本稿位置', '来源位置', '相同文字'], rows, [20, 20, 116], looks.body),
    paragraphsFragment(blankLine()),
  ];
}

function clusterRows(report: SimilarityReport): string[][] {
  return report.clusters.map((cluster, i) => {
    const named = cluster.members.slice(0, MAX_NAMED_MEMBERS).map((member) => `${member.name}（${percent(member.share)}）`);
    const rest = cluster.members.length - named.length;
    return [String(i + 1), clusterSentence(cluster), `${named.join('；')}${rest > 0 ? `；等 ${cluster.members.length} 份` : ''}`];
  });
}

export async function similarityReportDocx(
  report: SimilarityReport,
  /** Each text's compared text and excluded spans, by id (submissions and references), to find and quote the passages. */
  texts: ReadonlyMap<string, ComparableText>,
  options: SimilarityDocxOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const looks = textLooks(TYPEFACES[options.fonts ?? 'gb2312']);
  const title = options.title ?? '查重报告';
  const flagged = report.submissions.filter((s) => s.exceeds).length;
  const settings =
    `共 ${report.submissions.length} 篇稿件，参考范文 ${report.referenceCount} 篇；阈值 ${percent(report.threshold)}，超过阈值 ${flagged} 篇。` +
    `重复率为与其他稿件或范文相同的片段（不少于 ${report.minPassageChars} 字，引文与常用提法不计）占全文字数的比例。`;
  const ranked = byRate(report.submissions);
  const summaryRows = ranked.map((s, i) => [
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
    ...(report.clusters.length > 0
      ? [heading('相似群组', looks), table(['序号', '说明', '稿件（与来源的重复率）'], clusterRows(report), [14, 60, 82], looks.body), paragraphsFragment(blankLine())]
      : []),
    ...(report.problems.length > 0
      ? [heading('需要注意的稿件', looks), table(['稿件', '说明'], report.problems.map((p) => [p.name, p.message]), [50, 106], looks.body), paragraphsFragment(blankLine())]
      : []),
    heading('各稿件重复率', looks),
    table(['序号', '稿件', '重复率', '超过阈值', '主要相似来源'], summaryRows, [14, 48, 20, 22, 52], looks.body),
    paragraphsFragment(blankLine()),
    ...ranked.flatMap((s) => (s.exceeds ? submissionSection(s, texts, looks) : [])),
  ];
  const document = new Document({
    title: withoutXmlForbidden(title),
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles(looks),
    sections: [{ properties: gbt9704Section, footers: pageNumberFooters(looks.pageNumber), children }],
  });
  return packDocx(document);
}
