import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Lengths in a PDF are points: 1/72 inch. */
export const POINTS_PER_MM = 72 / 25.4;

export interface PageRange {
  first?: number;
  last?: number;
}

const pageArgs = ({ first, last }: PageRange): string[] => [
  ...(first ? ['-f', String(first)] : []),
  ...(last ? ['-l', String(last)] : []),
];

/** The PDF's text as pdftotext gives it; `layout` keeps each printed line on one line. */
export async function pdfText(pdf: string, options: PageRange & { layout?: boolean } = {}): Promise<string> {
  const args = [...pageArgs(options), ...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, '-'];
  return (await run('pdftotext', args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: WordBox[];
}

/** Every page's size and word boxes (points, origin top left) from `pdftotext -bbox`. */
export async function pdfWordBoxes(pdf: string, range: PageRange = {}): Promise<PdfPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox', ...pageArgs(range), '-enc', 'UTF-8', pdf, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages: PdfPage[] = [];
  for (const line of stdout.split('\n')) {
    const page = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
    if (page) pages.push({ width: Number(page[1]), height: Number(page[2]), words: [] });
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (word) {
      pages[pages.length - 1]?.words.push({
        xMin: Number(word[1]),
        yMin: Number(word[2]),
        xMax: Number(word[3]),
        yMax: Number(word[4]),
        text: word[5] ?? '',
      });
    }
  }
  return pages;
}

/** Renders pages to `${outPrefix}-N.png` (pdftoppm's naming) for a person to look at. */
export async function renderPagesToPng(pdf: string, outPrefix: string, range: PageRange & { dpi?: number } = {}) {
  await run('pdftoppm', [...pageArgs(range), '-r', String(range.dpi ?? 60), '-png', pdf, outPrefix]);
}

/**
 * The vertical extent (points from the page top) of the ink inside a box
 * of one page: where the strokes of a glyph really are, which a word's
 * bbox (the font's ascent to descent) does not tell.
 */
export async function inkExtent(
  pdf: string,
  page: number,
  box: { x: number; y: number; width: number; height: number },
  dpi = 720,
): Promise<{ top: number; bottom: number } | undefined> {
  const scale = dpi / 72;
  const dir = mkdtempSync(path.join(tmpdir(), 'gaojiang-ink-'));
  try {
    const prefix = path.join(dir, 'crop');
    const crop = [box.x, box.y, box.width, box.height].map((v) => String(Math.round(v * scale)));
    await run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', '-singlefile',
      '-x', crop[0]!, '-y', crop[1]!, '-W', crop[2]!, '-H', crop[3]!, pdf, prefix]);
    const { width, height, pixels } = readPgm(readFileSync(`${prefix}.pgm`));
    const inkRows: number[] = [];
    for (let row = 0; row < height; row++) {
      const line = pixels.subarray(row * width, (row + 1) * width);
      if (line.some((value) => value < 128)) inkRows.push(row);
    }
    const first = inkRows[0];
    const last = inkRows[inkRows.length - 1];
    if (first === undefined || last === undefined) return undefined;
    return { top: box.y + first / scale, bottom: box.y + (last + 1) / scale };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A binary 8-bit PGM (P5), as pdftoppm -gray writes it. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [whole, width, height] = header;
  return { width: Number(width), height: Number(height), pixels: bytes.subarray(whole.length) };
}
