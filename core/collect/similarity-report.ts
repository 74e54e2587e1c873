import { formatCsv } from '../quotes/csv.js';
import { clusterSentence } from './similarity-clusters.js';
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

/** Highest rate first (the order the organizer reads a report in); ties keep the collection's order. */
export const byRate = (submissions: readonly SubmissionSimilarity[]): SubmissionSimilarity[] => [...submissions].sort((p, q) => q.share - p.share);

/** Cluster number (1-based, as listed) of each submission in one, the source included. */
export function clusterNumbers(report: SimilarityReport): Map<string, number> {
  const numbers = new Map<string, number>();
  report.clusters.forEach((cluster, i) => {
    numbers.set(cluster.sourceId, i + 1);
    for (const member of cluster.members) numbers.set(member.id, i + 1);
  });
  return numbers;
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

/** The lines the terminal shows first: each cluster, then each problem. */
export function overviewLines(report: SimilarityReport): string[] {
  return [
    ...report.clusters.map((cluster, i) => `相似群组 ${i + 1}：${clusterSentence(cluster)}`),
    ...report.problems.map((problem) => `注意：${problem.message}`),
  ];
}

const CLUSTER_HEADER = ['相似群组', '共同来源', '来源类型', '稿件数', '说明'];
const CSV_HEADER = ['稿件', '字数', '重复率', '超过阈值', '所属群组', '相似来源', '来源类型', '与该来源重复率', '相同片段数'];
const PROBLEM_HEADER = ['需要注意的稿件', '说明'];

/**
 * Clusters first, then one row per submission and source it overlaps
 * (highest rate first; a submission without overlap gets one row with the
 * source columns empty), then the problems; a blank row between the tables.
 */
export function similarityCsv(report: SimilarityReport): string {
  const clusterOf = clusterNumbers(report);
  const rows: string[][] = [CLUSTER_HEADER];
  report.clusters.forEach((cluster, i) => {
    rows.push([String(i + 1), cluster.sourceName, SOURCE_KIND_NAMES[cluster.sourceKind], String(cluster.members.length + 1), clusterSentence(cluster)]);
  });
  rows.push([], CSV_HEADER);
  for (const submission of byRate(report.submissions)) {
    const cluster = clusterOf.get(submission.id);
    const head = [submission.name, String(submission.chars), percent(submission.share), submission.exceeds ? '是' : '否', cluster ? String(cluster) : ''];
    if (submission.sources.length === 0) rows.push([...head, '', '', '', '']);
    for (const source of submission.sources) {
      rows.push([...head, source.name, SOURCE_KIND_NAMES[source.kind], percent(source.share), String(source.passages)]);
    }
  }
  if (report.problems.length > 0) rows.push([], PROBLEM_HEADER, ...report.problems.map((problem) => [problem.name, problem.message]));
  return formatCsv(rows);
}
