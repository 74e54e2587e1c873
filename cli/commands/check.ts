import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import {
  builtInCanonicalTerms,
  checkPlainText,
  fixAllMechanical,
  fixPlainText,
  mergeRuleSets,
  parseCanonicalTermRules,
  runChecks,
  SEVERITY_NAMES,
  summarizeFindings,
  type CheckOptions,
  type Finding,
} from '../../core/checks/index.js';
import { GaojiangError } from '../../core/errors.js';
import { fileError } from '../../core/node/file-system.js';
import { importFile } from '../../core/node/import-file.js';
import { loadNodeSegmenter } from '../../core/node/segmenter.js';
import { readChineseTextFile } from '../../core/node/text-file.js';
import type { Template } from '../../core/templates/schema.js';
import { writeOutput } from '../output-file.js';
import { EXIT_USER_ERROR } from '../run.js';
import { newCommand, type CliContext } from '../command.js';

/**
 * gaojiang check: 写作体检 on a draft or a .txt, one finding per line (or
 * JSON), optionally writing a fixed copy. Exit code 1 when an error-level
 * finding remains (after fixing, with --fix), so an organiser can run it
 * over a folder of submissions; 0 otherwise.
 */
interface CheckCommandOptions {
  json?: boolean;
  fix?: boolean;
  output?: string;
  template?: string;
  rules?: string;
}

const DRAFT_EXTENSIONS = ['.gaojiang', '.json'];

export function registerCheckCommand(program: Command, context: CliContext): void {
  program.addCommand(
    newCommand('check', context)
      .description('写作体检：查出标点符号、编号结构、规范表述、标题对仗、篇幅时长、重复、模板要求等问题；有“错误”级问题时退出码为 1')
      .argument('<稿件>', '稿匠稿件（.gaojiang 或 .json）、纯文本材料（.txt，UTF-8 或 GBK）或 Word 文档（.docx）')
      .option('--json', '以 JSON 格式输出（便于批量处理）')
      .option('--fix', '自动修正全部可机械修正的问题，须同时用 -o 指定输出文件')
      .option('-o, --output <文件>', '修正结果写到这里：稿件和 Word 输入写稿件文件，.txt 输入写纯文本（UTF-8）')
      .option('--template <模板编号>', '按此模板检查各部分篇幅、发言时长和模板要求的部分（默认用稿件记录的模板）')
      .option('--rules <规则.json>', '另加一个规范表述规则文件（格式同 data/rules/canonical-terms.json）')
      .action(async (input: string, options: CheckCommandOptions) => {
        if (options.fix && !options.output) throw new GaojiangError('invalid-input', '使用 --fix 时须用 -o 指定输出文件（不会改动原文件）。');
        if (options.output && !options.fix) throw new GaojiangError('invalid-input', '-o 只与 --fix 一起使用。');
        const file = path.resolve(input);
        const extension = path.extname(file).toLowerCase();
        const checkOptions: CheckOptions = { canonicalTerms: await loadRules(options.rules) };
        // 的/地/得 and 重复赘余 need word boundaries.
        loadNodeSegmenter();
        if (extension === '.txt') await checkTextFile(context, file, options, checkOptions);
        else if (DRAFT_EXTENSIONS.includes(extension)) await checkDraftFile(context, file, options, checkOptions);
        else if (extension === '.docx') await checkWordFile(context, file, options, checkOptions);
        else {
          throw new GaojiangError('invalid-input', `不支持的文件类型“${extension || '（无扩展名）'}”：请给出 .gaojiang、.json、.txt 或 .docx 文件。`);
        }
      }),
  );
}

async function loadRules(rulesPath: string | undefined): Promise<CheckOptions['canonicalTerms']> {
  if (!rulesPath) return builtInCanonicalTerms();
  const resolved = path.resolve(rulesPath);
  const text = await readFile(resolved, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw fileError(error, resolved);
  });
  return mergeRuleSets(builtInCanonicalTerms(), parseCanonicalTermRules(path.basename(resolved), text));
}

async function findTemplate(context: CliContext, id: string | undefined, explicit: boolean): Promise<Template | undefined> {
  if (!id) return undefined;
  const { templates } = await context.services.listTemplates({});
  const entry = templates.find((candidate) => candidate.template.id === id);
  if (!entry && explicit) throw new GaojiangError('invalid-input', `找不到模板“${id}”。`);
  if (!entry) context.stderr(`提示：找不到稿件所用的模板“${id}”，篇幅和时长不作检查。`);
  return entry?.template;
}

async function checkDraftFile(context: CliContext, file: string, options: CheckCommandOptions, checkOptions: CheckOptions): Promise<void> {
  const { draft } = await context.services.openDraft({ path: file });
  const template = await findTemplate(context, options.template ?? draft.meta.templateId, options.template !== undefined);
  const full = { ...checkOptions, ...(template ? { template } : {}) };
  let findings: Finding[];
  let fixed: Finding[] | undefined;
  let output: string | undefined;
  if (options.fix && options.output) {
    const result = fixAllMechanical(draft, full);
    output = path.resolve(options.output);
    await context.services.saveDraft({ path: output, draft: result.draft });
    findings = result.remaining;
    fixed = result.fixed;
  } else {
    findings = runChecks(draft, full);
  }
  report(context, { file, findings, fixed, output, json: options.json === true, where: (f) => `第${f.location.block + 1}段` });
}

/**
 * A Word document: imported as `gaojiang import` does, but keeping
 * traditional characters and half-width punctuation (the check reports what the writer wrote). A
 * compilation gives one draft per article, each checked on its own; --fix
 * writes the fixed draft, for one article only.
 */
async function checkWordFile(context: CliContext, file: string, options: CheckCommandOptions, checkOptions: CheckOptions): Promise<void> {
  const { drafts } = await importFile(file, { keepTraditional: true, keepHalfWidthPunctuation: true });
  const template = await findTemplate(context, options.template, true);
  const full = { ...checkOptions, ...(template ? { template } : {}) };
  if (options.fix && options.output) {
    if (drafts.length !== 1) {
      throw new GaojiangError('invalid-input', `这份文档包含 ${drafts.length} 篇文章：请先用 gaojiang import --out-dir 分篇导入，再逐篇检查修正。`);
    }
    const result = fixAllMechanical(drafts[0]!, full);
    const output = path.resolve(options.output);
    await context.services.saveDraft({ path: output, draft: result.draft });
    report(context, { file, findings: result.remaining, fixed: result.fixed, output, json: options.json === true, where: (f) => `第${f.location.block + 1}段` });
    return;
  }
  const several = drafts.length > 1;
  const located = drafts.flatMap((draft, article) => runChecks(draft, full).map((finding) => ({ finding, article })));
  const articleOf = new Map(located.map(({ finding, article }) => [finding, article]));
  report(context, {
    file,
    findings: located.map(({ finding }) => finding),
    fixed: undefined,
    output: undefined,
    json: options.json === true,
    where: (f) => `${several ? `第${(articleOf.get(f) ?? 0) + 1}篇` : ''}第${f.location.block + 1}段`,
  });
}

async function checkTextFile(context: CliContext, file: string, options: CheckCommandOptions, checkOptions: CheckOptions): Promise<void> {
  const text = await readChineseTextFile(file);
  const template = await findTemplate(context, options.template, true);
  const full = { ...checkOptions, ...(template ? { template } : {}), fallbackTitle: path.basename(file, path.extname(file)) };
  let fixed: Finding[] | undefined;
  let output: string | undefined;
  let check = checkPlainText(text, full);
  if (options.fix && options.output) {
    const result = fixPlainText(text, full);
    output = await writeOutput(options.output, result.text);
    check = result.remaining;
    fixed = result.fixed;
  }
  const lines = check.sourceLines;
  report(context, {
    file,
    findings: check.findings,
    fixed,
    output,
    json: options.json === true,
    where: (f) => {
      const line = lines[f.location.block];
      return line === undefined ? `第${f.location.block + 1}段` : `第${line}行`;
    },
  });
}

interface Report {
  file: string;
  findings: Finding[];
  fixed: Finding[] | undefined;
  output: string | undefined;
  json: boolean;
  where: (finding: Finding) => string;
}

function report(context: CliContext, { file, findings, fixed, output, json, where }: Report): void {
  const summary = summarizeFindings(findings);
  if (json) {
    const entries = findings.map((finding) => ({ where: where(finding), ...finding }));
    context.stdout(JSON.stringify({ file, ...(output ? { output, fixed: fixed?.length ?? 0 } : {}), summary, findings: entries }, null, 2));
  } else {
    if (output) context.stdout(`已自动修正 ${fixed?.length ?? 0} 处，写入：${output}`);
    for (const finding of findings) {
      const fixable = finding.fixAll && finding.fix ? '（可自动修正）' : '';
      context.stdout(`${where(finding)} ${SEVERITY_NAMES[finding.severity]}〔${finding.kind}〕「${finding.excerpt}」：${finding.message}${fixable}`);
    }
    context.stdout(summaryLine(summary, output !== undefined));
  }
  if (summary.bySeverity.error > 0) process.exitCode = EXIT_USER_ERROR;
}

function summaryLine(summary: ReturnType<typeof summarizeFindings>, afterFix: boolean): string {
  const prefix = afterFix ? '修正后' : '';
  if (summary.total === 0) return `${prefix}未发现问题。`;
  const counts = `错误 ${summary.bySeverity.error} 处，警告 ${summary.bySeverity.warning} 处，提示 ${summary.bySeverity.info} 处`;
  const fixable = !afterFix && summary.fixable > 0 ? `；其中 ${summary.fixable} 处可用 --fix 自动修正` : '';
  return `${prefix}共 ${summary.total} 处：${counts}${fixable}。`;
}
