import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDraft } from '../../core/model/create.js';
import type { Block, Draft } from '../../core/model/schema.js';
import { paginateDraft } from '../../core/pages/paginate.js';
import { readCorpus, REPO_ROOT } from '../support/corpus.js';
import { FONTCONFIG_FILE } from '../support/libreoffice.js';
import { pdfText } from '../support/poppler.js';

/**
 * `gaojiang export 稿件.gaojiang -o 稿件.pdf`: the built CLI prints the
 * exported .docx to PDF with LibreOffice, and says in Chinese what to
 * install when there is none, or that the conversion failed.
 */
const CLI = path.join(REPO_ROOT, 'bin/gaojiang.js');
const OUT = path.join(REPO_ROOT, 'test-output/cli-pdf');
const run = promisify(execFile);

async function gaojiang(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: { ...process.env, HOME: OUT, FONTCONFIG_FILE, ...env }, timeout: 180_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function draftOfPages(): Draft {
  const sentences = readCorpus('speeches-excerpts.txt').split(/(?<=[。！？])/).map((s) => s.trim()).filter((s) => s.length > 10);
  const draft = createDraft('坚持人民至上 践行“浦江经验”', { author: '李红', unit: '区信访局' });
  const body: Block[] = [];
  for (let i = 0; i < 10; i++) {
    if (i % 3 === 0) body.push({ type: 'heading', level: 1, children: [{ text: `第${i + 1}段的标题` }] });
    body.push({ type: 'paragraph', children: [{ text: sentences.slice(i * 3, i * 3 + 4).join('') }] });
  }
  return { ...draft, children: [...draft.children.filter((block) => block.type !== 'paragraph'), ...body] };
}

let draft: Draft;
let draftFile: string;

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  draft = draftOfPages();
  draftFile = path.join(OUT, '稿件.gaojiang');
  writeFileSync(draftFile, JSON.stringify(draft));
});

describe('gaojiang export -o 稿件.pdf', () => {
  it('prints the GB/T 9704 layout to PDF through LibreOffice, on the pages the page view shows', async () => {
    const pdf = path.join(OUT, '稿件.pdf');
    const result = await gaojiang({}, 'export', draftFile, '-o', pdf);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`已导出：${pdf}`);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = (await pdfText(pdf)).split('\f').filter((page) => page.trim() !== '');
    const expected = paginateDraft(draft).pages.length;
    expect(expected).toBeGreaterThanOrEqual(2);
    expect(pages).toHaveLength(expected);
    expect(pages[0]!.replace(/\s/g, '')).toContain('坚持人民至上践行“浦江经验”');
    expect(pages[1]!.replace(/\s/g, '')).toContain('—2—');
    // A Word export still writes .docx.
    const docx = path.join(OUT, '稿件.docx');
    expect((await gaojiang({}, 'export', draftFile, '-o', docx)).code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
  }, 200_000);

  it('says in Chinese what to install when LibreOffice is not there, and writes nothing', async () => {
    const pdf = path.join(OUT, '无转换器.pdf');
    const result = await gaojiang({ GAOJIANG_SOFFICE: path.join(OUT, 'no-such-soffice') }, 'export', draftFile, '-o', pdf);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^错误：导出 PDF 需要 LibreOffice，但本机没有找到。请从 .*下载安装 LibreOffice/);
    expect(existsSync(pdf)).toBe(false);
  });

  it('reports a failed conversion in Chinese, and writes nothing', async () => {
    const pdf = path.join(OUT, '转换失败.pdf');
    const result = await gaojiang({ GAOJIANG_SOFFICE: '/bin/false' }, 'export', draftFile, '-o', pdf);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('错误：LibreOffice 未能把文档转换为 PDF');
    expect(existsSync(pdf)).toBe(false);
  });
});
