import path from 'node:path';
import { Option, type Command } from 'commander';
import { GaojiangError } from '../../core/errors.js';
import { describeSourcing, sourceLine } from '../../core/quotes/source-line.js';
import { DRAFT_SCHEMA_VERSION, type Draft } from '../../core/model/schema.js';
import { EMPTY_META } from '../../core/model/create.js';
import { DEFAULT_NUMBERING } from '../../core/model/numbering.js';
import { importFile } from '../../core/node/import-file.js';
import { readChineseTextFile } from '../../core/node/text-file.js';
import type { Services } from '../../core/services/contract.js';
import { writeOutput } from '../output-file.js';
import { LIBRARY_OPTION, newCommand, type CliContext } from '../command.js';
import { EXIT_USER_ERROR } from '../run.js';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '']);

/** `gaojiang quotes …`: the 金句库 and 引文核校 from the command line. */
export function registerQuotesCommand(program: Command, context: CliContext): void {
  const quotes = newCommand('quotes', context)
    .description('金句库：核校引文、检索、导入导出金句包、从材料中提取金句')
    .helpCommand('help [命令]', '显示某个命令的帮助');
  quotes.addCommand(verifyCommand(context));
  quotes.addCommand(searchCommand(context));
  quotes.addCommand(importCommand(context));
  quotes.addCommand(exportCommand(context));
  quotes.addCommand(extractCommand(context));
  program.addCommand(quotes);
}

function verifyCommand(context: CliContext): Command {
  return newCommand('verify', context)
    .description(
      '引文核校：把稿件中的每条引文与金句库比对，逐条列出“✓ 与出处一致”（只认已核的表述）、“库中有此句（出处待核）”、“近似（有字不同，标点不算）”“未收录”，位置按“第N段”给出（纯文本按非空行计段，Word 文档按导入后的段落计）。发现近似引文时退出码为 1',
    )
    .argument('<稿件>', '稿匠稿件（.gaojiang / .json）、Word 文档（.docx）或纯文本材料（.txt）')
    .option('--json', '以 JSON 输出全部结果')
    .option(...LIBRARY_OPTION)
    .action(async (file: string, options: { json?: boolean; library?: string }) => {
      const services = context.quoteServices(options.library);
      const draft = await readDraftOrText(services, file);
      const report = await services.verifyDraft({ draft });
      if (options.json) context.stdout(JSON.stringify({ file, ...report }, null, 2));
      else {
        for (const finding of report.findings) context.stdout(`第${finding.blockIndex + 1}段：${finding.message}`);
        const { ok, pending, nearMiss, notFound } = report.counts;
        context.stdout(`核校完成：与已核出处一致 ${ok} 处，库中有但出处待核 ${pending} 处，近似（需修改）${nearMiss} 处，未收录 ${notFound} 处。`);
      }
      if (report.counts.nearMiss > 0) process.exitCode = EXIT_USER_ERROR;
    });
}

/**
 * A draft file as is; a Word or web document through the importer (its
 * articles one after another, 第N段 counting the imported paragraphs); a text
 * file as one paragraph per non-empty line, so 第N段 is its Nth paragraph.
 */
async function readDraftOrText(services: Services, file: string): Promise<Draft> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.gaojiang' || extension === '.json') return (await services.openDraft({ path: path.resolve(file) })).draft;
  if (!TEXT_EXTENSIONS.has(extension)) {
    // The importer also refuses .doc, .wps, .pdf … with what to do instead.
    // Punctuation as the writer typed it: quotations are reported as they stand in the file.
    const { drafts } = await importFile(path.resolve(file), { keepHalfWidthPunctuation: true });
    const [first] = drafts;
    if (!first) throw new GaojiangError('invalid-input', '文件中没有可核校的文字。', `no drafts imported from ${file}`);
    return { ...first, children: drafts.flatMap((draft) => draft.children) };
  }
  const text = await readChineseTextFile(path.resolve(file));
  const paragraphs = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    meta: { ...EMPTY_META },
    numbering: { ...DEFAULT_NUMBERING },
    children: (paragraphs.length > 0 ? paragraphs : ['']).map((line) => ({ type: 'paragraph', children: [{ text: line }] })),
  };
}

function searchCommand(context: CliContext): Command {
  return newCommand('search', context)
    .description('检索金句：整句（短语）完全匹配的排在前面；一两个字（如“人民”）也可检索')
    .argument('<检索词...>', '要找的文字；多个词用空格分开')
    .option('--speaker <讲话人>', '只看这位讲话人的')
    .option('--theme <主题>', '只看带这个主题标签的')
    .addOption(new Option('--verified', '只看已核的（原文已对照出处核实）').conflicts('unverified'))
    .option('--unverified', '只看待核的')
    .option('--limit <条数>', '最多列出几条', '20')
    .option('--json', '以 JSON 输出')
    .option(...LIBRARY_OPTION)
    .action(async (words: string[], options: SearchOptions) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
        throw new GaojiangError('invalid-input', '--limit 应为 1 到 500 之间的整数。', `bad --limit ${options.limit}`);
      }
      const status = options.verified ? '已核' : options.unverified ? '待核' : undefined;
      const result = await context.quoteServices(options.library).searchQuotes({
        query: words.join(' '),
        limit,
        ...(options.speaker ? { speaker: options.speaker } : {}),
        ...(options.theme ? { theme: options.theme } : {}),
        ...(status === undefined ? {} : { status }),
      });
      if (options.json) {
        context.stdout(JSON.stringify(result, null, 2));
        return;
      }
      if (result.results.length === 0) context.stdout('没有找到。');
      for (const { quote } of result.results) {
        context.stdout(`${quote.speaker || '（讲话人未注明）'}：“${quote.text}”——${sourceLine(quote)}  [${quote.id}]`);
      }
      if (result.hasMore) context.stdout(`……还有更多结果，可用 --limit 调大条数。`);
    });
}

interface SearchOptions {
  speaker?: string;
  theme?: string;
  verified?: boolean;
  unverified?: boolean;
  limit: string;
  json?: boolean;
  library?: string;
}

function packFormatOf(file: string): 'json' | 'csv' {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.json') return 'json';
  throw new GaojiangError('invalid-input', `不认识“${path.basename(file)}”的格式：金句包应为 .json 或 .csv 文件。`, `pack extension ${extension}`);
}

function importCommand(context: CliContext): Command {
  return newCommand('import', context)
    .description('导入金句包（.json，格式版本 1 或 2）或表格（.csv，首行为列名：原文、讲话人、出处、日期、刊载、网址、场合、主题、备注、核实、核实人、核实日期、同一句）；与库中已有的重复（只差全半角标点或空格）的跳过，出处与库中不同的列出、不覆盖。有条目格式不对时退出码为 1，其余条目照常导入')
    .argument('<金句包>', '.json 或 .csv 文件（UTF-8 或 GBK）')
    .option(...LIBRARY_OPTION)
    .action(async (file: string, options: { library?: string }) => {
      const format = packFormatOf(file);
      const text = await readChineseTextFile(path.resolve(file));
      const result = await context.quoteServices(options.library).importQuotePack({ text, format });
      context.stdout(
        `已导入“${path.basename(file)}”：新增 ${result.added} 条，重复 ${result.duplicates} 条（已跳过），有误 ${result.invalid} 条；${describeSourcing(result)}。`,
      );
      for (const conflict of result.conflicts) context.stdout(`出处不同：${conflict}`);
      for (const problem of result.problems) context.stderr(`有误：${problem}`);
      if (result.invalid > 0) process.exitCode = EXIT_USER_ERROR;
    });
}

function exportCommand(context: CliContext): Command {
  return newCommand('export', context)
    .description('把金句库（或某个主题的金句）导出为金句包')
    .requiredOption('-o, --output <文件>', '输出文件：.json（金句包）或 .csv（表格，可用 Excel/WPS 打开）')
    .option('--theme <主题>', '只导出带这个主题标签的金句')
    .option(...LIBRARY_OPTION)
    .action(async (options: { output: string; theme?: string; library?: string }) => {
      const output = path.resolve(options.output);
      const format = packFormatOf(output);
      const { text } = await context.quoteServices(options.library).exportQuotePack({ format, ...(options.theme ? { theme: options.theme } : {}) });
      context.stdout(`已导出：${await writeOutput(output, text)}`);
    });
}

function extractCommand(context: CliContext): Command {
  return newCommand('extract', context)
    .description('从材料中找出领导人的原话：有讲话人的（习近平总书记指出：“……”，“……”总书记问道）和单独引用的整句（15 字以上），供收入金句库，文字转为简体；“千万工程”“四个意识”之类的提法、口号、谚语和群众、代表、专家的话不算。位置按“第N段”给出（按非空行计段）')
    .argument('<材料>', '纯文本文件（.txt，UTF-8 或 GBK，繁体亦可）')
    .option('--json', '以 JSON 输出（含在全文中的字符位置）')
    .action(async (file: string, options: { json?: boolean }) => {
      const text = await readChineseTextFile(path.resolve(file));
      const { quotations } = await context.services.extractQuotes({ text });
      const paragraphOf = paragraphIndexer(text);
      const located = quotations.map((q) => ({ paragraph: paragraphOf(q.start), ...q }));
      if (options.json) {
        context.stdout(JSON.stringify({ file, quotations: located }, null, 2));
        return;
      }
      for (const q of located) {
        const who = q.kind === 'attributed' ? `${q.speaker}${q.verb}` : '（未注明讲话人）';
        context.stdout(`第${q.paragraph}段：${who}：“${q.text}”`);
      }
      context.stdout(`共找到 ${quotations.length} 条引文。`);
    });
}

/** Offset in the text → 1-based number of its non-empty line. */
function paragraphIndexer(text: string): (offset: number) => number {
  const starts: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') starts.push(at);
    at += line.length + 1;
  }
  return (offset) => {
    let index = 0;
    while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= offset) index++;
    return index + 1;
  };
}
