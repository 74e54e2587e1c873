import { Option, type Command } from 'commander';
import { FONT_PROFILES } from '../../core/export/options.js';
import { writeOutput } from '../output-file.js';
import { newCommand, type CliContext } from '../command.js';

export function registerExportCommand(program: Command, context: CliContext): void {
  program.addCommand(
    newCommand('export', context)
      .description('把稿件导出为 GB/T 9704 公文格式的 Word 文档（.docx）')
      .argument('<稿件.json>', '稿匠稿件文件')
      .requiredOption('-o, --output <文件.docx>', '输出的 Word 文件')
      .addOption(new Option('--fonts <字体方案>', 'gb2312：方正小标宋、仿宋_GB2312 等公文字体；windows：仿宋、楷体、黑体等系统字体').choices(FONT_PROFILES).default('gb2312'))
      .option('--no-author-line', '不打印标题下的作者/单位行')
      .action(async (draftPath: string, options: { output: string; fonts: (typeof FONT_PROFILES)[number]; authorLine: boolean }) => {
        const { draft } = await context.services.openDraft({ path: draftPath });
        const bytes = await context.services.exportDocx({
          draft,
          options: { fonts: options.fonts, printAuthorLine: options.authorLine },
        });
        context.stdout(`已导出：${await writeOutput(options.output, bytes)}`);
      }),
  );
}
