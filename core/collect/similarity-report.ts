import { formatCsv } from '../quotes/csv.js';
import type { SimilarityReport, SourceKind, SubmissionSimilarity } from './similarity.js';

/** Shared wording of the 查重 report for the terminal, CSV and Word. */

export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

export const SOURCE_KIND_NAMES: Record<SourceKind, string> = { submission: '其他稿件', reference: '参考范文' };

/** Which paragraph (1-based, a block a line in the compared text) an offset falls in. */
export function paragraphNumber(text: string, offset: number): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** One line per submission for the terminal: share, flag, the texts it overlaps most. */
export function summaryLine(submission: SubmissionSimilarity): string {
  const flag = submission.exceeds ? '【超过阈值】' : '';
  const sources = submission.sources
    .slice(0, 3)
    .map((source) => `${source.name}（${SOURCE_KIND_NAMES[source.kind]}，${percent(source.share)}）`)
    .join('、');
  return `${submission.name}：重复率 ${percent(submission.share)}${flag}${sources ? `，相似来源：${sources}` : ''}`;
}

const CSV_HEADER = ['稿件', '字数', '重复率', '超过阈值', '相似来源', '来源类型', '与该来源重复率', '相同片段数'];

/** One row per submission and source it overlaps; a submission without overlap gets one row with the source columns empty. */
export function similarityCsv(report: SimilarityReport): string {
  const rows: string[][] = [CSV_HEADER];
  for (const submission of report.submissions) {
    const head = [submission.name, String(submission.chars), percent(submission.share), submission.exceeds ? '是' : '否'];
    if (submission.sources.length === 0) rows.push([...head, '', '', '', '']);
    for (const source of submission.sources) {
      rows.push([...head, source.name, SOURCE_KIND_NAMES[source.kind], percent(source.share), String(source.passages)]);
    }
  }
  return formatCsv(rows);
}
