import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { FONT_PROFILES } from '../../core/export/options.js';
import { convertDocxToPdf, findLibreOffice, LIBREOFFICE_MISSING } from '../../core/node/libreoffice.js';
import { GaojiangError } from '../../core/errors.js';
import { writeOutput } from '../output-file.js';
import { newCommand, type CliContext } from '../command.js';

const isPdf = (file: string): boolean => path.extname(file).toLowerCase() === '.pdf';

/**
 * The exported .docx printed to PDF by LibreOffice (found on PATH or in its
 * usual install folders), in a private temporary folder; the PDF's bytes.
 */
async function docxToPdf(bytes: Uint8Array): Promise<Uint8Array> {
  const soffice = findLibreOffice();
  if (!soffice) throw new GaojiangError('invalid-input', LIBREOFFICE_MISSING, 'LibreOffice not found');
  const dir = await mkdtemp(path.join(tmpdir(), 'gaojiang-pdf-'));
  try {
    const docx = path.join(dir, 'export.docx');
    await writeFile(docx, bytes);
    const [pdf] = await convertDocxToPdf([docx], dir, { soffice });
    return await readFile(pdf!);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function registerExportCommand(program: Command, context: CliContext): void {
  program.addCommand(
    newCommand('export', context)
      .description('把稿件导出为 GB/T 9704 公文格式的 Word 文档（.docx）；输出文件以 .pdf 结尾时，用 LibreOffice 转换为 PDF')
      .argument('<稿件.json>', '稿匠稿件文件')
      .requiredOption('-o, --output <文件.docx|文件.pdf>', '输出的 Word 文件，或 PDF 文件（需要安装 LibreOffice）')
      .addOption(new Option('--fonts <字体方案>', 'gb2312：方正小标宋、仿宋_GB2312 等公文字体；windows：仿宋、楷体、黑体等系统字体').choices(FONT_PROFILES).default('gb2312'))
      .option('--no-author-line', '不打印标题下的作者/单位行')
      .action(async (draftPath: string, options: { output: string; fonts: (typeof FONT_PROFILES)[number]; authorLine: boolean }) => {
        const { draft } = await context.services.openDraft({ path: draftPath });
        const bytes = await context.services.exportDocx({
          draft,
          options: { fonts: options.fonts, printAuthorLine: options.authorLine },
        });
        const output = isPdf(options.output) ? await docxToPdf(bytes) : bytes;
        context.stdout(`已导出：${await writeOutput(options.output, output)}`);
      }),
  );
}
