import path from 'node:path';
import type { Command } from 'commander';
import { importPlainText } from '../../core/import/plain-text.js';
import { readChineseTextFile } from '../../core/node/text-file.js';
import { newCommand, type CliContext } from '../program.js';

export function registerImportCommand(program: Command, context: CliContext): void {
  program.addCommand(
    newCommand('import', context)
      .description('把纯文本材料（.txt，UTF-8 或 GBK）转为稿匠稿件：识别标题、一是/二是、一、（一）等结构，去掉原有编号（编号由稿匠自动生成）')
      .argument('<材料.txt>', '要导入的文本文件')
      .requiredOption('-o, --output <稿件.json>', '输出的稿匠稿件文件')
      .action(async (sourcePath: string, options: { output: string }) => {
        const text = await readChineseTextFile(path.resolve(sourcePath));
        const fallbackTitle = path.basename(sourcePath, path.extname(sourcePath));
        const draft = importPlainText(text, { fallbackTitle });
        const output = path.resolve(options.output);
        await context.services.saveDraft({ path: output, draft });
        const points = draft.children.filter((block) => block.type === 'point').length;
        const headings = draft.children.filter((block) => block.type === 'heading').length;
        context.stdout(`已导入：${output}（${draft.children.length} 段，其中小标题 ${headings} 个、分点 ${points} 个）`);
      }),
  );
}
