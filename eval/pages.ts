/**
 * `npm run eval:pages [-- --verbose] [--drafts N] [--seed N]`: the page view's pagination (core/pages) against
 * LibreOffice, the renderer that prints the exported .docx.
 *
 * Drafts: every article of the texts in ../shared/corpus (imported as `gaojiang import` does) and
 * 50 generated drafts (eval/page-drafts.ts, seeded). Each is exported (.docx, GB/T 9704), converted
 * to PDF by LibreOffice (with config/fonts.conf, as the clients tests), and read back page by page
 * with pdftotext. Each printed paragraph with text is looked for in the PDF, in order, by its first
 * characters; the page it is found on is compared with the page paginateDraft puts it on.
 *
 * Prints paragraph_start_match (paragraphs whose start page matches; not found counts as wrong)
 * and page_count_match (drafts whose page count matches), overall and for corpus / generated.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { exportDraftToDocx } from '../core/export/docx.js';
import { importText } from '../core/import/import-text.js';
import type { Draft } from '../core/model/schema.js';
import { convertDocxToPdf, findLibreOffice } from '../core/node/libreoffice.js';
import { paginateDraft, type PaginatedDraft } from '../core/pages/paginate.js';
import { pageDrafts } from './page-drafts.js';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const OUT = path.join(ROOT, 'test-output', 'eval-pages');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const draftCountArg = args.indexOf('--drafts');
const GENERATED = draftCountArg >= 0 ? Number(args[draftCountArg + 1]) : 50;
const seedArg = args.indexOf('--seed');
/** Another seed gives drafts the constants were not tuned on (the default 2026 is the development set). */
const SEED = seedArg >= 0 ? Number(args[seedArg + 1]) : 2026;
/** Characters of a paragraph's start looked for in the PDF. */
const KEY_LENGTH = 12;

const squeeze = (text: string): string => text.replace(/\s+/gu, '');

interface Case {
  name: string;
  group: 'corpus' | 'generated';
  draft: Draft;
}

interface Tally {
  paragraphs: number;
  paragraphsRight: number;
  drafts: number;
  draftsRight: number;
}

const emptyTally = (): Tally => ({ paragraphs: 0, paragraphsRight: 0, drafts: 0, draftsRight: 0 });

function corpusCases(): { cases: Case[]; texts: string[] } {
  const files = readdirSync(CORPUS).filter((name) => name.endsWith('.txt')).sort();
  const texts = files.map((file) => readFileSync(path.join(CORPUS, file), 'utf8'));
  const cases = files.flatMap((file, f) =>
    importText(texts[f]!).drafts.map((draft, i) => ({ name: `${path.basename(file, '.txt')}-${i + 1}`, group: 'corpus' as const, draft })),
  );
  return { cases, texts };
}

/** The PDF's pages as text, whitespace removed. */
async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split('\f').map(squeeze);
  // pdftotext ends the last page with a form feed too.
  if (pages.length > 1 && pages[pages.length - 1] === '') pages.pop();
  return pages;
}

/** For each printed paragraph with text, the page LibreOffice starts it on (undefined: not found). */
function printedStarts(paginated: PaginatedDraft, pages: readonly string[]): { index: number; page: number | undefined; key: string }[] {
  const offsets: number[] = [];
  let whole = '';
  for (const page of pages) {
    offsets.push(whole.length);
    whole += page;
  }
  const pageAt = (offset: number): number => {
    let page = 0;
    while (page + 1 < offsets.length && offsets[page + 1]! <= offset) page++;
    return page + 1;
  };
  let cursor = 0;
  const found: { index: number; page: number | undefined; key: string }[] = [];
  paginated.paragraphs.forEach((paragraph, index) => {
    const text = squeeze(paragraph.lines.flat().map((span) => span.text).join(''));
    if (paragraph.block < 0 || text === '') return;
    const key = [...text].slice(0, KEY_LENGTH).join('');
    const at = whole.indexOf(key, cursor);
    if (at < 0) {
      found.push({ index, page: undefined, key });
      return;
    }
    found.push({ index, page: pageAt(at), key });
    // Past most of this paragraph, so the next key is not found inside it.
    cursor = at + Math.max(key.length, Math.floor(text.length * 0.8));
  });
  return found;
}

function line(name: string, right: number, total: number): string {
  return `${name}: ${total === 0 ? 'n/a' : ((100 * right) / total).toFixed(1) + ' %'} (${right}/${total})`;
}

async function main(): Promise<void> {
  const soffice = findLibreOffice();
  if (!soffice) {
    console.error('eval:pages needs LibreOffice (soffice) and pdftotext');
    process.exit(1);
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const { cases: corpus, texts } = corpusCases();
  const generated = pageDrafts(texts, GENERATED, SEED).map((draft, i) => ({ name: `generated-${String(i + 1).padStart(2, '0')}`, group: 'generated' as const, draft }));
  const cases = [...corpus, ...generated];
  const files: string[] = [];
  for (const c of cases) {
    const file = path.join(OUT, `${c.name}.docx`);
    writeFileSync(file, await exportDraftToDocx(c.draft));
    files.push(file);
  }
  const started = Date.now();
  const pdfs: string[] = [];
  for (let at = 0; at < files.length; at += 10) {
    pdfs.push(...(await convertDocxToPdf(files.slice(at, at + 10), OUT, { soffice, env: { FONTCONFIG_FILE: path.join(ROOT, 'config', 'fonts.conf') }, timeoutMs: 300_000 })));
  }
  const tallies = { all: emptyTally(), corpus: emptyTally(), generated: emptyTally() };
  for (const [i, c] of cases.entries()) {
    const paginated = paginateDraft(c.draft);
    const pages = await pdfPages(pdfs[i]!);
    const starts = printedStarts(paginated, pages);
    const wrong = starts.filter(({ index, page }) => page !== paginated.starts[index]);
    const pagesRight = pages.length === paginated.pages.length;
    for (const tally of [tallies.all, tallies[c.group]]) {
      tally.paragraphs += starts.length;
      tally.paragraphsRight += starts.length - wrong.length;
      tally.drafts++;
      if (pagesRight) tally.draftsRight++;
    }
    if (verbose && (wrong.length > 0 || !pagesRight)) {
      console.log(`${c.name}: pages ${paginated.pages.length} (LibreOffice ${pages.length})`);
      for (const { index, page, key } of wrong) console.log(`  ¶${index} ${key}: 预计第 ${paginated.starts[index]} 页, LibreOffice ${page ?? '未找到'}`);
    }
  }
  console.log(`eval:pages — ${corpus.length} corpus articles, ${generated.length} generated drafts (seed ${SEED}) (LibreOffice ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  for (const [name, tally] of Object.entries(tallies)) {
    console.log(name);
    console.log(`  ${line('paragraph_start_match', tally.paragraphsRight, tally.paragraphs)}`);
    console.log(`  ${line('page_count_match', tally.draftsRight, tally.drafts)}`);
  }
}

await main();
