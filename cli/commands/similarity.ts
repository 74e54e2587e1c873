import { InvalidArgumentError, type Command } from 'commander';
import type { CollectionArticle } from '../../core/collect/articles.js';
import { DEFAULT_THRESHOLD, findSimilarity, type SimilarityDocument, type SimilarityProblem } from '../../core/collect/similarity.js';
import { similarityReportDocx } from '../../core/collect/similarity-docx.js';
import { byRate, overviewLines, similarityCsv, summaryLine } from '../../core/collect/similarity-report.js';
import { draftComparableText } from '../../core/collect/similarity-text.js';
import { EXIT_USER_ERROR } from '../run.js';
import { newCommand, type CliContext } from '../command.js';
import { writeOutput } from '../output-file.js';
import { readSubmissions } from './collect-inputs.js';

/**
 * gaojiang similarity: 查重 between every pair of submissions and against a
 * folder of known online 范文. Clusters (groups sharing most of one text)
 * and problems (unreadable, empty, duplicate files) first, then each
 * submission's rate, highest first, with its strongest matches. Exit code 1
 * when a submission's share of shared passages is above the threshold, so
 * a script can stop on it.
 */
interface SimilarityCommandOptions {
  corpus?: string;
  threshold: number;
  json?: boolean;
  csv?: string;
  docx?: string;
}

function parseThreshold(value: string): number {
  const number = Number(value.replace(/%$/, '')) / (value.endsWith('%') ? 100 : 1);
  if (!Number.isFinite(number) || number < 0 || number > 1) throw new InvalidArgumentError('阈值须在 0 到 1 之间（如 0.3），或写成百分数（如 30%）');
  return number;
}

/** One document per article: a file holding several articles gives 文件名（第n篇）. */
function documentsOf(articles: readonly CollectionArticle[], prefix: string): SimilarityDocument[] {
  const perSource = new Map<string, number>();
  for (const article of articles) perSource.set(article.source, (perSource.get(article.source) ?? 0) + 1);
  const seen = new Map<string, number>();
  return articles.map((article, i) => {
    const n = (seen.get(article.source) ?? 0) + 1;
    seen.set(article.source, n);
    const name = (perSource.get(article.source) ?? 1) > 1 ? `${article.source}（第${n}篇）` : article.source;
    return { id: `${prefix}${i + 1}`, name, ...draftComparableText(article.draft) };
  });
}

export function registerSimilarityCommand(program: Command, context: CliContext): void {
  program.addCommand(
    newCommand('similarity', context)
      .description(
        '查重：比对每两篇稿件，并与参考范文比对，给出每篇的重复率（相同片段占全文的比例）和相同片段；' +
          '引文（领导讲话原话）和常用提法不计；有稿件超过阈值时退出码为 1',
      )
      .argument('<稿件...>', '稿件文件夹或文件（.gaojiang、.json、.docx、.txt、.html）')
      .option('--corpus <文件夹>', '参考范文文件夹（网上范文等，.txt、.docx、.html）')
      .option('--threshold <比例>', '重复率阈值，0 到 1 之间或百分数', parseThreshold, DEFAULT_THRESHOLD)
      .option('--json', '以 JSON 格式输出结果：相似群组、需要注意的文件、每篇的重复率与最相似的 5 篇')
      .option('--csv <文件.csv>', '另存为 CSV 表格（Excel、WPS 可打开），相似群组在前')
      .option('--docx <文件.docx>', '另存为 Word 查重报告（相似群组在前，附超过阈值稿件的相同片段）')
      .action(async (inputs: string[], options: SimilarityCommandOptions) => {
        const read = await readSubmissions(context, inputs, '读取');
        const submissions = documentsOf(read.articles, 's');
        const corpus = options.corpus ? await readSubmissions(context, [options.corpus], '读取范文') : undefined;
        const references = corpus ? documentsOf(corpus.articles, 'r') : [];
        const unreadable = [...read.skipped, ...(corpus?.skipped ?? [])].map(
          ({ name, reason }): SimilarityProblem => ({ kind: 'unreadable', name, message: `“${name}”无法读取，未参与查重：${reason}` }),
        );
        const found = findSimilarity(submissions, references, { threshold: options.threshold });
        const report = { ...found, problems: [...unreadable, ...found.problems] };

        if (options.json) {
          context.stdout(JSON.stringify(report, null, 2));
        } else {
          for (const line of overviewLines(report)) context.stdout(line);
          for (const submission of byRate(report.submissions)) context.stdout(summaryLine(submission));
          const flagged = report.submissions.filter((s) => s.exceeds).length;
          context.stdout(`共 ${report.submissions.length} 篇，参考范文 ${references.length} 篇；重复率超过 ${Math.round(report.threshold * 1000) / 10}% 的 ${flagged} 篇。`);
        }
        if (options.csv) context.stderr(`已保存 CSV：${await writeOutput(options.csv, similarityCsv(report))}`);
        if (options.docx) {
          const texts = new Map([...submissions, ...references].map((doc) => [doc.id, doc]));
          context.stderr(`已保存 Word 报告：${await writeOutput(options.docx, await similarityReportDocx(report, texts))}`);
        }
        if (report.submissions.some((s) => s.exceeds)) process.exitCode = EXIT_USER_ERROR;
      }),
  );
}
