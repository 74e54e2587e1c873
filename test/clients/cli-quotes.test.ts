import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, REPO_ROOT } from '../support/corpus.js';

/**
 * The built command line (`npm run build` first) on the 金句库: exit codes,
 * Chinese output, --json. Every run gets a temporary HOME and, but for the
 * default-location test, a temporary --library: the user's own 金句库 is never touched.
 */
const CLI = path.join(REPO_ROOT, 'bin/gaojiang.js');
const execFileAsync = promisify(execFile);

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'gaojiang-cli-quotes-'));
  const library = path.join(dir, '金句库.sqlite');
  const run = async (...args: string[]): Promise<CliResult> => {
    try {
      const { stdout, stderr } = await execFileAsync(process.execPath, [CLI, ...args], { env: { ...process.env, HOME: dir }, cwd: dir });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  const file = (name: string, text: string): string => {
    const target = path.join(dir, name);
    writeFileSync(target, text);
    return target;
  };
  return { dir, library, run, file };
}

const PACK = JSON.stringify({
  format: 'gaojiang-quote-pack',
  version: 2,
  title: '测试包',
  quotes: [
    { text: '干事担事，是干部的职责所在，也是价值所在。', speaker: '习近平总书记', source: '某讲话', status: '已核', themes: ['担当'] },
    { text: '群众路线是我们党的生命线和根本工作路线。', speaker: '习近平总书记', themes: ['人民'] },
  ],
});

describe('gaojiang quotes', () => {
  it('has Chinese help for each command', async () => {
    const { run } = workspace();
    for (const args of [['quotes', '--help'], ['quotes', 'verify', '--help'], ['quotes', 'search', '--help'], ['quotes', 'import', '--help'], ['quotes', 'extract', '--help'], ['themes', '--help'], ['themes', 'import', '--help'], ['themes', 'export', '--help'], ['themes', 'list', '--help']]) {
      const result = await run(...args);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout).toMatch(/用法：/);
    }
    expect((await run('quotes', 'verify', '--help')).stdout).toMatch(/第N段.*退出码为\s*1/s);
  });

  it('imports a pack, counts duplicates, and searches short and long', async () => {
    const { run, file, library } = workspace();
    const pack = file('包.json', PACK);
    const first = await run('quotes', 'import', pack, '--library', library);
    expect(first).toMatchObject({ code: 0 });
    // A new library starts with the starter pack; neither of the pack's wordings is in it.
    expect(first.stdout).toMatch(/新增 2 条，重复 0 条/);
    expect((await run('quotes', 'import', pack, '--library', library)).stdout).toMatch(/新增 0 条，重复 2 条/);

    const two = await run('quotes', 'search', '人民', '--library', library);
    expect(two.code).toBe(0);
    expect(two.stdout).toMatch(/江山就是人民/);
    const long = await run('quotes', 'search', '是干部的职责所在', '--json', '--library', library);
    const parsed = JSON.parse(long.stdout) as { results: { quote: { text: string }; match: string; highlights: { start: number; end: number }[] }[] };
    expect(parsed.results[0]).toMatchObject({ match: 'exact', highlights: [{ start: 5, end: 13 }] });
    // --verified leaves out 待核 quotations (this one is 待核 in the starter pack).
    expect((await run('quotes', 'search', '求真务实是共产党人', '--library', library)).stdout).toMatch(/求真务实是共产党人的重要思想和工作方法/);
    expect((await run('quotes', 'search', '求真务实是共产党人', '--verified', '--library', library)).stdout).toMatch(/没有找到/);
  });

  it('reports bad CSV rows with exit code 1 and imports the good ones', async () => {
    const { run, file, library } = workspace();
    const csv = file('表.csv', '原文,讲话人,核实\n“为民要重在办事。”,习近平同志,待核\n,甲,待核\n');
    const result = await run('quotes', 'import', csv, '--library', library);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/新增 1 条，重复 0 条（已跳过），有误 1 条/);
    expect(result.stderr).toMatch(/有误：第 3 行：缺少原文/);
  });

  it('verifies a text file: a near miss exits 1 with 第N段 and the words to use', async () => {
    const { run, file, library } = workspace();
    await run('quotes', 'import', file('包.json', PACK), '--library', library);
    const text = file(
      '体会.txt',
      '学习体会\n\n习近平总书记指出，“干事担事,是干部的责任所在,也是价值所在”。\n“群众路线是我们党的生命线和根本工作路线。”\n习近平总书记强调：“我们要把人民放在心中最高位置，永远不能忘记。”\n',
    );
    const result = await run('quotes', 'verify', text, '--library', library);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^第2段：引文与金句库有 2 处字词不同.*应为“干事担事，是干部的职责所在，也是价值所在”（出处：《某讲话》，已核）；差异：.*〔删：责任〕〔补：职责〕/);
    // The library has these words only as 待核: no ✓.
    expect(lines[1]).toMatch(/^第3段：库中有此句（出处待核）/);
    expect(lines[2]).toMatch(/^第4段：未收录/);
    expect(lines[3]).toBe('核校完成：与已核出处一致 0 处，库中有但出处待核 1 处，近似（需修改）1 处，未收录 1 处。');

    const json = await run('quotes', 'verify', text, '--json', '--library', library);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { counts: unknown; findings: { blockIndex: number; start: number; end: number; status: string }[] };
    expect(report.counts).toEqual({ ok: 0, pending: 1, nearMiss: 1, notFound: 1 });
    expect(report.findings[0]).toMatchObject({ blockIndex: 1, status: 'near-miss', start: 10, end: 30 });

    const clean = file('无误.txt', '习近平总书记指出，“干事担事，是干部的职责所在”。\n');
    const checked = await run('quotes', 'verify', clean, '--library', library);
    expect(checked).toMatchObject({ code: 0 });
    expect(checked.stdout).toMatch(/^第1段：✓ 习近平总书记：“干事担事，是干部的职责所在” 与《某讲话》表述一致/);
  });

  it('verifies a saved draft and the same draft as .docx, and refuses .doc in Chinese', async () => {
    const { run, file, library } = workspace();
    await run('quotes', 'import', file('包.json', PACK), '--library', library);
    const draft = {
      schemaVersion: 1,
      meta: { author: '', unit: '', date: '', theme: '', genre: '研讨发言', templateId: '' },
      numbering: { heading1: 'chinese-dun', heading2: 'chinese-paren', heading3: 'arabic-dot', heading4: 'arabic-paren', point: 'yi-shi' },
      children: [
        { type: 'title', children: [{ text: '体会' }] },
        { type: 'paragraph', children: [{ text: '正如' }, { type: 'quote', speaker: '习近平总书记', children: [{ text: '守的是人民之心' }] }, { text: '。' }] },
      ],
    };
    const result = await run('quotes', 'verify', file('稿件.gaojiang', JSON.stringify(draft)), '--library', library);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^第2段：引文与金句库有 1 处字词不同 习近平总书记：“守的是人民之心”，应为“守的是人民的心”/);

    // The same draft as Word: exported, then read back through the importer.
    const docxFile = path.join(path.dirname(library), '稿件.docx');
    expect((await run('export', file('稿件2.gaojiang', JSON.stringify(draft)), '-o', docxFile)).code).toBe(0);
    const docx = await run('quotes', 'verify', docxFile, '--library', library);
    expect(docx.code).toBe(1);
    expect(docx.stdout).toMatch(/应为“守的是人民的心”/);
    const oldWord = await run('quotes', 'verify', file('旧稿.doc', 'x'), '--library', library);
    expect(oldWord.code).toBe(1);
    expect(oldWord.stderr).toMatch(/另存为” \.docx/);
    const missing = await run('quotes', 'verify', 'no-such.txt', '--library', library);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/找不到文件“no-such.txt”/);
  });

  it('extracts quotations from the corpus with 第N段', async () => {
    const { run } = workspace();
    const result = await run('quotes', 'extract', path.join(CORPUS_DIR, 'speeches-excerpts.txt'));
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      '第14段：习近平总书记指出：“干事担事,是干部的职责所在,也是价值所在”',
      '第14段：习近平总书记指出：“求真务实是共产党人的重要思想和工作方法”',
      '共找到 2 条引文。',
    ]);
  });

  it('extracts in simplified characters, with offsets in the traditional original, and skips villagers’ words', async () => {
    const { run, file } = workspace();
    const original = '習近平總書記強調：「幹部幹部，幹字當頭，要有擔當精神。」\n村民們說：「現在日子越過越好了，大家心裡都很高興。」\n';
    const json = await run('quotes', 'extract', file('繁體.txt', original), '--json');
    const parsed = JSON.parse(json.stdout) as { quotations: { kind: string; speaker: string; text: string; start: number; end: number }[] };
    expect(parsed.quotations).toEqual([expect.objectContaining({ kind: 'attributed', speaker: '习近平总书记', text: '干部干部，干字当头，要有担当精神。' })]);
    const [found] = parsed.quotations;
    expect(original.slice(found!.start, found!.end)).toBe('幹部幹部，幹字當頭，要有擔當精神。');
  });

  it('uses ~/稿匠/金句库.sqlite by default and installs the starter pack there', async () => {
    const { run, dir } = workspace();
    const result = await run('quotes', 'search', '江山就是人民');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/江山就是人民/);
    expect(existsSync(path.join(dir, '稿匠', '金句库.sqlite'))).toBe(true);
  });
});

describe('gaojiang themes', () => {
  it('imports, lists and exports a study theme', async () => {
    const { run, file, library, dir } = workspace();
    const theme = {
      format: 'gaojiang-theme-pack',
      version: 1,
      id: 'qianwan-pujiang',
      title: '学习“千万工程”“浦江经验”',
      keyPoints: ['人民至上'],
      subHeadings: ['一、深刻领悟精髓'],
      templateId: 'yantao-fayan-sandian',
      deadline: '2024-06-30',
      quotes: [{ text: '干事担事，是干部的职责所在，也是价值所在', speaker: '习近平总书记' }],
    };
    const imported = await run('themes', 'import', file('主题.json', JSON.stringify(theme)), '--library', library);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/已导入学习主题“学习“千万工程”“浦江经验””（编号 qianwan-pujiang）/);
    const listed = await run('themes', 'list', '--library', library);
    expect(listed.stdout).toMatch(/qianwan-pujiang {2}学习“千万工程”“浦江经验”（金句 1 条，要点 1 条，模板 yantao-fayan-sandian，截止 2024-06-30）/);
    const output = path.join(dir, '导出.json');
    expect((await run('themes', 'export', 'qianwan-pujiang', '-o', output, '--library', library)).code).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8'))).toMatchObject({ format: 'gaojiang-theme-pack', id: 'qianwan-pujiang', quotes: [{ text: '干事担事，是干部的职责所在，也是价值所在' }] });

    const broken = await run('themes', 'import', file('坏.json', JSON.stringify({ ...theme, templateId: '' })), '--library', library);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/错误：学习主题包有误：\n模板编号：过小或过短/);
    expect((await run('themes', 'export', 'none', '-o', output, '--library', library)).stderr).toMatch(/没有找到这个学习主题/);
  });
});
