import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { parseDraftJson } from '../../core/model/migrate.js';
import { draftTitle } from '../../core/model/text.js';
import { studySpeechDraft } from '../fixtures/drafts.js';
import { JUNK_PAGES } from '../fixtures/import/junk-pages.js';
import { CORPUS_DIR, REPO_ROOT } from '../support/corpus.js';
import { convertToPdf } from '../support/libreoffice.js';
import { pdfText } from '../support/poppler.js';

/** The built `gaojiang import` (run `npm run build` first) on the corpus, Word files and junk pages. */
const CLI = path.join(REPO_ROOT, 'bin/gaojiang.js');
const OUT = path.join(REPO_ROOT, 'test-output/import-cli');
const PEER_DOCX = path.resolve(REPO_ROOT, '../shared/peer-docx');
const run = promisify(execFile);

async function gaojiang(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: { ...process.env, HOME: OUT } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const corpus = (name: string) => path.join(CORPUS_DIR, name);

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
});

describe('gaojiang import', () => {
  it('splits a compilation into one draft per article with --out-dir, and refuses -o with a pointer to --out-dir', async () => {
    const refused = await gaojiang('import', corpus('compilation-two-articles.txt'), '-o', path.join(OUT, 'one.gaojiang'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/包含 2 篇文章.*--out-dir/);

    const dir = path.join(OUT, 'compilation');
    const result = await gaojiang('import', corpus('compilation-two-articles.txt'), '--out-dir', dir);
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['1-学习“千万工程”研讨发言材料.gaojiang', '2-学习“浦江经验”研讨发言材料.gaojiang']);
    expect(result.stdout).toMatch(/汇编标题：“学习“千万工程”、学习“浦江经验”研讨发言材料”/);
    expect(result.stdout).toMatch(/分点 3 个/);
  });

  it('converts traditional text, reports the removed footer and the lines to check with their line numbers', async () => {
    const out = path.join(OUT, 'news.gaojiang');
    const result = await gaojiang('import', corpus('news-summary-traditional.txt'), '-o', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/原文是繁体字，已转换为简体/);
    expect(result.stdout).toMatch(/第 46 行 去掉版权声明：“Copyright ©/);
    expect(result.stdout).toMatch(/请核对 \d+ 处：\n  第 2 行 标题下这一行像是副标题/);
    expect(draftTitle(parseDraftJson(readFileSync(out, 'utf8')))).toBe('以先行者之姿 书写高质量答卷');

    const kept = path.join(OUT, 'news-traditional.gaojiang');
    expect((await gaojiang('import', corpus('news-summary-traditional.txt'), '-o', kept, '--keep-traditional')).code).toBe(0);
    expect(draftTitle(parseDraftJson(readFileSync(kept, 'utf8')))).toBe('以先行者之姿 書寫高質量答卷');
  });

  it('asks for -o or --out-dir', async () => {
    const result = await gaojiang('import', corpus('speeches-excerpts.txt'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/请用 -o 指定输出的稿件文件，或用 --out-dir/);
  });

  it('imports a junk-laden web page saved as .html', async () => {
    const page = JUNK_PAGES.find((p) => p.name === 'keywords-copyright')!;
    const html = path.join(OUT, 'page.html');
    writeFileSync(html, `<html><body>${page.text.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`);
    const result = await gaojiang('import', html, '-o', path.join(OUT, 'page.gaojiang'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`已清理 ${page.junk.length} 处`);
    expect(result.stdout).toMatch(/第 \d+ 段 去掉版权声明/);
  });

  it('restores a draft from a .docx 稿匠 exported, exactly', async () => {
    const draft = studySpeechDraft();
    const docx = path.join(OUT, 'speech.docx');
    writeFileSync(docx, await exportDraftToDocx(draft));
    const out = path.join(OUT, 'speech.gaojiang');
    const result = await gaojiang('import', docx, '-o', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/已原样恢复稿件/);
    expect(parseDraftJson(readFileSync(out, 'utf8'))).toEqual(draft);
  });

  it('answers every file of ../shared/peer-docx with a draft or a Chinese error (exit 0 or 1, never 2)', async () => {
    for (const name of readdirSync(PEER_DOCX).filter((n) => /\.(docx|zip)$/.test(n))) {
      const result = await gaojiang('import', path.join(PEER_DOCX, name), '-o', path.join(OUT, 'peer', `${name}.gaojiang`));
      expect([0, 1], `${name}: ${result.stderr}`).toContain(result.code);
      if (result.code === 1) expect(result.stderr, name).toMatch(/^错误：[^\n]*[\u4e00-\u9fff]/);
    }
  });
});

describe('the embedded draft does not disturb other programs', () => {
  it('LibreOffice still converts a .docx carrying the customXml draft part, text intact', async () => {
    const docx = path.join(OUT, 'with-draft-part.docx');
    writeFileSync(docx, await exportDraftToDocx(studySpeechDraft()));
    const [pdf] = await convertToPdf([docx], OUT);
    const text = (await pdfText(pdf!)).replace(/\s/g, '');
    expect(text).toContain('深入学习“千万工程”经验');
    expect(text).not.toContain('schemaVersion');
  });
});
