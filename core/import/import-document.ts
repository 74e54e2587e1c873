import { GaojiangError } from '../errors.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './docx-zip.js';
import { readDocx } from './docx-reader.js';
import { matchesPrintedText } from './embedded-draft.js';
import { readWebPage } from './html-article.js';
import { importLines, sourceTexts, type ImportOptions, type ImportResult } from './import-text.js';
import { linesFromText } from './source-lines.js';
import { note, type ImportNote } from './notes.js';

/**
 * The one entry for importing material, for every transport (CLI, app,
 * web host): pure, given the source's content, returning the drafts, the
 * notes for a preview and what was detected. Reading files (and decoding
 * text files' bytes) is core/node/import-file.ts's job.
 */
export type ImportSource =
  | { kind: 'docx'; bytes: Uint8Array }
  | { kind: 'html'; html: string; encoding?: string }
  /** A text file's content, decoded. */
  | { kind: 'text'; text: string; encoding?: string }
  /** Text pasted from a web page or another program. */
  | { kind: 'paste'; text: string };

export interface ImportDocumentOptions extends ImportOptions {
  /** Caps on what a .docx may inflate to (tests lower them; later hardening may tune them). */
  zipLimits?: ZipLimits;
}

/** How a transport runs `importDocument`: Node runs it in a worker with capped memory and time (core/node/isolated-worker.ts). */
export type ImportRunner = (source: ImportSource, options?: ImportDocumentOptions) => Promise<ImportResult>;

export async function importDocument(source: ImportSource, options: ImportDocumentOptions = {}): Promise<ImportResult> {
  switch (source.kind) {
    case 'docx':
      return importDocx(source.bytes, options);
    case 'html': {
      const page = readWebPage(source.html);
      if (page.lines.length === 0) throw new GaojiangError('invalid-input', '没有找到正文：这个网页里没有可导入的文字。', 'html page without text');
      const result = importLines(page.lines, { ...options, fallbackTitle: page.documentTitle ?? options.fallbackTitle }, {
        sourceKind: 'html',
        ...(source.encoding ? { encoding: source.encoding } : {}),
      });
      const leftOut = page.leftOut > 0 ? [note('info', `已按网页的正文区导入，正文区以外的 ${page.leftOut} 段文字（导航、侧栏、推荐等）未导入。`)] : [];
      return withImageNote({ ...result, notes: [...leftOut, ...result.notes] }, page.images);
    }
    case 'text':
      return importLines(linesFromText(source.text), options, { sourceKind: 'text', ...(source.encoding ? { encoding: source.encoding } : {}) });
    case 'paste':
      return importLines(linesFromText(source.text), options, { sourceKind: 'paste' });
  }
}

async function importDocx(bytes: Uint8Array, options: ImportDocumentOptions): Promise<ImportResult> {
  const content = await readDocx(bytes, options.zipLimits ?? DEFAULT_ZIP_LIMITS);
  const documentText = content.lines.map((line) => line.text).join('\n');
  const notes: ImportNote[] = [];
  if (content.embedded !== undefined && content.embedded !== 'unreadable') {
    if (matchesPrintedText(content.embedded, documentText)) {
      return {
        drafts: [content.embedded],
        notes: [note('info', '这是稿匠导出的 Word 文档，已原样恢复稿件（结构、编号方式、引文信息都不变）。')],
        detected: { sourceKind: 'docx', traditional: false, convertedToSimplified: false, restoredEmbeddedDraft: true },
        sourceLines: sourceTexts(content.lines),
      };
    }
    notes.push(note('info', '这份文档由稿匠导出后在 Word 中改过文字，已按改后的正文重新识别结构。'));
  } else if (content.embedded === 'unreadable') {
    notes.push(note('info', '文档里附带的稿匠稿件无法读取（已损坏或来自更新版本的稿匠），已按正文重新识别结构。'));
  }
  if (content.lines.length === 0) {
    throw new GaojiangError(
      'invalid-input',
      content.images > 0 ? '这份 Word 文档里只有图片，没有可导入的文字（图片不会导入）。' : '这份 Word 文档是空的，没有可导入的文字。',
      `docx without text (${content.images} images)`,
    );
  }
  const result = importLines(content.lines, options, { sourceKind: 'docx' });
  return withImageNote({ ...result, notes: [...notes, ...result.notes] }, content.images);
}

function withImageNote(result: ImportResult, images: number): ImportResult {
  if (images === 0) return result;
  return { ...result, notes: [...result.notes, note('info', `原文中有 ${images} 张图片，稿匠只导入文字，图片未导入。`)] };
}
