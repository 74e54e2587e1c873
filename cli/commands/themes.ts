import path from 'node:path';
import type { Command } from 'commander';
import { readChineseTextFile } from '../../core/node/text-file.js';
import { describeSourcing } from '../../core/quotes/source-line.js';
import { writeOutput } from '../output-file.js';
import { LIBRARY_OPTION, newCommand, type CliContext } from '../command.js';

/** `gaojiang themes …`: study theme packs handed out by an organizer. */
export function registerThemesCommand(program: Command, context: CliContext): void {
  const themes = newCommand('themes', context)
    .description('学习主题包：导入、导出、列出组织者下发的学习主题')
    .helpCommand('help [命令]', '显示某个命令的帮助');
  themes.addCommand(importThemeCommand(context));
  themes.addCommand(exportThemeCommand(context));
  themes.addCommand(listThemesCommand(context));
  program.addCommand(themes);
}

function importThemeCommand(context: CliContext): Command {
  return newCommand('import', context)
    .description('导入学习主题包：保存主题（要点、建议小标题、模板、截止日期），其金句加上主题标签收入金句库')
    .argument('<主题包.json>', '组织者下发的学习主题包')
    .option(...LIBRARY_OPTION)
    .action(async (file: string, options: { library?: string }) => {
      const text = await readChineseTextFile(path.resolve(file));
      const result = await context.quoteServices(options.library).importThemePack({ text });
      context.stdout(
        `已导入学习主题“${result.theme.title}”（编号 ${result.theme.id}）：金句新增 ${result.added} 条，库中已有 ${result.duplicates} 条（已加主题标签）；${describeSourcing(result)}。`,
      );
      for (const conflict of result.conflicts) context.stdout(`出处不同：${conflict}`);
    });
}

function exportThemeCommand(context: CliContext): Command {
  return newCommand('export', context)
    .description('把已导入的学习主题导出为主题包，可再分发')
    .argument('<主题编号>', '见 gaojiang themes list')
    .requiredOption('-o, --output <主题包.json>', '输出文件')
    .option(...LIBRARY_OPTION)
    .action(async (id: string, options: { output: string; library?: string }) => {
      const { text } = await context.quoteServices(options.library).exportThemePack({ id });
      context.stdout(`已导出：${await writeOutput(options.output, text)}`);
    });
}

function listThemesCommand(context: CliContext): Command {
  return newCommand('list', context)
    .description('列出已导入的学习主题')
    .option('--json', '以 JSON 输出')
    .option(...LIBRARY_OPTION)
    .action(async (options: { json?: boolean; library?: string }) => {
      const { themes: entries } = await context.quoteServices(options.library).listThemes({});
      if (options.json) {
        context.stdout(JSON.stringify(entries, null, 2));
        return;
      }
      if (entries.length === 0) context.stdout('还没有导入学习主题。');
      for (const { theme, quoteCount } of entries) {
        const deadline = theme.deadline ? `，截止 ${theme.deadline}` : '';
        context.stdout(`${theme.id}  ${theme.title}（金句 ${quoteCount} 条，要点 ${theme.keyPoints.length} 条，模板 ${theme.templateId}${deadline}）`);
      }
    });
}
