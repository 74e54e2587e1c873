import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDraftJson } from '../../core/model/migrate.js';
import { deriveLabels } from '../../core/model/numbering.js';
import { blockText } from '../../core/model/text.js';
import { corpusFiles, REPO_ROOT } from '../support/corpus.js';
import { FIXTURES } from '../support/fixtures.js';

/**
 * `gaojiang check` as built (`npm run build` first): the corpus's half-width
 * commas counted, fixed in the .txt and in drafts, exit codes for batches.
 */
const CLI = path.join(REPO_ROOT, 'bin/gaojiang.js');
const OUT = path.join(REPO_ROOT, 'test-output/cli-check');
const CLEAN = path.join(REPO_ROOT, 'test/fixtures/checks/clean-speech.gaojiang.json');
const execFileAsync = promisify(execFile);

async function gaojiang(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [CLI, ...args], { env: { ...process.env, HOME: OUT }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The same definition as the unit corpus test, written out again: a “,” with a Chinese neighbour. */
const C = '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3001-\\u303f\\uff01-\\uff65\\ufe10-\\ufe6b“”‘’…—]';
const countCommas = (text: string): number => (text.match(new RegExp(`(?<=${C}),|,(?=${C})`, 'g')) ?? []).length;
const HALF: Record<string, string> = { '，': ',', '；': ';', '：': ':', '？': '?', '！': '!', '（': '(', '）': ')', '﹐': ',', '﹔': ';', '﹕': ':', '﹖': '?', '﹗': '!', '﹙': '(', '﹚': ')', '﹑': '、' };
const normalize = (text: string): string => text.replace(/\s+/g, '').replace(/[，；：？！（）﹐﹔﹕﹖﹗﹙﹚﹑]/g, (ch) => HALF[ch] ?? ch);
const baseName = (file: string): string => path.basename(file, '.txt');

interface JsonReport {
  summary: { bySeverity: { error: number; warning: number; info: number }; fixable: number };
  findings: { id: string; where: string; severity: string }[];
  fixed?: number;
}

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
});

describe('gaojiang check on the corpus', () => {
  it.each(corpusFiles().map((file) => [baseName(file), file]))('%s: one finding per half-width comma; exit 1 while they are there', async (_, file) => {
    const result = await gaojiang('check', file, '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    const commas = report.findings.filter((f) => f.id === 'punct.half-width-comma');
    expect(commas).toHaveLength(countCommas(readFileSync(file, 'utf8')));
    expect(commas.every((f) => /^第\d+行$/.test(f.where))).toBe(true);
  });

  it.each(corpusFiles().map((file) => [baseName(file), file]))('%s: --fix writes the text back with none left, nothing changed but widths and spaces', async (name, file) => {
    const output = path.join(OUT, `${name}.fixed.txt`);
    const result = await gaojiang('check', file, '--fix', '-o', output);
    expect(result.stdout).toMatch(/^已自动修正 \d+ 处，写入：/);
    expect(result.code).toBe(0);
    const before = readFileSync(file, 'utf8');
    const after = readFileSync(output, 'utf8');
    expect(countCommas(after)).toBe(0);
    expect(normalize(after)).toBe(normalize(before));
    // Line structure is kept: the file is the writer's, only characters were fixed.
    expect(after.split('\n').length).toBe(before.split('\n').length);
    const again = JSON.parse((await gaojiang('check', output, '--json')).stdout) as JsonReport;
    expect(again.summary.fixable).toBe(0);
  });

  it('fixes an imported draft and writes a draft the app can open', async () => {
    const file = corpusFiles().find((f) => f.endsWith('speeches-excerpts.txt'))!;
    const draftPath = path.join(OUT, 'speeches.gaojiang');
    expect((await gaojiang('import', file, '-o', draftPath)).code).toBe(0);
    const fixedPath = path.join(OUT, 'speeches.fixed.gaojiang');
    const result = await gaojiang('check', draftPath, '--fix', '-o', fixedPath);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/修正后共 \d+ 处：错误 0 处/);
    const printed = (p: string): string => {
      const draft = parseDraftJson(readFileSync(p, 'utf8'));
      const labels = deriveLabels(draft.children, draft.numbering);
      return draft.children.map((b, i) => (labels[i] ?? '') + blockText(b)).join('\n');
    };
    expect(countCommas(printed(fixedPath))).toBe(0);
    expect(normalize(printed(fixedPath))).toBe(normalize(printed(draftPath)));
  });
});

describe('gaojiang check behaviour', () => {
  it('shows Chinese help', async () => {
    const result = await gaojiang('check', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/用法：/);
    expect(result.stdout).toMatch(/--fix/);
  });

  it('exits 0 with 未发现问题 on a clean draft', async () => {
    const result = await gaojiang('check', CLEAN);
    expect(result).toMatchObject({ code: 0, stdout: '未发现问题。\n' });
  });

  it('prints one line per finding with 第N段 and an excerpt', async () => {
    const draft = path.join(OUT, 'errors.json');
    const clean = JSON.parse(readFileSync(CLEAN, 'utf8')) as { children: { children: { text?: string }[] }[] };
    clean.children[6]!.children[0]!.text = '我将以这次学习为新的起点,把学习成效转化为实际行动...';
    writeFileSync(draft, JSON.stringify(clean));
    const result = await gaojiang('check', draft);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      '第7段 错误〔标点符号〕「次学习为新的起点,把学习成效转化为」：中文里用了半角逗号“,”，应为全角“，”（可自动修正）',
      '第7段 错误〔标点符号〕「效转化为实际行动...」：省略号写成了“...”，应为“……”（两个“…”）（可自动修正）',
      '共 2 处：错误 2 处，警告 0 处，提示 0 处；其中 2 处可用 --fix 自动修正。',
    ]);
  });

  it('checks a Word document and fixes it into a draft', async () => {
    const draft = path.join(OUT, 'word.json');
    const clean = JSON.parse(readFileSync(CLEAN, 'utf8')) as { children: { children: { text?: string }[] }[] };
    clean.children[6]!.children[0]!.text = '我将以这次学习为新的起点,把学习成效转化为实际行动。';
    writeFileSync(draft, JSON.stringify(clean));
    const docx = path.join(OUT, 'word.docx');
    expect((await gaojiang('export', draft, '-o', docx)).code).toBe(0);
    const checked = await gaojiang('check', docx);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/^第7段 错误〔标点符号〕「.*」：中文里用了半角逗号/m);
    const fixedPath = path.join(OUT, 'word.fixed.gaojiang');
    const fixed = await gaojiang('check', docx, '--fix', '-o', fixedPath);
    expect(fixed.code).toBe(0);
    expect(blockText(parseDraftJson(readFileSync(fixedPath, 'utf8')).children[6]!)).toBe('我将以这次学习为新的起点，把学习成效转化为实际行动。');
  });

  it('checks length and speaking time against a template', async () => {
    const result = await gaojiang('check', FIXTURES.threePointSpeech, '--template', 'yantao-fayan-sandian');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/警告〔篇幅时长〕.*少于建议的1500—2500字；按每分钟240字计/);
    const missing = await gaojiang('check', FIXTURES.threePointSpeech, '--template', 'no-such-template');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/找不到模板“no-such-template”/);
  });

  it('takes extra 规范表述 rules from a file', async () => {
    const rules = path.join(OUT, 'rules.json');
    writeFileSync(rules, JSON.stringify({ schemaVersion: 1, rules: [{ id: 'local', canonical: '最多跑一次', variants: ['最多跑1次'] }] }));
    const text = path.join(OUT, 'rules-input.txt');
    writeFileSync(text, '学习体会\n深化“最多跑1次”改革。\n');
    const result = await gaojiang('check', text, '--rules', rules);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/第2行 错误〔规范表述〕「.*」：“最多跑1次”应为“最多跑一次”/);
    writeFileSync(rules, '{');
    expect((await gaojiang('check', text, '--rules', rules)).stderr).toMatch(/rules\.json：不是有效的 JSON/);
  });

  it('refuses wrong usage with exit 1 and a Chinese message', async () => {
    const file = corpusFiles()[0]!;
    const noOutput = await gaojiang('check', file, '--fix');
    expect(noOutput.code).toBe(1);
    expect(noOutput.stderr).toMatch(/使用 --fix 时须用 -o 指定输出文件/);
    const unknown = await gaojiang('check', path.join(OUT, 'x.pdf'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/不支持的文件类型“\.pdf”/);
    const missing = await gaojiang('check', path.join(OUT, 'no-such.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/找不到文件/);
  });
});
