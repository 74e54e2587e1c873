import { Command, type Argument, type Option } from 'commander';
import type { Services } from '../core/services/contract.js';
import { registerCheckCommand } from './commands/check.js';
import { registerCollectCommand } from './commands/collect.js';
import { registerCompileCommand } from './commands/compile.js';
import { registerExportCommand } from './commands/export.js';
import { registerImportCommand } from './commands/import.js';
import { registerQuotesCommand, registerThemesCommand } from './commands/quotes.js';
import { registerSimilarityCommand } from './commands/similarity.js';

export interface CliContext {
  services: Services;
  /** The services with the 金句库 at `libraryFile` (the default library when undefined). */
  quoteServices: (libraryFile: string | undefined) => Services;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

const HELP_TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/** Commander's “(choices: …, default: …)” in Chinese. */
function describeWithExtras(description: string, choices: readonly string[] | undefined, defaultValue: unknown, defaultDescription: string | undefined): string {
  const extras: string[] = [];
  if (choices) extras.push(`可选：${choices.join('、')}`);
  if (defaultValue !== undefined) extras.push(`默认：${defaultDescription ?? String(defaultValue)}`);
  return extras.length > 0 ? `${description}（${extras.join('；')}）` : description;
}

const optionDescription = (option: Option): string =>
  // A --no-x switch's default (true) says nothing a reader needs.
  describeWithExtras(option.description, option.argChoices, option.negate ? undefined : option.defaultValue, option.defaultValueDescription);
const argumentDescription = (argument: Argument): string =>
  describeWithExtras(argument.description, argument.argChoices, argument.defaultValue, argument.defaultValueDescription);

/** A command with Chinese help and errors that throw (so one place maps them to exit codes). */
export function newCommand(name: string, context: CliContext): Command {
  return new Command(name)
    .helpOption('-h, --help', '显示帮助')
    .exitOverride()
    .configureOutput({ writeOut: (s) => context.stdout(s.trimEnd()), writeErr: () => undefined })
    .configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title, optionDescription, argumentDescription });
}

export function buildProgram(context: CliContext): Command {
  const program = newCommand('gaojiang', context)
    .description('稿匠命令行：导入材料、导出公文格式 Word、写作体检、金句库与引文核校、查重、汇编成册')
    .version('0.1.0', '-V, --version', '显示版本号')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .showSuggestionAfterError(false);
  registerImportCommand(program, context);
  registerExportCommand(program, context);
  registerCheckCommand(program, context);
  registerQuotesCommand(program, context);
  registerThemesCommand(program, context);
  registerSimilarityCommand(program, context);
  registerCompileCommand(program, context);
  registerCollectCommand(program, context);
  return program;
}
