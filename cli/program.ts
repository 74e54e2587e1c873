import type { Command } from 'commander';
import { newCommand, type CliContext } from './command.js';
import { registerCheckCommand } from './commands/check.js';
import { registerCollectCommand } from './commands/collect.js';
import { registerCompileCommand } from './commands/compile.js';
import { registerExportCommand } from './commands/export.js';
import { registerImportCommand } from './commands/import.js';
import { registerQuotesCommand } from './commands/quotes.js';
import { registerSimilarityCommand } from './commands/similarity.js';
import { registerThemesCommand } from './commands/themes.js';

/** The `gaojiang` program: every command group, one module each under commands/. */
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
