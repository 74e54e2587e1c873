import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { GaojiangError } from '../errors.js';

/**
 * LibreOffice as a PDF converter (`soffice --headless --convert-to pdf`):
 * the CLI's `export … -o 稿件.pdf` and `npm run eval:pages` use it. It is
 * looked for on PATH, then in the usual install folders.
 */

const PROGRAM_NAMES = ['soffice', 'libreoffice'];

/** Where LibreOffice is usually installed, per platform (the folders holding soffice). */
function installFolders(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)'].filter((root): root is string => Boolean(root));
    return [...new Set(roots)].map((root) => path.win32.join(root, 'LibreOffice', 'program'));
  }
  if (platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS'];
  const opt = (() => {
    try {
      return readdirSync('/opt')
        .filter((name) => /^libreoffice/i.test(name))
        .sort()
        .reverse()
        .map((name) => path.posix.join('/opt', name, 'program'));
    } catch {
      return [];
    }
  })();
  return ['/usr/bin', '/usr/local/bin', '/usr/lib/libreoffice/program', ...opt, '/snap/bin'];
}

/** The candidates, in the order they are tried: PATH first. */
export function libreOfficeCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const names = platform === 'win32' ? PROGRAM_NAMES.map((name) => `${name}.exe`) : PROGRAM_NAMES;
  const pathDirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  return [...pathDirs, ...installFolders(platform, env)].flatMap((dir) => names.map((name) => join(dir, name)));
}

/** The LibreOffice program, or undefined when none is installed. `GAOJIANG_SOFFICE` names one explicitly. */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync): string | undefined {
  const chosen = env.GAOJIANG_SOFFICE;
  if (chosen !== undefined) return chosen !== '' && exists(chosen) ? chosen : undefined;
  return libreOfficeCandidates(process.platform, env).find((file) => exists(file));
}

export const LIBREOFFICE_MISSING =
  '导出 PDF 需要 LibreOffice，但本机没有找到。请从 https://zh-cn.libreoffice.org 下载安装 LibreOffice（统信 UOS、麒麟可在应用商店安装），然后重试；也可以先导出 Word 文档（-o 稿件.docx）再用 WPS 或 Word 另存为 PDF。';

export interface ConvertOptions {
  /** The soffice program; found with findLibreOffice when omitted. */
  soffice?: string;
  /** Extra environment (e.g. FONTCONFIG_FILE for the tests' font mapping). */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/**
 * Converts .docx files to PDF in one LibreOffice start and returns the PDFs
 * (same base names, in `outDir`). A fresh user profile per call keeps a
 * running LibreOffice (the user's own, or another conversion) from locking it.
 */
export async function convertDocxToPdf(docxPaths: readonly string[], outDir: string, options: ConvertOptions = {}): Promise<string[]> {
  const soffice = options.soffice ?? findLibreOffice();
  if (!soffice) throw new GaojiangError('invalid-input', LIBREOFFICE_MISSING, 'LibreOffice not found');
  const profile = mkdtempSync(path.join(tmpdir(), 'gaojiang-lo-profile-'));
  try {
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths];
    const outcome = await new Promise<{ error: Error | null; stdout: string; stderr: string }>((resolve) => {
      execFile(soffice, args, { env: { ...process.env, ...options.env }, timeout: options.timeoutMs ?? 120_000, windowsHide: true }, (error, stdout, stderr) =>
        resolve({ error, stdout: String(stdout), stderr: String(stderr) }),
      );
    });
    const pdfs = docxPaths.map((docx) => path.join(outDir, `${path.basename(docx, path.extname(docx))}.pdf`));
    // soffice exits 0 even when a file fails to convert: the output must exist.
    const missing = pdfs.filter((pdf) => !existsSync(pdf));
    if (outcome.error || missing.length > 0) {
      const timedOut = outcome.error && 'killed' in outcome.error && outcome.error.killed;
      throw new GaojiangError(
        'file-unwritable',
        timedOut ? 'LibreOffice 转换 PDF 超时，请关闭其他正在运行的 LibreOffice 后重试。' : 'LibreOffice 未能把文档转换为 PDF，请确认 LibreOffice 能正常打开该 Word 文档后重试。',
        `LibreOffice conversion failed (${soffice}): ${outcome.error?.message ?? ''} missing ${missing.join(', ')}\n${outcome.stdout}\n${outcome.stderr}`,
      );
    }
    return pdfs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
