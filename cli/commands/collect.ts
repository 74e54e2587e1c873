import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { GaojiangError, isGaojiangError } from '../../core/errors.js';
import { fileError } from '../../core/node/file-system.js';
import { readImportSource } from '../../core/node/import-file.js';
import type { ImportSource } from '../../core/import/import-document.js';
import type { ServiceInput, Services } from '../../core/services/contract.js';
import { LIBRARY_OPTION, newCommand, type CliContext } from '../command.js';
import { EXIT_USER_ERROR } from '../run.js';
import { progressOnStderr, submissionFiles } from './collect-inputs.js';

/**
 * gaojiang collect: the organizer's 征集 in scripts — the same collections,
 * rosters and submissions the app's 征集汇编 page shows, in the same library
 * database (~/稿匠/金句库.sqlite, or --library FILE).
 */

interface LibraryOptions {
  library?: string;
}

/** A collection named by its 编号 or by its exact theme (the theme must name one collection). */
async function findCollection(services: Services, idOrTheme: string): Promise<string> {
  const { collections } = await services.listCollections({});
  const byId = collections.find(({ collection }) => collection.id === idOrTheme);
  if (byId) return byId.collection.id;
  const byTheme = collections.filter(({ collection }) => collection.theme === idOrTheme.trim());
  if (byTheme.length === 1) return byTheme[0]!.collection.id;
  if (byTheme.length > 1) throw new GaojiangError('invalid-input', `有 ${byTheme.length} 个征集的主题都是“${idOrTheme}”，请用编号指明（gaojiang collect list）。`, 'ambiguous theme');
  throw new GaojiangError('file-not-found', `没有找到征集“${idOrTheme}”（gaojiang collect list 列出全部征集）。`, `no collection ${idOrTheme}`);
}

/** The service's form of a file's content (the import's detected encoding is not part of it). */
function serviceSource(source: ImportSource): ServiceInput<'importSubmission'>['file']['source'] {
  if (source.kind === 'docx') return { kind: 'docx', bytes: new Uint8Array(source.bytes) };
  if (source.kind === 'html') return { kind: 'html', html: source.html };
  return { kind: 'text', text: source.text };
}

const MATCHED_BY: Record<string, string> = { given: '指定', author: '署名', 'author-line': '署名行', 'file-name': '文件名' };

export function registerCollectCommand(program: Command, context: CliContext): void {
  const services = (options: LibraryOptions): Services => context.quoteServices(options.library);
  const collect = newCommand('collect', context)
    .description('征集：新建征集、导入名单、收稿、查看交稿情况、生成催交名单（与应用的“征集汇编”共用数据）')
    .helpCommand('help [命令]', '显示某个命令的帮助');

  collect.addCommand(
    newCommand('new', context)
      .description('新建征集，输出其编号')
      .requiredOption('--theme <主题>', '征集主题，如“学习贯彻党的二十届三中全会精神研讨发言”')
      .option('--deadline <日期>', '截止日期，如 2026-12-31')
      .option('--unit <单位>', '组织单位，印在汇编封面上')
      .option(...LIBRARY_OPTION)
      .action(async (options: LibraryOptions & { theme: string; deadline?: string; unit?: string }) => {
        const created = await services(options).saveCollection({ fields: { theme: options.theme, deadline: options.deadline ?? '', organizerUnit: options.unit ?? '' } });
        context.stdout(`已新建征集“${created.theme}”，编号 ${created.id}`);
      }),
  );

  collect.addCommand(
    newCommand('list', context)
      .description('列出全部征集')
      .option(...LIBRARY_OPTION)
      .action(async (options: LibraryOptions) => {
        const { collections } = await services(options).listCollections({});
        if (collections.length === 0) context.stdout('还没有征集。用 gaojiang collect new --theme … 新建。');
        for (const { collection, memberCount, submittedCount } of collections) {
          const deadline = collection.deadline ? ` · 截止 ${collection.deadline}` : '';
          context.stdout(`${collection.id}  ${collection.theme}${deadline} · 名单 ${memberCount} 人 · 已交 ${submittedCount} 人`);
        }
      }),
  );

  const roster = newCommand('roster', context).description('名单').helpCommand('help [命令]', '显示某个命令的帮助');
  roster.addCommand(
    newCommand('import', context)
      .description('从 CSV 导入名单（Excel 或 WPS 另存的 CSV，UTF-8 或 GB18030；第一行写“姓名、单位、联系方式”等列名）')
      .argument('<征集>', '征集编号或主题')
      .argument('<名单.csv>', '名单文件')
      .option(...LIBRARY_OPTION)
      .action(async (which: string, file: string, options: LibraryOptions) => {
        const lib = services(options);
        const collectionId = await findCollection(lib, which);
        const csv = new Uint8Array(
          await readFile(path.resolve(file)).catch((error: NodeJS.ErrnoException) => {
            throw fileError(error, path.resolve(file));
          }),
        );
        const result = await lib.importRoster({ collectionId, csv });
        context.stdout(`已导入 ${result.added} 人`);
        for (const problem of result.problems) context.stderr(problem);
      }),
  );
  collect.addCommand(roster);

  collect.addCommand(
    newCommand('receive', context)
      .description('收稿：导入文件夹或文件里的稿件，按署名或文件名（张三-研讨发言.docx）对应到名单；同一人的新文件记为新版本')
      .argument('<征集>', '征集编号或主题')
      .argument('<稿件...>', '稿件文件夹或文件（.docx、.txt、.html、.gaojiang）')
      .option(...LIBRARY_OPTION)
      .action(async (which: string, inputs: string[], options: LibraryOptions) => {
        const lib = services(options);
        const collectionId = await findCollection(lib, which);
        const { files, notes } = await submissionFiles(inputs);
        for (const line of notes) context.stderr(line);
        const progress = progressOnStderr(files.length, '收稿');
        const lines: string[] = [];
        let failed = 0;
        for (const file of files) {
          const name = path.basename(file);
          try {
            const source = serviceSource((await readImportSource(file)).source);
            const { submission, matchedBy } = await lib.importSubmission({ collectionId, file: { name, source } });
            const version = submission.version > 1 ? `（第 ${submission.version} 版）` : '';
            lines.push(matchedBy ? `${name}：已对应 ${submission.submitter}${version}（依据${MATCHED_BY[matchedBy]}）` : `${name}：未对应到名单，请在应用中指定`);
          } catch (error) {
            if (!isGaojiangError(error)) throw error;
            failed++;
            lines.push(`${name}：无法导入：${error.userMessage}`);
          }
          progress.step(name);
        }
        progress.finish();
        for (const line of lines) context.stdout(line);
        if (failed > 0) process.exitCode = EXIT_USER_ERROR;
      }),
  );

  collect.addCommand(
    newCommand('status', context)
      .description('交稿情况：按人员和单位统计未交、已交、已退回、已收录')
      .argument('<征集>', '征集编号或主题')
      .option('--json', '以 JSON 输出')
      .option(...LIBRARY_OPTION)
      .action(async (which: string, options: LibraryOptions & { json?: boolean }) => {
        const lib = services(options);
        const overview = await lib.collectionOverview({ id: await findCollection(lib, which) });
        if (options.json) {
          context.stdout(JSON.stringify(overview, null, 2));
          return;
        }
        const counts = Object.entries(overview.counts).map(([status, count]) => `${status} ${count}`).join(' · ');
        context.stdout(`“${overview.collection.theme}”：名单 ${overview.roster.length} 人 · ${counts}`);
        const byId = new Map(overview.roster.map((member) => [member.id, member]));
        for (const { memberId, status } of overview.members) {
          const member = byId.get(memberId);
          if (member) context.stdout(`  ${member.name}${member.unit ? `（${member.unit}）` : ''}：${status}`);
        }
        if (overview.unassignedIds.length > 0) context.stdout(`未对应到名单的稿件 ${overview.unassignedIds.length} 份，请在应用中指定。`);
      }),
  );

  collect.addCommand(
    newCommand('remind', context)
      .description('催交名单：未交和已退回的人员，按单位分组，可直接复制发送')
      .argument('<征集>', '征集编号或主题')
      .option(...LIBRARY_OPTION)
      .action(async (which: string, options: LibraryOptions) => {
        const lib = services(options);
        context.stdout((await lib.collectionOverview({ id: await findCollection(lib, which) })).reminder);
      }),
  );

  program.addCommand(collect);
}
