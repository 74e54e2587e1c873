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
}

/** When one line has several notes, the one that matters most to a reader wins. */
const STATUS_WEIGHT: Record<SourceLineStatus, number> = { kept: 0, joined: 1, review: 2, removed: 3 };

export function sourceRows(lines: readonly { line: number; text: string }[], notes: readonly ImportNote[]): SourceRow[] {
  const marks = new Map<number, { status: SourceLineStatus; message: string }>();
  for (const note of notes) {
    if (note.line === undefined || note.kind === 'info') continue;
    const previous = marks.get(note.line);
    if (!previous || STATUS_WEIGHT[note.kind] > STATUS_WEIGHT[previous.status]) marks.set(note.line, { status: note.kind, message: note.message });
  }
  return lines.map(({ line, text }) => {
    const mark = marks.get(line);
    return mark ? { line, text, status: mark.status, message: mark.message } : { line, text, status: 'kept' };
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
export function summaryText(summary: ArticleSummary): string {
  const parts = [
    summary.headings > 0 ? `${summary.headings} 个标题` : '',
    summary.points > 0 ? `${summary.points} 个分点` : '',
    `${summary.characters.toLocaleString('zh-CN')} 字`,
  ];
  return parts.filter(Boolean).join(' · ');
}
