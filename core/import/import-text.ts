import { GaojiangError } from '../errors.js';
import { DraftSchema, MAX_TEXT, type Draft } from '../model/schema.js';
import { splitArticles } from './articles.js';
import { cleanupLines } from './cleanup.js';
import { note, type ImportNote } from './notes.js';
import { linesFromText, type SourceLine } from './source-lines.js';
import { fullWidthPunctuation } from './punctuation-width.js';
import { draftFromLines } from './structure.js';
import { detectTraditional, toSimplified } from './traditional.js';

/**
 * The import pipeline after a source has become lines: 繁→简, cleanup,
 * splitting a compilation into articles, structure recognition. Pure;
 * `importDocument` (import-document.ts) is the entry for every source kind.
 */
export type SourceKind = 'docx' | 'text' | 'html' | 'paste';

export interface ImportOptions {
  /** Keep traditional characters instead of converting to simplified. */
  keepTraditional?: boolean;
  /** The title when the text has none (e.g. the file name without extension). */
  fallbackTitle?: string;
  /** Keep half-width , ; : ? ! ( ) among Chinese text as they are (保留原样) instead of making them full width. */
  keepHalfWidthPunctuation?: boolean;
}

export interface ImportDetected {
  sourceKind: SourceKind;
  /** How a text file was decoded (utf-8, gb18030), when the source was bytes of text. */
  encoding?: string;
  /** The text was written in traditional characters. */
  traditional: boolean;
  /** …and was converted to simplified (false with `keepTraditional`). */
  convertedToSimplified: boolean;
  /** The .docx carried a 稿匠 draft (exported by 稿匠) and it was restored exactly. */
  restoredEmbeddedDraft: boolean;
  /** Half-width marks among Chinese text: made full width, or kept with `keepHalfWidthPunctuation` (0 if none). */
  halfWidthPunctuation?: number;
}

export interface ImportResult {
  /** One draft per article: a compilation gives several. */
  drafts: Draft[];
  /** A compilation's own title and any text above its first article (belonging to no article). */
  volume?: { title?: string; preface: string[] };
  /** What was removed, joined, or should be checked by a person, with source line references. */
  notes: ImportNote[];
  detected: ImportDetected;
  /** The source's non-empty lines as read (before 繁→简 and cleanup), numbered as the notes number them: for a preview. */
  sourceLines: SourceText[];
}

export interface SourceText {
  line: number;
  text: string;
}

export const sourceTexts = (lines: readonly SourceLine[]): SourceText[] => lines.map(({ line, text }) => ({ line, text }));

export function importText(text: string, options: ImportOptions = {}, sourceKind: SourceKind = 'text'): ImportResult {
  return importLines(linesFromText(text), options, { sourceKind });
}

export function importLines(
  sourceLines: readonly SourceLine[],
  options: ImportOptions,
  detected: Pick<ImportDetected, 'sourceKind' | 'encoding'>,
): ImportResult {
  if (sourceLines.length === 0) {
    throw new GaojiangError('invalid-input', '没有可导入的文字：文件或粘贴的内容是空的。', 'import source has no text');
  }
  // A paragraph longer than a draft can hold (a 10 MB text without line breaks) is refused
  // before 繁简 detection, cleanup and recognition spend seconds and hundreds of MB on it.
  const longest = sourceLines.reduce((n, line) => Math.max(n, line.text.length), 0);
  if (longest > MAX_TEXT) throw overCapacity(`a source line of ${longest} characters`);
  const notes: ImportNote[] = [];
  const { traditional } = detectTraditional(sourceLines.map((line) => line.text).join('\n'));
  const convert = traditional && !options.keepTraditional;
  const lines = convert ? sourceLines.map(simplifiedLine) : sourceLines.slice();
  if (convert) notes.push(note('info', '原文是繁体字，已转换为简体。'));
  else if (traditional) notes.push(note('info', '原文是繁体字，按要求保留繁体。'));

  const cleaned = cleanupLines(lines);
  notes.push(...cleaned.notes);
  const split = splitArticles(cleaned.lines);
  const several = split.articles.length > 1;
  let halfWidthPunctuation = 0;
  const drafts = split.articles.map((article, i) => {
    const fallbackTitle = several ? `${split.volumeTitle ?? options.fallbackTitle ?? ''} 第${i + 1}篇`.trim() : options.fallbackTitle;
    const structured = draftFromLines(article, { fallbackTitle });
    notes.push(...structured.notes);
    const widened = fullWidthPunctuation(checkedDraft(structured.draft), options.keepHalfWidthPunctuation);
    halfWidthPunctuation += widened.marks;
    return widened.draft;
  });
  if (halfWidthPunctuation > 0) {
    notes.push(
      note('info', options.keepHalfWidthPunctuation ? `按要求保留了 ${halfWidthPunctuation} 处半角标点。` : `已将 ${halfWidthPunctuation} 处半角标点改为全角。`),
    );
  }
  if (several) notes.push(note('info', `识别出 ${drafts.length} 篇文章，已分为 ${drafts.length} 份稿件。`));
  return {
    drafts,
    ...(several || split.volumeTitle ? { volume: { title: split.volumeTitle, preface: split.preface.map((line) => line.text) } } : {}),
    notes,
    detected: { ...detected, traditional, convertedToSimplified: convert, restoredEmbeddedDraft: false, halfWidthPunctuation },
    sourceLines: sourceTexts(sourceLines),
  };
}

function simplifiedLine(line: SourceLine): SourceLine {
  const text = toSimplified(line.text);
  // 繁→简 is character for character almost always; a bold lead stays where it was when the length did not change.
  if (text.length === line.text.length) return { ...line, text };
  const { boldLead: _dropped, ...rest } = line;
  return { ...rest, text };
}

/** Recognised drafts go through the schema like any other: a huge paragraph or block count is refused here. */
function checkedDraft(draft: Draft): Draft {
  const result = DraftSchema.safeParse(draft);
  if (result.success) return result.data;
  throw overCapacity(`recognised draft fails the schema: ${result.error.message.slice(0, 500)}`);
}

const overCapacity = (detail: string): GaojiangError =>
  new GaojiangError('file-too-large', '导入的内容超出稿件的容量（单段文字或段落数过多），请分成几份再导入。', detail);
