import { Option, type Command } from 'commander';
import type { CollectionArticle } from '../../core/collect/articles.js';
import { compileCollection } from '../../core/collect/compile-docx.js';
import { FONT_PROFILES, type FontProfile } from '../../core/export/options.js';
import { loadNodeSegmenter } from '../../core/node/segmenter.js';
import { newCommand, type CliContext } from '../command.js';
import { writeOutput } from '../output-file.js';
import { progressOnStderr, readSubmissions } from './collect-inputs.js';

/**
 * gaojiang compile: the organizer's 汇编 — every submission in one Word
 * volume with a cover, a 目录 and the articles numbered 第1篇, 第2篇 ….
 */
interface CompileCommandOptions {
  output: string;
  title: string;
  unit?: string;
  date?: string;
  order: 'file' | 'name';
  fonts: FontProfile;
  duplex?: boolean;
  oddPageArticles?: boolean;
}

const ORDERS = ['file', 'name'] as const;

/** The writer's name: the author line's last word (单位 姓名), else the article's title. */
function writerName(article: CollectionArticle): string {
  const words = article.authorLine.trim().split(/\s+/);
  return words[words.length - 1] || article.title;
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`;
}

export function registerCompileCommand(program: Command, context: CliContext): void {
  program.addCommand(
    newCommand('compile', context)
      .description('汇编成册：把一批稿件按 GB/T 9704 格式合成一份 Word 文档，含封面、目录（带页码）和“第N篇”，正文页码从 1 起')
      .argument('<稿件...>', '稿件文件夹或文件（.gaojiang、.json、.docx、.txt、.html）；多篇合在一个文件里的材料按篇拆开')
      .requiredOption('-o, --output <汇编.docx>', '输出的 Word 文件')
      .requiredOption('--title <标题>', '汇编标题，印在封面上')
      .option('--unit <单位>', '组织单位，印在封面上')
      .option('--date <日期>', '封面日期（如 2025-06-12 或 2025年6月），默认今天')
      .addOption(new Option('--order <顺序>', 'file：按文件名；name：按作者姓名').choices(ORDERS).default('file'))
      .addOption(new Option('--fonts <字体方案>', 'gb2312：公文字体；windows：系统字体').choices(FONT_PROFILES).default('gb2312'))
      .option('--duplex', '双面打印：正文从奇数页开始（目录后需要时留一页空白）')
      .option('--odd-page-articles', '与 --duplex 同用：每篇都从奇数页开始')
      .action(async (inputs: string[], options: CompileCommandOptions) => {
        const { articles, files } = await readSubmissions(context, inputs, '读取');
        // A stable sort: a file's articles keep their order among the same writer's.
        const ordered = options.order === 'name' ? [...articles].sort((a, b) => writerName(a).localeCompare(writerName(b), 'zh-CN')) : articles;

        // Article titles break into balanced lines between words.
        loadNodeSegmenter();
        const laying = progressOnStderr(ordered.length, '排版');
        const compiled = await compileCollection(ordered, {
          title: options.title,
          unit: options.unit ?? '',
          date: options.date ?? today(),
          fonts: options.fonts,
          duplex: options.duplex === true,
          articlesOnOddPages: options.duplex === true && options.oddPageArticles === true,
          onProgress: (done) => laying.step(ordered[done - 1]?.title ?? ''),
        });
        laying.finish();
        const output = await writeOutput(options.output, compiled.bytes);
        const last = compiled.articles[compiled.articles.length - 1];
        const pages = last ? last.startPage + last.pages - 1 : 0;
        context.stdout(`已汇编：${output}（${compiled.articles.length} 篇，正文约 ${pages} 页，来自 ${files} 个文件）`);
        for (const article of compiled.articles) {
          context.stdout(`  第${article.number}篇 ${article.title}${article.authorLine ? `（${article.authorLine}）` : ''} …… ${article.startPage}`);
        }
      }),
  );
}
