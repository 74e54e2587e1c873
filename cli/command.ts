import { Command, type Argument, type Option } from 'commander';
import type { Services } from '../core/services/contract.js';

/**
 * What every command shares: its context (services, output) and a Commander
 * command with Chinese help. Its own module so commands and the program that
 * gathers them do not import each other.
 */
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

/** The shared database file (金句库, collections) a command works on. */
export const LIBRARY_OPTION = ['--library <文件>', '稿匠资料库文件（默认：~/稿匠/金句库.sqlite，与应用共用）'] as const;
