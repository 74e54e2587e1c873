import { CommanderError } from 'commander';
import { isGaojiangError } from '../core/errors.js';

/** Exit codes: 0 ok, 1 the user's input was wrong, 2 something inside 稿匠 failed. */
export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_INTERNAL_ERROR = 2;

/** Commander's own messages, in Chinese. */
const COMMANDER_MESSAGES: Record<string, string> = {
  'commander.unknownOption': '不认识的选项',
  'commander.unknownCommand': '不认识的命令',
  'commander.missingArgument': '缺少必需的参数',
  'commander.optionMissingArgument': '选项缺少取值',
  'commander.missingMandatoryOptionValue': '缺少必需的选项',
  'commander.invalidArgument': '参数取值无效',
  'commander.excessArguments': '参数过多',
  'commander.conflictingOption': '选项互相冲突',
};

/** Turns whatever a command threw into a Chinese line on stderr and an exit code. */
export function reportFailure(error: unknown, stderr: (line: string) => void): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return EXIT_OK;
    }
    const what = COMMANDER_MESSAGES[error.code] ?? '命令用法不正确';
    stderr(`错误：${what}（${error.message.replace(/^error: /, '')}）。用 --help 查看用法。`);
    return EXIT_USER_ERROR;
  }
  if (isGaojiangError(error)) {
    stderr(`错误：${error.userMessage}`);
    return EXIT_USER_ERROR;
  }
  stderr('错误：稿匠内部出错，操作未完成。请把下面的信息告诉维护人员：');
  stderr(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return EXIT_INTERNAL_ERROR;
}
