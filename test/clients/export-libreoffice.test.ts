import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { deriveLabels } from '../../core/model/numbering.js';
import type { Draft } from '../../core/model/schema.js';
import { labelledText } from '../../core/model/text.js';
import { STUDY_SPEECH_LABELLED, STUDY_SPEECH_TITLE, longDraft, studySpeechDraft } from '../fixtures/drafts.js';
import { REPO_ROOT } from '../support/corpus.js';
import { convertToPdf } from '../support/libreoffice.js';
import { POINTS_PER_MM, inkExtent, pdfText, pdfWordBoxes, renderPagesToPng, type PdfPage } from '../support/poppler.js';
import { pythonDocxParagraphs } from '../support/python-docx.js';

/**
 * What a reader sees: exported drafts converted by LibreOffice (with
 * config/fonts.conf standing in for the Chinese office fonts), then read
 * back with pdftotext and measured; and the .docx read by python-docx.
 */
const OUT = path.join(REPO_ROOT, 'test-output/export-libreoffice');

/** GB/T 9704 geometry in points, computed here rather than taken from the exporter. */
const PAGE_HEIGHT = (297 * 72) / 25.4;
const TYPE_AREA = {
  left: 28 * POINTS_PER_MM,
  right: (210 - 26) * POINTS_PER_MM,
  bottom: PAGE_HEIGHT - 35 * POINTS_PER_MM,
};
const PAGE_NUMBER_CHAR = 14;

const GRID_CHARS = 2_400; // about four pages of 22 × 28
/** 26 characters after the indent + 6 full lines: a paragraph of exactly seven lines. */
const SEVEN_LINES = 26 + 6 * 28;
const drafts: Record<string, Draft> = {
  speech: studySpeechDraft(),
  // One long paragraph of Chinese characters only: every full line must hold exactly 28.
  grid: longDraft(GRID_CHARS, { hanOnly: true, paragraphLength: GRID_CHARS }),
  // Seven-line paragraphs: page 1's 20 body lines end one line before the third paragraph does, the
  // case widow control "fixes" by moving a second line over and leaving page 1 a line short.
  paragraphs: longDraft(12 * SEVEN_LINES, { hanOnly: true, paragraphLength: SEVEN_LINES }),
};

const pdfs: Record<string, string> = {};
const docxFiles: Record<string, string> = {};

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const exports: [string, Promise<Uint8Array>][] = [
    ['speech', exportDraftToDocx(drafts.speech!)],
    ['speech-windows', exportDraftToDocx(drafts.speech!, { fonts: 'windows' })],
    ['grid', exportDraftToDocx(drafts.grid!)],
    ['paragraphs', exportDraftToDocx(drafts.paragraphs!)],
  ];
  for (const [name, bytes] of exports) {
    docxFiles[name] = path.join(OUT, `${name}.docx`);
    writeFileSync(docxFiles[name], await bytes);
  }
  // One soffice start for all files: each start costs seconds.
  const converted = await convertToPdf(Object.values(docxFiles), OUT);
  Object.keys(docxFiles).forEach((name, i) => (pdfs[name] = converted[i]!));
});

const squeeze = (text: string): string => text.replace(/\s+/g, '');
const bodyWords = (page: PdfPage) => page.words.filter((word) => word.yMax <= TYPE_AREA.bottom + 1);
const footerWords = (page: PdfPage) =>
  page.words.filter((word) => word.yMin > TYPE_AREA.bottom).sort((a, b) => a.xMin - b.xMin);

describe('LibreOffice renders the exported study speech', () => {
  it('shows the title, the derived labels and the body in order', async () => {
    const text = squeeze(await pdfText(pdfs.speech!, { layout: true }));
    const expected = [
      squeeze(STUDY_SPEECH_TITLE),
      '市交通运输局张明',
      '按照专题学习安排',
      ...STUDY_SPEECH_LABELLED,
      '我将以这次学习',
    ];
    let from = 0;
    for (const part of expected) {
      const at = text.indexOf(part, from);
      expect(at, `${part} after offset ${from}`).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
  });

  it('uses the mapped serif, sans and kai faces (config/fonts.conf is in effect)', async () => {
    const { stdout } = await promisify(execFile)('pdffonts', [pdfs.speech!]);
    expect(stdout).toMatch(/NotoSerifCJK/);
    expect(stdout).toMatch(/NotoSansCJK/);
    expect(stdout).toMatch(/UKai/i);
  });

  it('renders the windows font profile too', async () => {
    const text = squeeze(await pdfText(pdfs['speech-windows']!));
    expect(text).toContain(squeeze(STUDY_SPEECH_TITLE));
    expect(text).toContain('三是强化担当作为');
  });

  it('writes PNGs of pages 1 and 2 for a person to look at', async () => {
    const prefix = path.join(OUT, 'speech');
    await renderPagesToPng(pdfs.speech!, prefix, { first: 1, last: 2, dpi: 60 });
    for (const page of [1, 2]) expect(statSync(`${prefix}-${page}.png`).size).toBeGreaterThan(2_000);
  });
});

describe('LibreOffice lays out the GB/T 9704 grid', () => {
  it('fills a full body page with exactly 22 lines of exactly 28 characters', async () => {
    const lines = (await pdfText(pdfs.grid!, { first: 2, last: 2, layout: true }))
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.includes('—'));
    expect(lines).toHaveLength(22);
    expect(lines.map((line) => [...line].length)).toEqual(new Array(22).fill(28));
  });

  it('spaces the lines one grid pitch (579 twips = 28.95 pt) apart', async () => {
    const [page] = await pdfWordBoxes(pdfs.grid!, { first: 2, last: 2 });
    const tops = bodyWords(page!).map((word) => word.yMin);
    expect(tops).toHaveLength(22);
    tops.slice(1).forEach((top, i) => expect(top - tops[i]!).toBeCloseTo(28.95, 0));
    // The last line ends inside the type area.
    expect(Math.max(...bodyWords(page!).map((word) => word.yMax))).toBeLessThanOrEqual(TYPE_AREA.bottom);
  });

  it('gives page 1 the title, one empty line and 20 body lines on the same grid as page 2', async () => {
    const [first, second] = await pdfWordBoxes(pdfs.grid!, { first: 1, last: 2 });
    const words = bodyWords(first!);
    expect(words[0]?.text).toBe('长篇稿件排版测试');
    const body = words.slice(1);
    // 26 characters after the two-character indent, then 28.
    expect(body.map((word) => [...word.text].length)).toEqual([26, ...new Array(19).fill(28)]);
    // Title and empty line take exactly two grid lines: body line k sits where page 2's line k + 2 does.
    const fullPage = bodyWords(second!);
    body.forEach((word, k) => expect(word.yMin).toBeCloseTo(fullPage[k + 2]!.yMin, 0));
  });

  it('keeps 22 lines on pages where a paragraph leaves one line behind (widow control off)', async () => {
    const [first, second] = await pdfWordBoxes(pdfs.paragraphs!, { first: 1, last: 2 });
    expect(bodyWords(first!)).toHaveLength(1 + 20);
    const lines = bodyWords(second!);
    expect(lines).toHaveLength(22);
    // Page 2 opens with the last line of paragraph 3, then paragraphs 4–6.
    const paragraph = [26, 28, 28, 28, 28, 28, 28];
    expect(lines.map((word) => [...word.text].length)).toEqual([28, ...paragraph, ...paragraph, ...paragraph]);
    expect(lines[0]!.xMin).toBeCloseTo(TYPE_AREA.left, 0);
    expect(lines[1]!.xMin - TYPE_AREA.left).toBeCloseTo(2 * 16, 0); // firstLine 640 twips
  });

  it('numbers the pages “— N —”, odd on the right and even on the left, one character in', async () => {
    const pages = await pdfWordBoxes(pdfs.grid!);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      const number = footerWords(page);
      expect(number.map((word) => word.text)).toEqual(['—', String(i + 1), '—']);
      if ((i + 1) % 2 === 1) {
        expect(number.at(-1)!.xMax).toBeCloseTo(TYPE_AREA.right - PAGE_NUMBER_CHAR, 0);
      } else {
        expect(number[0]!.xMin).toBeCloseTo(TYPE_AREA.left + PAGE_NUMBER_CHAR, 0);
      }
    });
  });

  it('centres the 署名 over the 成文日期, which stands four characters from the right margin (GB/T 9704 7.3.5)', async () => {
    const pages = await pdfWordBoxes(pdfs.speech!);
    const words = pages.flatMap((page) => page.words).filter((word) => word.yMax < TYPE_AREA.bottom); // not the page numbers
    /** The extent of the printed line holding `text` (pdftotext may cut one line into several words). */
    const lineOf = (text: string) => {
      const first = words.findLast((word) => text.startsWith(word.text) && word.text.length > 0)!; // the signature ends the text
      const line = words.filter((word) => Math.abs(word.yMin - first.yMin) < 1);
      return { xMin: Math.min(...line.map((w) => w.xMin)), xMax: Math.max(...line.map((w) => w.xMax)), y: first.yMin };
    };
    const unit = lineOf('张明');
    const date = lineOf('2025年6月12日');
    const charAdvance = (TYPE_AREA.right - TYPE_AREA.left) / 28;
    expect(date.y).toBeGreaterThan(unit.y);
    expect(TYPE_AREA.right - date.xMax).toBeGreaterThan(3.5 * charAdvance);
    expect(TYPE_AREA.right - date.xMax).toBeLessThan(4.5 * charAdvance);
    expect((unit.xMin + unit.xMax) / 2).toBeCloseTo((date.xMin + date.xMax) / 2, -0.5); // within ~1.5 pt
  });

  it('puts the dash line 7 mm under the type area', async () => {
    const [page] = await pdfWordBoxes(pdfs.grid!, { first: 1, last: 1 });
    const dash = footerWords(page!)[0]!;
    // By the word box (the font's ascent to descent): within 1.5 mm.
    const boxCentre = (dash.yMin + dash.yMax) / 2;
    expect((boxCentre - TYPE_AREA.bottom) / POINTS_PER_MM).toBeGreaterThan(5.5);
    expect((boxCentre - TYPE_AREA.bottom) / POINTS_PER_MM).toBeLessThan(8.5);
    // By the ink of the dash itself: within 0.5 mm.
    const ink = await inkExtent(pdfs.grid!, 1, {
      x: dash.xMin + 1,
      y: dash.yMin,
      width: dash.xMax - dash.xMin - 2,
      height: dash.yMax - dash.yMin,
    });
    expect(ink).toBeDefined();
    const inkCentre = (ink!.top + ink!.bottom) / 2;
    expect((inkCentre - TYPE_AREA.bottom) / POINTS_PER_MM).toBeCloseTo(7, 0);
    expect(Math.abs((inkCentre - TYPE_AREA.bottom) / POINTS_PER_MM - 7)).toBeLessThan(0.5);
  });
});

describe('python-docx reads the exported file', () => {
  it('finds the same paragraph texts, labels and quotation marks included', async () => {
    const draft = drafts.speech!;
    const labels = deriveLabels(draft.children, draft.numbering);
    const expected = draft.children.map((block, i) => labelledText(block, labels[i] ?? ''));
    // A long title is set in balanced lines (GB/T 9704 7.3.1): python-docx reads its line breaks as \n.
    const read = (await pythonDocxParagraphs(docxFiles.speech!)).map((p) => ({ ...p, text: p.text.replace(/\n/g, '') }));
    expect(read.map((p) => p.text).filter((text) => text !== '')).toEqual(expected);
    expect(read.slice(0, 4).map((p) => p.text)).toEqual([STUDY_SPEECH_TITLE, '', '市交通运输局 张明', '']);
    expect(read.find((p) => p.text.startsWith('1.'))?.style).toBe('Heading 3');
  });
});
