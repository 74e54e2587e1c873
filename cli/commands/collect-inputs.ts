import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { articlesOf, type CollectionArticle } from '../../core/collect/articles.js';
import { GaojiangError, isGaojiangError } from '../../core/errors.js';
import { fileError } from '../../core/node/file-system.js';
import { importFile } from '../../core/node/import-file.js';
import type { Services } from '../../core/services/contract.js';
import type { CliContext } from '../command.js';
import { EXIT_USER_ERROR } from '../run.js';

/**
 * What `compile` and `similarity` read: files named on the command line or
 * every submission in a folder, each turned into its articles (a 稿匠 draft
 * as saved, anything else through the import, which splits a compilation
 * into its articles).
 */
const DRAFT_EXTENSIONS = new Set(['.gaojiang', '.json']);
export const SUBMISSION_EXTENSIONS = new Set([...DRAFT_EXTENSIONS, '.docx', '.txt', '.html', '.htm', '.md']);

/** File names in the order a person reads a folder: 2 before 10, Chinese by pinyin. */
export const byFileName = (a: string, b: string): number =>
  path.basename(a).localeCompare(path.basename(b), 'zh-CN', { numeric: true });

/** Word's lock files (~$稿件.docx) and hidden files are not submissions. */
const isSubmissionFile = (name: string): boolean =>
  !name.startsWith('~$') && !name.startsWith('.') && SUBMISSION_EXTENSIONS.has(path.extname(name).toLowerCase());

export interface SubmissionFiles {
  files: string[];
  /** Chinese lines about entries of a folder left out (symbolic links). */
  notes: string[];
}

/**
 * The files to read: a folder gives its submission files (not its subfolders),
 * sorted by name; a file is taken as given. A symbolic link inside a folder is
 * left out with a note: a .zip of submissions unpacked by the organizer can
 * carry one (王五-心得体会.txt → /etc/passwd), and what it points to would go
 * into the booklet. A file named on the command line is what its user chose.
 */
export async function submissionFiles(inputs: readonly string[]): Promise<SubmissionFiles> {
  const files: string[] = [];
  const notes: string[] = [];
  for (const input of inputs) {
    const resolved = path.resolve(input);
    const info = await stat(resolved).catch((error: NodeJS.ErrnoException) => {
      throw fileError(error, resolved);
    });
    if (!info.isDirectory()) {
      files.push(resolved);
      continue;
    }
    const entries = (await readdir(resolved, { withFileTypes: true })).filter((entry) => isSubmissionFile(entry.name));
    for (const link of entries.filter((entry) => entry.isSymbolicLink())) {
      notes.push(`已跳过“${link.name}”：它是符号链接（快捷方式），可能指向文件夹以外的文件。如确需收录，请把原文件复制进来。`);
    }
    files.push(...entries.filter((entry) => !entry.isSymbolicLink()).map((entry) => path.join(resolved, entry.name)).sort(byFileName));
  }
  if (files.length === 0) throw new GaojiangError('invalid-input', '没有找到稿件文件（支持 .gaojiang、.json、.docx、.txt、.html）。', 'no submission files');
  return { files, notes };
}

/** A file's articles; a multi-article file gives several, in their order. */
export async function readArticles(file: string, services: Services): Promise<CollectionArticle[]> {
  const name = path.basename(file);
  const base = path.basename(file, path.extname(file));
  if (DRAFT_EXTENSIONS.has(path.extname(file).toLowerCase())) {
    const { draft } = await services.openDraft({ path: file });
    return articlesOf(draft, name, base);
  }
  const result = await importFile(file);
  return result.drafts.flatMap((draft) => articlesOf(draft, name, base));
}

export interface ReadSubmissions {
  articles: CollectionArticle[];
  /** The files read (those skipped not counted). */
  files: number;
  /** Files that could not be read, with the reason (Chinese). */
  skipped: { name: string; reason: string }[];
}

/**
 * Every input's articles, with progress. A file that cannot be read (not
 * really a Word file, damaged) is skipped with a Chinese line on stderr
 * naming it, so one bad file in a folder of 200 does not stop the batch;
 * the exit code becomes 1 so a script notices.
 */
export async function readSubmissions(context: CliContext, inputs: readonly string[], verb: string): Promise<ReadSubmissions> {
  const { files, notes } = await submissionFiles(inputs);
  for (const line of notes) context.stderr(line);
  const progress = progressOnStderr(files.length, verb);
  const articles: CollectionArticle[] = [];
  const skipped: ReadSubmissions['skipped'] = [];
  for (const file of files) {
    const name = path.basename(file);
    try {
      articles.push(...(await readArticles(file, context.services)));
    } catch (error) {
      if (!isGaojiangError(error)) throw error;
      skipped.push({ name, reason: error.userMessage });
    }
    progress.step(name);
  }
  progress.finish();
  for (const { name, reason } of skipped) context.stderr(`已跳过“${name}”：${reason}`);
  if (skipped.length === files.length) throw new GaojiangError('invalid-input', '所有稿件文件都无法读取。', 'no readable submission file');
  if (skipped.length > 0) process.exitCode = EXIT_USER_ERROR;
  return { articles, files: files.length - skipped.length, skipped };
}

export interface Progress {
  step(label: string): void;
  finish(message?: string): void;
}

const BAR_WIDTH = 24;

/**
 * Progress on stderr: a bar redrawn in place on a terminal; plain lines
 * (one per step) when stderr is a file or a pipe, so logs stay readable.
 */
export function progressOnStderr(total: number, verb: string): Progress {
  const tty = process.stderr.isTTY === true;
  let done = 0;
  return {
    step(label) {
      done++;
      if (!tty) {
        process.stderr.write(`${verb} ${done}/${total}：${label}\n`);
        return;
      }
      const filled = Math.round((done / total) * BAR_WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
      const shown = [...label].slice(0, 30).join('');
      process.stderr.write(`\r\x1b[K${verb} [${bar}] ${done}/${total} ${shown}`);
    },
    finish(message) {
      if (tty) process.stderr.write('\r\x1b[K');
      if (message) process.stderr.write(`${message}\n`);
    },
  };
}
