import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../../cli/command.js';
import { buildProgram } from '../../cli/program.js';
import { reportFailure } from '../../cli/run.js';
import type { SimilarityReport } from '../../core/collect/similarity.js';
import { parseCsv } from '../../core/quotes/csv.js';
import { readCorpus } from '../support/corpus.js';
import { localServices } from '../support/local-services.js';
import { tempDir } from '../support/temp-dir.js';

/** `gaojiang compile`, `similarity`, `check` and `collect` run in this process, as cli/main.ts runs them. */
async function gaojiang(...args: string[]): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const servicesWith = (quoteLibraryFile?: string) => localServices({ quoteLibraryFile }).services;
  const services = servicesWith();
  const stdout: string[] = [];
  const stderr: string[] = [];
  const context: CliContext = {
    services,
    // --library FILE: the commands of one test share that database, as successive CLI runs do.
    quoteServices: (file) => (file ? servicesWith(file) : services),
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  };
  let code = 0;
  try {
    await buildProgram(context).parseAsync(['node', 'gaojiang', ...args]);
    code = typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    code = reportFailure(error, context.stderr);
  }
  return { code, stdout, stderr };
}

afterEach(() => {
  process.exitCode = undefined; // the commands set it; it must not become vitest's
});

/** A folder of two readable submissions and one .docx that is not a Word file. */
function submissionsFolder(): string {
  const folder = tempDir();
  const paragraphs = readCorpus('speeches-excerpts.txt').split('\n').filter((line) => line.trim().length > 60);
  writeFileSync(path.join(folder, '1 张三.txt'), `学习体会\n${paragraphs.slice(0, 3).join('\n')}\n`);
  writeFileSync(path.join(folder, '2 坏文件.docx'), 'not a zip');
  writeFileSync(path.join(folder, '3 李四.txt'), `研讨发言\n${paragraphs.slice(3, 6).join('\n')}\n`);
  return folder;
}

describe('gaojiang compile', () => {
  it('skips a file that cannot be read, says why in Chinese, compiles the rest and exits 1', async () => {
    const folder = submissionsFolder();
    const output = path.join(tempDir(), '汇编.docx');
    const result = await gaojiang('compile', folder, '-o', output, '--title', '汇编');
    expect(result.stderr.join('\n')).toMatch(/已跳过“2 坏文件\.docx”：.*[\u4e00-\u9fff]/);
    expect(result.stderr.join('\n')).not.toMatch(/Error|at /);
    expect(result.stdout[0]).toMatch(/2 篇/);
    expect(existsSync(output)).toBe(true);
    expect(result.code).toBe(1);
  });

  it('keeps the previous 汇编 as .bak when writing over it, like export', async () => {
    const folder = submissionsFolder();
    const output = path.join(tempDir(), '汇编.docx');
    writeFileSync(output, 'the previous 汇编');
    await gaojiang('compile', path.join(folder, '1 张三.txt'), '-o', output, '--title', '汇编');
    expect(readFileSync(`${output}.bak`, 'utf8')).toBe('the previous 汇编');
  });

  it('starts every article on an odd page with --duplex --odd-page-articles', async () => {
    const folder = tempDir();
    const paragraphs = readCorpus('speeches-excerpts.txt').split('\n').filter((line) => line.trim().length > 60);
    writeFileSync(path.join(folder, '1 张三.txt'), `学习体会\n${paragraphs[0]}\n`);
    writeFileSync(path.join(folder, '2 李四.txt'), `研讨发言\n${paragraphs[1]}\n`);
    const output = path.join(tempDir(), '汇编.docx');
    const single = await gaojiang('compile', folder, '-o', output, '--title', '汇编');
    const duplex = await gaojiang('compile', folder, '-o', output, '--title', '汇编', '--duplex', '--odd-page-articles');
    const startPages = (lines: string[]) => lines.filter((line) => /^\s+第\d+篇/.test(line)).map((line) => Number(/(\d+)$/.exec(line)?.[1]));
    expect(startPages(single.stdout)).toEqual([1, 2]); // each article one page
    expect(startPages(duplex.stdout)).toEqual([1, 3]); // a blank page 2 between them
  });
});

describe('gaojiang similarity', () => {
  it('skips a file that cannot be read and compares the rest', async () => {
    const result = await gaojiang('similarity', submissionsFolder());
    expect(result.stderr.join('\n')).toMatch(/已跳过“2 坏文件\.docx”/);
    expect(result.stdout.at(-1)).toMatch(/共 2 篇/);
  });

  it('names unreadable, empty and duplicate files, and puts the clusters first in the terminal, JSON and CSV', async () => {
    const folder = submissionsFolder();
    const paragraphs = readCorpus('speeches-excerpts.txt').split('\n').filter((line) => line.trim().length > 60);
    const copy = `学习体会\n${paragraphs.slice(0, 3).join('\n')}\n结合岗位实际抓好落实。\n`;
    writeFileSync(path.join(folder, '4 王五.txt'), copy);
    writeFileSync(path.join(folder, '5 王五（重交）.txt'), copy);
    writeFileSync(path.join(folder, '6 空白.txt'), '\n\n');
    const csv = path.join(tempDir(), '查重.csv');

    const result = await gaojiang('similarity', folder, '--csv', csv);
    expect(result.stdout[0]).toMatch(/^相似群组 1：\d 份稿件大量与“.+”的稿件相同$/);
    const notes = result.stdout.filter((line) => line.startsWith('注意：')).join('\n');
    expect(notes).toMatch(/“2 坏文件\.docx”无法读取/);
    expect(notes).toMatch(/“5 王五（重交）\.txt”与“4 王五\.txt”内容完全相同/);
    expect(notes).toMatch(/6 空白\.txt/);
    expect(result.code).toBe(1);
    const rows = parseCsv(readFileSync(csv, 'utf8'));
    expect(rows[0]).toEqual(['相似群组', '共同来源', '来源类型', '稿件数', '说明']);
    expect(rows.some((row) => row[0] === '5 王五（重交）.txt' && row[3] === '是')).toBe(true);

    const json = await gaojiang('similarity', folder, '--json');
    const report = JSON.parse(json.stdout.join('\n')) as SimilarityReport;
    expect(Object.keys(report).indexOf('clusters')).toBeLessThan(Object.keys(report).indexOf('submissions'));
    expect(report.clusters[0]?.members.length).toBeGreaterThanOrEqual(2);
    // An empty .txt is refused by the import already: named as unreadable, with the import's reason.
    expect(report.problems.map((p) => [p.kind, p.name]).sort()).toEqual([
      ['duplicate', '5 王五（重交）.txt'],
      ['unreadable', '2 坏文件.docx'],
      ['unreadable', '6 空白.txt'],
    ]);
    expect(json.stdout.join('\n')).not.toContain('"passages": [');
  });

  it('keeps the previous CSV as .bak when writing over it', async () => {
    const csv = path.join(tempDir(), '查重.csv');
    writeFileSync(csv, 'the previous report');
    await gaojiang('similarity', path.join(submissionsFolder(), '1 张三.txt'), '--csv', csv);
    expect(readFileSync(`${csv}.bak`, 'utf8')).toBe('the previous report');
  });
});

describe('gaojiang check --fix', () => {
  it('fixing a text file into itself keeps the writer’s original as .bak', async () => {
    const file = path.join(tempDir(), '发言.txt');
    const original = '学习体会\n我们要深入学习,扎实推进工作落实。\n';
    writeFileSync(file, original);
    await gaojiang('check', file, '--fix', '-o', file);
    expect(readFileSync(file, 'utf8')).toContain('学习，扎实');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(original);
  });
});

describe('symbolic links in a submissions folder (issue #14 item 6)', () => {
  it('compile and similarity skip them with a note and never read what they point to', async () => {
    const folder = submissionsFolder();
    const secret = path.join(tempDir(), 'passwd');
    writeFileSync(secret, 'root:x:0:0:机密口令行:/root:/bin/bash\n');
    symlinkSync(secret, path.join(folder, '0 王五-心得体会.txt'));
    const compiled = await gaojiang('compile', folder, '-o', path.join(tempDir(), '汇编.docx'), '--title', '汇编');
    expect(compiled.stderr.join('\n')).toMatch(/已跳过“0 王五-心得体会\.txt”：它是符号链接/);
    expect(compiled.stdout[0]).toMatch(/2 篇/);
    const compared = await gaojiang('similarity', folder);
    expect(compared.stderr.join('\n')).toMatch(/已跳过“0 王五-心得体会\.txt”：它是符号链接/);
    expect(compared.stdout.join('\n')).not.toContain('王五');
    expect(compared.stdout.join('\n')).toContain('张三');
  });
});

describe('gaojiang collect', () => {
  it('creates a collection, imports its roster, receives a folder and reports status and the 催交名单 from one library', async () => {
    const library = path.join(tempDir(), '资料库.sqlite');
    const created = await gaojiang('collect', 'new', '--theme', '主题教育研讨', '--deadline', '2026-12-31', '--unit', '机关党委', '--library', library);
    expect(created.stdout[0]).toMatch(/^已新建征集“主题教育研讨”，编号 \S+$/);

    const roster = path.join(tempDir(), '名单.csv');
    writeFileSync(roster, '\uFEFF姓名,单位\r\n张三,办公室\r\n李四,财务科\r\n王五,办公室\r\n');
    expect((await gaojiang('collect', 'roster', 'import', '主题教育研讨', roster, '--library', library)).stdout).toEqual(['已导入 3 人']);

    const received = await gaojiang('collect', 'receive', '主题教育研讨', submissionsFolder(), '--library', library);
    expect(received.stdout).toEqual([
      '1 张三.txt：已对应 张三（依据文件名）',
      expect.stringMatching(/^2 坏文件\.docx：无法导入：[\u4e00-\u9fff]/),
      '3 李四.txt：已对应 李四（依据文件名）',
    ]);
    expect(received.code).toBe(1);

    const status = await gaojiang('collect', 'status', '主题教育研讨', '--library', library);
    expect(status.stdout[0]).toBe('“主题教育研讨”：名单 3 人 · 未交 1 · 已交 2 · 已退回 0 · 已收录 0');
    expect(status.stdout).toContain('  王五（办公室）：未交');
    const json = JSON.parse((await gaojiang('collect', 'status', '主题教育研讨', '--json', '--library', library)).stdout.join('\n'));
    expect(json.counts).toMatchObject({ 未交: 1, 已交: 2 });

    const remind = await gaojiang('collect', 'remind', '主题教育研讨', '--library', library);
    expect(remind.stdout.join('\n')).toContain('尚未交稿（1 人）：\n办公室：王五');
    expect((await gaojiang('collect', 'list', '--library', library)).stdout[0]).toMatch(/主题教育研讨 · 截止 2026-12-31 · 名单 3 人 · 已交 2 人$/);
  });

  it('names a collection that does not exist in Chinese', async () => {
    const result = await gaojiang('collect', 'status', '没有这个', '--library', path.join(tempDir(), '资料库.sqlite'));
    expect(result.code).toBe(1);
    expect(result.stderr.join('\n')).toMatch(/没有找到征集“没有这个”/);
  });
});
