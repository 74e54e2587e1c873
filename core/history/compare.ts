import { diffArrays, diffChars } from 'diff';
import { deriveLabels } from '../model/numbering.js';
import type { Draft } from '../model/schema.js';
import { labelledText } from '../model/text.js';

/** A run of a line's text, marked when the other version does not have it. */
export interface DiffSegment {
  text: string;
  changed: boolean;
}

/** One row of the side-by-side view: a line of the older version, of the newer, or of both. */
export interface DiffRow {
  left?: DiffSegment[];
  right?: DiffSegment[];
}

export interface DraftComparison {
  rows: DiffRow[];
  /** Characters only the older version has (line breaks not counted). */
  removedChars: number;
  /** Characters only the newer version has. */
  addedChars: number;
}

/** Above this many differing characters in one changed run, its lines are marked whole rather than character by character. */
const MAX_CHAR_EDIT = 1_000;

/** The draft's lines as printed: each block with its derived label (一是, 一、, 1.). */
export function draftLines(draft: Pick<Draft, 'children' | 'numbering'>): string[] {
  const labels = deriveLabels(draft.children, draft.numbering);
  return draft.children.map((block, i) => labelledText(block, labels[i] ?? ''));
}

/**
 * Two versions of a draft side by side, differing characters marked: lines
 * (blocks) are matched first, then each run of changed lines is compared
 * character by character (jsdiff), so a long draft compares quickly and an
 * edit never seems to spread across unrelated paragraphs.
 */
export function compareDrafts(older: Pick<Draft, 'children' | 'numbering'>, newer: Pick<Draft, 'children' | 'numbering'>): DraftComparison {
  return compareLines(draftLines(older), draftLines(newer));
}

export function compareLines(before: readonly string[], after: readonly string[]): DraftComparison {
  const result: DraftComparison = { rows: [], removedChars: 0, addedChars: 0 };
  const changes = diffArrays([...before], [...after]);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      for (const line of change.value) result.rows.push({ left: [{ text: line, changed: false }], right: [{ text: line, changed: false }] });
      continue;
    }
    // A removed run and the added run right after it (or the other way round) are one edit.
    let removed: string[] = [];
    let added: string[] = [];
    if (change.removed) removed = change.value;
    else added = change.value;
    const next = changes[i + 1];
    if (next && (change.removed ? next.added : next.removed)) {
      if (next.added) added = next.value;
      else removed = next.value;
      i++;
    }
    compareRun(removed, added, result);
  }
  return result;
}

function compareRun(removed: readonly string[], added: readonly string[], result: DraftComparison): void {
  let left: DiffSegment[][];
  let right: DiffSegment[][];
  const chars = diffChars(removed.join('\n'), added.join('\n'), { maxEditLength: MAX_CHAR_EDIT });
  if (removed.length > 0 && added.length > 0 && chars) {
    left = splitLines(chars.filter((c) => !c.added).map((c) => ({ text: c.value, changed: c.removed })));
    right = splitLines(chars.filter((c) => !c.removed).map((c) => ({ text: c.value, changed: c.added })));
  } else {
    left = removed.map((line) => [{ text: line, changed: true }]);
    right = added.map((line) => [{ text: line, changed: true }]);
  }
  for (const line of left) result.removedChars += changedLength(line);
  for (const line of right) result.addedChars += changedLength(line);
  for (let row = 0; row < Math.max(left.length, right.length); row++) {
    result.rows.push({ ...(left[row] ? { left: left[row] } : {}), ...(right[row] ? { right: right[row] } : {}) });
  }
}

/** Segments of a run of lines joined by \n, split back into lines (a marked \n marks nothing on either line). */
function splitLines(segments: readonly DiffSegment[]): DiffSegment[][] {
  const lines: DiffSegment[][] = [[]];
  for (const segment of segments) {
    segment.text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ text: part, changed: segment.changed });
    });
  }
  return lines;
}

function changedLength(line: readonly DiffSegment[]): number {
  return line.reduce((sum, segment) => sum + (segment.changed ? [...segment.text].length : 0), 0);
}
