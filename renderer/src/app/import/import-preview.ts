import type { ImportNote } from '../../../../core/import/notes.js';
import { deriveLabels } from '../../../../core/model/numbering.js';
import type { Block, Draft } from '../../../../core/model/schema.js';
import { blockText, draftTitle, inlineText } from '../../../../core/model/text.js';
import { draftCharacters } from '../../../../core/model/stats.js';

/**
 * The pure model of the 导入 preview: the source as read, each line marked
 * with what the import did to it (left pane), and the recognised structure
 * with the labels the editor will derive (right pane).
 */

export type SourceLineStatus = 'kept' | 'removed' | 'review' | 'joined';

export interface SourceRow {
  line: number;
  text: string;
  status: SourceLineStatus;
  /** Why the line is marked (the import's note), for a tooltip. */
  message?: string;
  /** Pieces removed from inside a line that stays (pinyin, emoji, spam …), struck through in place. */
  struck?: TextSegment[];
}

/** A line cut into what stays and what was removed from inside it. */
export interface TextSegment {
  text: string;
  removed: boolean;
}

/** `text` with each of `pieces` (in the order the import found them) marked removed where it first occurs. */
export function segmentsOf(text: string, pieces: readonly string[]): TextSegment[] {
  const ranges: [number, number][] = [];
  for (const piece of pieces) {
    if (piece === '') continue;
    // The same piece may occur more than once; each report takes the next occurrence not yet taken.
    let from = 0;
    let at = text.indexOf(piece, from);
    while (at >= 0 && ranges.some(([start, end]) => at < end && at + piece.length > start)) {
      from = at + 1;
      at = text.indexOf(piece, from);
    }
    if (at >= 0) ranges.push([at, at + piece.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), removed: false });
    segments.push({ text: text.slice(start, end), removed: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), removed: false });
  return segments;
}

/** When one line has several notes, the one that matters most to a reader wins. */
const STATUS_WEIGHT: Record<SourceLineStatus, number> = { kept: 0, joined: 1, review: 2, removed: 3 };

export function sourceRows(lines: readonly { line: number; text: string }[], notes: readonly ImportNote[]): SourceRow[] {
  const marks = new Map<number, { status: SourceLineStatus; message: string }>();
  const inline = new Map<number, { pieces: string[]; messages: string[] }>();
  for (const note of notes) {
    if (note.line === undefined || note.kind === 'info') continue;
    // Junk removed from inside a line: the line stays, its pieces are struck where they stand.
    if (note.inline && note.inline.length > 0) {
      const entry = inline.get(note.line) ?? { pieces: [], messages: [] };
      entry.pieces.push(...note.inline);
      entry.messages.push(note.message);
      inline.set(note.line, entry);
      continue;
    }
    const previous = marks.get(note.line);
    if (!previous || STATUS_WEIGHT[note.kind] > STATUS_WEIGHT[previous.status]) marks.set(note.line, { status: note.kind, message: note.message });
  }
  return lines.map(({ line, text }): SourceRow => {
    const mark = marks.get(line);
    const cleaned = inline.get(line);
    const struck = cleaned && mark?.status !== 'removed' ? { struck: segmentsOf(text, cleaned.pieces) } : {};
    if (mark) return { line, text, status: mark.status, message: mark.message, ...struck };
    return cleaned ? { line, text, status: 'kept', message: cleaned.messages.join('；'), ...struck } : { line, text, status: 'kept' };
  });
}

/** Notes about the whole import (繁→简, the article count, pictures), shown above the panes. */
export function generalNotes(notes: readonly ImportNote[]): string[] {
  return notes.filter((note) => note.line === undefined).map((note) => note.message);
}

export type StructureKind = Block['type'];

export interface StructureRow {
  kind: StructureKind;
  /** Heading level 1–4; 0 for other blocks. */
  level: number;
  /** The derived label (一、 （一） 一是 …), '' when the block has none. */
  label: string;
  /** A point's lead clause (the bold run-in sentence); '' when it has none. */
  lead: string;
  /** The rest of the block's text. */
  text: string;
}

export function structureRows(draft: Draft): StructureRow[] {
  const labels = deriveLabels(draft.children, draft.numbering);
  return draft.children.map((block, i) => {
    const label = labels[i] ?? '';
    const level = block.type === 'heading' ? block.level : 0;
    if (block.type !== 'point') return { kind: block.type, level, label, lead: '', text: blockText(block) };
    const leadLength = block.children.findIndex((inline) => !('lead' in inline && inline.lead));
    const split = leadLength === -1 ? block.children.length : leadLength;
    return {
      kind: block.type,
      level,
      label,
      lead: block.children.slice(0, split).map(inlineText).join(''),
      text: block.children.slice(split).map(inlineText).join(''),
    };
  });
}

export interface ArticleSummary {
  title: string;
  headings: number;
  points: number;
  /** The body's 字数 (draftCharacters), as the status bar will show it. */
  characters: number;
}

/** One line per recognised article, for the selector and the pane's heading. */
export function articleSummary(draft: Draft, fallbackTitle: string): ArticleSummary {
  let headings = 0;
  let points = 0;
  for (const block of draft.children) {
    if (block.type === 'heading') headings++;
    if (block.type === 'point') points++;
  }
  // The app's one count: the same number the status bar shows once the draft is open.
  return { title: draftTitle(draft) || fallbackTitle, headings, points, characters: draftCharacters(draft.children) };
}

/** “3 个标题 · 6 个分点 · 2,345 字”, leaving out what is absent. */
/** What the import read off the byline and dateline into the draft's details (作者、单位、日期、来源), '' when nothing. */
export function detailsText(meta: Draft['meta']): string {
  const parts: [string, string | undefined][] = [
    ['作者', meta.author],
    ['单位', meta.unit],
    ['日期', meta.date],
    ['来源', meta.source],
  ];
  return parts
    .filter(([, value]) => value !== undefined && value.trim() !== '')
    .map(([name, value]) => `${name}：${value ?? ''}`)
    .join(' · ');
}

export function summaryText(summary: ArticleSummary): string {
  const parts = [
    summary.headings > 0 ? `${summary.headings} 个标题` : '',
    summary.points > 0 ? `${summary.points} 个分点` : '',
    `${summary.characters.toLocaleString('zh-CN')} 字`,
  ];
  return parts.filter(Boolean).join(' · ');
}
