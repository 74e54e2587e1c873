import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { GaojiangError } from '../../core/errors.js';
import { sanitizeFileName } from '../../core/file-name.js';
import type { ImportNote } from '../../core/import/notes.js';
import type { ImportResult } from '../../core/import/import-text.js';
import { DRAFT_FILE_EXTENSION } from '../../core/model/migrate.js';
import type { Draft } from '../../core/model/schema.js';
import { draftTitle } from '../../core/model/text.js';
import { fileError } from '../../core/node/file-system.js';
import { importFile } from '../../core/node/import-file.js';
import { newCommand, type CliContext } from '../command.js';

interface ImportCommandOptions {
  output?: string;
  outDir?: string;
  keepTraditional?: boolean;
  keepPunctuation?: boolean;
}

export function registerImportCommand(program: Command, context: CliContext): void {
  program.addCommand(
    newCommand('import', context)
      .description(
        '把已有材料（Word 文档 .docx、文本 .txt（UTF-8 或 GBK）、网页 .html）转为稿匠稿件：去掉网页杂项，繁体转简体，' +
          '识别标题、作者行、一是/二是、一、（一）等结构，去掉原有编号（编号由稿匠自动生成）；汇编材料按篇拆成多份稿件',
      )
      .argument('<材料>', '要导入的文件（.docx、.txt、.html）')
      .option('-o, --output <稿件.gaojiang>', '输出的稿匠稿件文件（材料只有一篇时）')
      .option('--out-dir <文件夹>', '输出文件夹：每篇一份稿件，以标题命名')
      .option('--keep-traditional', '保留繁体字，不转换为简体')
      .option('--keep-punctuation', '保留原样：中文之间的半角标点（, ; : ? ! ( )）不改为全角')
      .action(async (sourcePath: string, options: ImportCommandOptions) => {
        if (!options.output && !options.outDir) {
          throw new GaojiangError('invalid-input', '请用 -o 指定输出的稿件文件，或用 --out-dir 指定输出文件夹。', 'import without output');
        }
        const result = await importFile(path.resolve(sourcePath), {
          keepTraditional: options.keepTraditional === true,
          keepHalfWidthPunctuation: options.keepPunctuation === true,
        });
        if (options.output && result.drafts.length > 1) {
          throw new GaojiangError(
            'invalid-input',
            `这份材料包含 ${result.drafts.length} 篇文章，会生成 ${result.drafts.length} 份稿件：请改用 --out-dir 指定输出文件夹。`,
            'several drafts with -o',
          );
        }
        const outputs = options.output ? [path.resolve(options.output)] : await outputPaths(path.resolve(options.outDir ?? '.'), result.drafts);
        for (const [i, draft] of result.drafts.entries()) {
          const output = outputs[i] as string;
          await context.services.saveDraft({ path: output, draft });
          context.stdout(`已导入：${output}（${summary(draft)}）`);
        }
        for (const line of reportLines(result)) context.stdout(line);
      }),
  );
}

/** One file per draft, named by its title (numbered when there are several, so the order is kept). */
async function outputPaths(folder: string, drafts: readonly Draft[]): Promise<string[]> {
  await mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw fileError(error, folder, 'write');
  });
  const width = String(drafts.length).length;
  return drafts.map((draft, i) => {
    const name = sanitizeFileName(draftTitle(draft), `稿件${i + 1}`);
    const prefix = drafts.length > 1 ? `${String(i + 1).padStart(width, '0')}-` : '';
    return path.join(folder, `${prefix}${name}${DRAFT_FILE_EXTENSION}`);
  });
}

function summary(draft: Draft): string {
  const count = (type: string) => draft.children.filter((block) => block.type === type).length;
  const parts = [`标题“${draftTitle(draft)}”`, `${draft.children.length} 段`];
  if (count('author-line')) parts.push('作者行');
  parts.push(`小标题 ${count('heading')} 个`, `分点 ${count('point')} 个`);
  if (count('closing')) parts.push('结尾段');
  return parts.join('，');
}

const where = (note: ImportNote, unit: string): string => (note.line === undefined ? '' : `第 ${note.line} ${unit} `);
const quoted = (note: ImportNote): string => (note.text ? `：“${note.text}”` : '');

/** What the import recognised and what a person should check, for the terminal. */
export function reportLines(result: ImportResult): string[] {
  const unit = result.detected.sourceKind === 'docx' || result.detected.sourceKind === 'html' ? '段' : '行';
  const lines: string[] = [];
  if (result.volume?.title) lines.push(`汇编标题：“${result.volume.title}”（不属于任何一篇，未写入稿件）`);
  if (result.volume && result.volume.preface.length > 0) lines.push(`汇编前言 ${result.volume.preface.length} 段未写入稿件。`);
  for (const note of result.notes.filter((n) => n.kind === 'info')) lines.push(note.message);
  const removed = result.notes.filter((n) => n.kind === 'removed' || n.kind === 'joined');
  if (removed.length > 0) {
    lines.push(`已清理 ${removed.length} 处：`);
    for (const note of removed) lines.push(`  ${where(note, unit)}${note.kind === 'joined' ? note.message : `去掉${note.message}`}${quoted(note)}`);
  }
  const review = result.notes.filter((n) => n.kind === 'review');
  if (review.length > 0) {
    lines.push(`请核对 ${review.length} 处：`);
    for (const note of review) lines.push(`  ${where(note, unit)}${note.message}${quoted(note)}`);
  }
  return lines;
}
