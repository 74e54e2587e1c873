import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { REPO_ROOT } from './corpus.js';

const run = promisify(execFile);

/** Maps the exporter's Chinese font names to the installed Noto CJK / AR PL UKai fonts. */
export const FONTCONFIG_FILE = path.join(REPO_ROOT, 'config/fonts.conf');

/** One soffice at a time in this process: each start costs seconds, and parallel starts fight over the CPU. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Converts .docx files to PDF with headless LibreOffice, all in one soffice
 * start, and returns the PDF paths (same base names, in `outDir`). A fresh
 * user profile per call avoids the profile lock another test file's
 * soffice may hold.
 */
export function convertToPdf(docxPaths: readonly string[], outDir: string): Promise<string[]> {
  const conversion = queue.then(() => convertNow(docxPaths, outDir));
  queue = conversion.catch(() => undefined);
  return conversion;
}

async function convertNow(docxPaths: readonly string[], outDir: string): Promise<string[]> {
  const profile = mkdtempSync(path.join(tmpdir(), 'gaojiang-lo-profile-'));
  try {
    const { stdout, stderr } = await run(
      'libreoffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...docxPaths,
      ],
      { env: { ...process.env, FONTCONFIG_FILE }, timeout: 110_000 },
    );
    const pdfs = docxPaths.map((docx) => path.join(outDir, `${path.basename(docx, path.extname(docx))}.pdf`));
    // soffice exits 0 even when a file fails to convert: check the output exists.
    const missing = pdfs.filter((pdf) => !existsSync(pdf));
    if (missing.length > 0) {
      throw new Error(`LibreOffice did not write ${missing.join(', ')}\n${stdout}\n${stderr}`);
    }
    return pdfs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
