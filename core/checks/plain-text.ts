import { importPlainText } from '../import/plain-text.js';
import type { Draft } from '../model/schema.js';
import { holdsExpected } from './apply-fixes.js';
import { leafText } from './leaf-edit.js';
import { literalNumberAt } from './numbering/literal-marker.js';
import { literalSequenceProblems, type SequenceEvent } from './numbering/literal-sequence.js';
import { runChecks, sortFindings } from './registry.js';
import type { CheckOptions, Finding, TextEdit } from './types.js';

/**
 * Checking a .txt file: the text is imported as the app would import it,
 * the draft is checked, and each block is located in the source (the import
 * keeps a line's text verbatim, minus its number and outer spaces), so that
 * findings can name the file's line and fixes can be written back into the
 * file as it was — only the fixed characters change.
 *
 * The import removes typed numbers (the draft derives them); their
 * sequence is therefore judged here on the source lines.
 */
export interface PlainTextCheck {
  draft: Draft;
  findings: Finding[];
  /** For each block: where its text starts in the source, if found. */
  sourceStarts: (number | undefined)[];
  /** For each block: its 1-based line in the source, if found. */
  sourceLines: (number | undefined)[];
}

export interface PlainTextOptions extends CheckOptions {
  fallbackTitle?: string;
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

function locateBlocks(source: string, draft: Draft): { starts: (number | undefined)[]; lines: (number | undefined)[] } {
  const lineStarts = [0, ...[...source.matchAll(LINE_BREAK)].map((m) => m.index + m[0].length)];
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const starts: (number | undefined)[] = [];
  let cursor = 0;
  for (const block of draft.children) {
    const text = leafText(block);
    const at = text === '' ? -1 : source.indexOf(text, cursor);
    if (at < 0) {
      starts.push(undefined);
      continue;
    }
    starts.push(at);
    cursor = at + text.length;
  }
  return { starts, lines: starts.map((at) => (at === undefined ? undefined : lineOf(at))) };
}

/** Skipped or repeated typed numbers on the source lines, located at the block each line became. */
function sourceSequenceFindings(source: string, check: Omit<PlainTextCheck, 'findings'>): Finding[] {
  const events: SequenceEvent[] = [{ type: 'article' }];
  const blockOfLine = new Map<number, number>();
  check.sourceLines.forEach((line, block) => {
    if (line !== undefined && !blockOfLine.has(line)) blockOfLine.set(line, block);
  });
  source.split(LINE_BREAK).forEach((raw, i) => {
    const block = blockOfLine.get(i + 1);
    const line = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (block === undefined || line === '') return;
    if (check.draft.children[block]?.type === 'title' && block > 0) events.push({ type: 'article' });
    const literal = literalNumberAt(line);
    // Only numbers the import removed: those that made the line a point or a heading.
    const type = check.draft.children[block]?.type;
    if (!literal || (type !== 'point' && type !== 'heading')) return;
    events.push({ type: 'number', literal, at: block });
  });
  return literalSequenceProblems(events).map((problem) => ({
    id: 'structure.literal-sequence',
    kind: '编号结构',
    severity: 'error',
    message: problem.message,
    location: { block: problem.at, start: 0, end: 0 },
    excerpt: leafText(check.draft.children[problem.at]!).slice(0, 16),
  }));
}

export function checkPlainText(source: string, options: PlainTextOptions = {}): PlainTextCheck {
  const { fallbackTitle, ...checkOptions } = options;
  const draft = importPlainText(source, fallbackTitle !== undefined ? { fallbackTitle } : {});
  const { starts, lines } = locateBlocks(source, draft);
  const located = { draft, sourceStarts: starts, sourceLines: lines };
  const findings = sortFindings([...runChecks(draft, checkOptions), ...sourceSequenceFindings(source, located)]);
  return { ...located, findings };
}

export interface PlainTextFixResult {
  text: string;
  fixed: Finding[];
  remaining: PlainTextCheck;
}

const MAX_ROUNDS = 8;

/**
 * --fix for a .txt: the mechanical text edits, written into the source.
 * Structural fixes (a paragraph becoming a point) have no meaning in plain
 * text and are not applied. Repeated until nothing mechanical is left.
 */
export function fixPlainText(source: string, options: PlainTextOptions = {}): PlainTextFixResult {
  let text = source;
  const fixed: Finding[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const check = checkPlainText(text, options);
    const next = applySourceEdits(text, check);
    if (next.applied.length === 0) return { text, fixed, remaining: check };
    for (const applied of next.applied) fixed.push(applied);
    text = next.text;
  }
  return { text, fixed, remaining: checkPlainText(text, options) };
}

function applySourceEdits(text: string, check: PlainTextCheck): { text: string; applied: Finding[] } {
  const accepted: { start: number; end: number; text: string }[] = [];
  const applied: Finding[] = [];
  const clash = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
    a.start === a.end && b.start === b.end ? a.start === b.start : a.start < b.end && b.start < a.end;
  for (const finding of check.findings) {
    if (!finding.fixAll || finding.fix?.type !== 'edit') continue;
    const edits = finding.fix.edits.map((edit: TextEdit) => {
      const base = check.sourceStarts[edit.block];
      const block = check.draft.children[edit.block];
      // The block's text is a verbatim piece of the source at `base`.
      if (base === undefined || !block || !holdsExpected(block, edit)) return undefined;
      return { start: base + edit.start, end: base + edit.end, text: edit.text };
    });
    if (edits.some((edit) => edit === undefined)) continue;
    const sourceEdits = edits as { start: number; end: number; text: string }[];
    if (sourceEdits.some((edit) => accepted.some((other) => clash(edit, other)))) continue;
    for (const edit of sourceEdits) accepted.push(edit);
    applied.push(finding);
  }
  let result = text;
  for (const edit of accepted.sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return { text: result, applied };
}
