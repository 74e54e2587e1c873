import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDraftJson } from '../../core/model/migrate.js';
import { corpusFiles, REPO_ROOT } from '../support/corpus.js';
import { convertToPdf } from '../support/libreoffice.js';
import { pdfText } from '../support/poppler.js';
import { pythonDocxParagraphs } from '../support/python-docx.js';

/**
 * The built command line (`npm run build` first; `npm test` does) on the
 * real corpus: import, export, then LibreOffice and python-docx read the result.
 */
const CLI = path.join(REPO_ROOT, 'bin/gaojiang.js');
const OUT = path.join(REPO_ROOT, 'test-output/cli');
const execFileAsync = promisify(execFile);

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function gaojiang(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [CLI, ...args], { env: { ...process.env, HOME: OUT } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const RUN_IN_POINT = /^[一二三四五六七八九十]+是/;
const baseName = (file: string) => path.basename(file, '.txt');
const pdfs: Record<string, string[]> = {};
/** Each corpus file's drafts: a compilation gives one per article, so each file imports into its own folder. */
const draftFiles = (name: string): string[] =>
  readdirSync(path.join(OUT, name))
    .filter((f) => f.endsWith('.gaojiang'))
    .sort()
    .map((f) => path.join(OUT, name, f));

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const docxFiles: string[] = [];
  for (const file of corpusFiles()) {
    expect((await gaojiang('import', file, '--out-dir', path.join(OUT, baseName(file)))).code).toBe(0);
    for (const draft of draftFiles(baseName(file))) {
      const docx = draft.replace(/\.gaojiang$/, '.docx');
      expect((await gaojiang('export', draft, '-o', docx)).code).toBe(0);
      docxFiles.push(docx);
    }
  }
  for (const pdf of await convertToPdf(docxFiles, OUT)) {
    const name = path.basename(path.dirname(docxFiles.find((d) => path.basename(d, '.docx') === path.basename(pdf, '.pdf'))!));
    (pdfs[name] ??= []).push(pdf);
  }
});

describe('gaojiang import + export on the corpus', () => {
  it('puts 一是, 二是, 三是 exactly where the source had them', async () => {
    const source = readFileSync(corpusFiles().find((f) => f.endsWith('speeches-excerpts.txt'))!, 'utf8');
    // The import makes the source's half-width , ; : full width: compare with widths folded.
    const sourcePoints = source.split('\n').map((l) => l.trim().normalize('NFKC')).filter((l) => RUN_IN_POINT.test(l));
    expect(sourcePoints.map((l) => l.slice(0, 2))).toEqual(['一是', '二是', '三是']);
    const [draft] = draftFiles('speeches-excerpts');
    const paragraphs = await pythonDocxParagraphs(draft!.replace(/\.gaojiang$/, '.docx'));
    const exportedPoints = paragraphs.map((p) => p.text.normalize('NFKC')).filter((t) => RUN_IN_POINT.test(t));
    // The three source lines, then the three points the source wrote inside the paragraph under 三、.
    expect(exportedPoints.slice(0, 3)).toEqual(sourcePoints);
    expect(exportedPoints.slice(3).map((t) => t.slice(0, 8))).toEqual(['一是完善工作机制', '二是搭建工作平台', '三是强化机关党的']);
    // And in the same order relative to the headings 一、二、三、 that follow them.
    const order = paragraphs.map((p) => p.text.slice(0, 2)).filter((t) => /^[一二三](是|、)$/.test(t));
    // 一是/二是/三是 written inside the paragraph under 三、 became points of their own, labels derived.
    expect(order).toEqual(['一是', '二是', '三是', '一、', '二、', '三、', '一是', '二是', '三是']);
  });

  it.each(corpusFiles().map(baseName))('%s converts in LibreOffice with 22 lines on full pages', async (name) => {
    expect(pdfs[name], `LibreOffice produced no PDF for ${name}`).toHaveLength(draftFiles(name).length);
    for (const pdf of pdfs[name] ?? []) await expectFullPages(pdf);
  });

  async function expectFullPages(pdf: string): Promise<void> {
    const pages = (await pdfText(pdf, { layout: true })).split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(2);
    const bodyLines = (page: string) =>
      page.split('\n').map((l) => l.replace(/\s/g, '')).filter((l) => l !== '' && !/^—\d+—$/.test(l));
    // Every page between the first (title) and the last (partly filled) is full: 22 lines.
    for (const page of pages.slice(1, -1)) expect(bodyLines(page)).toHaveLength(22);
    // Lines made only of full-width characters hold 28 at most, and a full one holds 28; a ，。、
    // may hang into the margin after the 28th (the exporter allows hanging punctuation).
    const fullWidthLines = pages.slice(1, -1).flatMap(bodyLines).filter((l) => /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]+$/.test(l));
    const lengths = fullWidthLines.map((l) => [...l.replace(/[，。、]$/, '')].length);
    expect(Math.max(...lengths)).toBe(28);
  }

  it('writes drafts the app can open', () => {
    for (const file of corpusFiles()) {
      const drafts = draftFiles(baseName(file));
      // The compilation's two articles (第1篇, 第2篇) are two drafts.
      expect(drafts).toHaveLength(baseName(file) === 'compilation-two-articles' ? 2 : 1);
      for (const draftFile of drafts) expect(parseDraftJson(readFileSync(draftFile, 'utf8')).children.length).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('gaojiang command line behaviour', () => {
  it('shows Chinese help for every command, with no English left in it', async () => {
    const commands = (await gaojiang('--help')).stdout.match(/^ {2}([a-z]+) /gm)!.map((line) => line.trim()).filter((name) => name !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['import', 'export', 'check', 'quotes', 'themes', 'similarity', 'compile', 'collect']));
    for (const args of [['--help'], ...commands.map((name) => [name, '--help']), ['collect', 'roster', '--help']]) {
      const result = await gaojiang(...args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/用法：/);
      // commander's own words (Usage, Options, default:, choices:) are all translated.
      expect(result.stdout, args.join(' ')).not.toMatch(/Usage|Options|Arguments|Commands|default:|choices:|display help/);
    }
  });

  it('exits 1 with a Chinese message for a missing file', async () => {
    const result = await gaojiang('export', path.join(OUT, 'no-such.gaojiang'), '-o', path.join(OUT, 'x.docx'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^错误：找不到文件“no-such\.gaojiang”。/);
  });

  it('exits 1 for a file that is not a draft, and for wrong usage', async () => {
    const notDraft = path.join(OUT, 'not-a-draft.gaojiang');
    writeFileSync(notDraft, '这不是稿件');
    const bad = await gaojiang('export', notDraft, '-o', path.join(OUT, 'x.docx'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/不是稿匠的稿件文件/);

    const missingOutput = await gaojiang('export', notDraft);
    expect(missingOutput.code).toBe(1);
    expect(missingOutput.stderr).toMatch(/缺少必需的选项/);

    const badFonts = await gaojiang('export', notDraft, '-o', 'x.docx', '--fonts', 'comic');
    expect(badFonts.code).toBe(1);
    expect(badFonts.stderr).toMatch(/参数取值无效/);

    const unknown = await gaojiang('frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/不认识的命令/);
  });

  it('reads GBK text as Windows Notepad saved it', async () => {
    const gbk = path.join(OUT, 'gbk.txt');
    // 学习心得\r\n一是提高认识。 in GB18030 (bytes written by hand: no encoder in Node).
    writeFileSync(gbk, Buffer.from('d1a7cfb0d0c4b5c30d0ad2bbcac7cce1b8dfc8cfcab6a1a3', 'hex'));
    const out = path.join(OUT, 'gbk.gaojiang');
    expect((await gaojiang('import', gbk, '-o', out)).code).toBe(0);
    const draft = parseDraftJson(readFileSync(out, 'utf8'));
    expect(draft.children.map((b) => b.type)).toEqual(['title', 'point']);
    expect(draft.children[0]).toEqual({ type: 'title', children: [{ text: '学习心得' }] });
    expect(draft.children[1]).toEqual({ type: 'point', children: [{ text: '提高认识。', lead: true }] });
  });
});
