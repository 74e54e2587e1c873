import { formatLabel } from '../../model/numbering.js';
import type { HeadingLevel, NumberStyle } from '../../model/schema.js';
import { headingLevelOf, literalNumberAt, sequenceKey, type LiteralNumber } from './literal-marker.js';
import { findingAt } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * Typed numbers that skip (一是, 三是), repeat (二是, 二是) or run backwards.
 * Used on paragraphs whose text still opens with a number, and — by the
 * plain-text check — on the lines of a .txt file, whose numbers the import
 * removes (so the draft alone no longer shows them).
 */
export type SequenceEvent =
  | { type: 'article' }
  | { type: 'heading'; level: HeadingLevel }
  /** `derived`: a number the app gives a point (always right), which the typed ones around it continue. */
  | { type: 'number'; literal: LiteralNumber; at: number; derived?: boolean };

export interface SequenceProblem {
  at: number;
  message: string;
}

const KEY_STYLES: Record<string, NumberStyle> = {
  'yi-shi': 'yi-shi',
  'di-yi': 'di-yi',
  heading1: 'chinese-dun',
  heading2: 'chinese-paren',
  heading3: 'arabic-dot',
  heading4: 'arabic-paren',
};

function label(key: string, n: number): string {
  const style = KEY_STYLES[key];
  return style ? formatLabel(style, n - 1, n).replace(/[，,]$/, '') : String(n);
}

/** Keys whose sequences a heading of `level` closes: deeper headings and all points. */
function closedBy(level: HeadingLevel, key: string): boolean {
  const m = /^heading(\d)$/.exec(key);
  return m ? Number(m[1]) > level : true;
}

/**
 * `judgeStart`: whether a sequence that starts above 1 is a problem. In a
 * .txt file every line is in sight; in a draft the missing first items may
 * be points numbered by the app, or a paragraph out of sight.
 */
export function literalSequenceProblems(events: readonly SequenceEvent[], judgeStart = true): SequenceProblem[] {
  const problems: SequenceProblem[] = [];
  const last = new Map<string, number>();
  const closeDeeper = (level: HeadingLevel): void => {
    for (const key of [...last.keys()]) if (closedBy(level, key)) last.delete(key);
  };
  for (const event of events) {
    if (event.type === 'article') last.clear();
    else if (event.type === 'heading') closeDeeper(event.level);
    else {
      const { marker } = event.literal;
      // 首先/其次/最后 have no arithmetic (最后 may follow 其次); the sequence-word check covers them.
      if (marker.kind === 'point' && marker.style === 'shou-xian') continue;
      const level = headingLevelOf(marker);
      if (level !== undefined) closeDeeper(level);
      const key = sequenceKey(marker);
      const previous = last.get(key);
      const n = marker.number;
      const expected = (previous ?? 0) + 1;
      if (previous !== undefined && n === previous) {
        problems.push({ at: event.at, message: `编号重复：连续两个“${label(key, n)}”` });
      } else if (n > expected && previous !== undefined) {
        problems.push({ at: event.at, message: `跳号：“${label(key, previous)}”之后应是“${label(key, expected)}”，不是“${label(key, n)}”` });
      } else if (n > expected && judgeStart) {
        problems.push({ at: event.at, message: `跳号：从“${label(key, n)}”开始，缺“${label(key, expected)}”` });
      } else if (n < expected && n !== 1) {
        problems.push({ at: event.at, message: `编号顺序错乱：“${label(key, previous ?? 0)}”之后是“${label(key, n)}”` });
      }
      last.set(key, n);
    }
  }
  return problems;
}

/** In a draft: paragraphs that still open with a typed 一是 / 一、 / （一） / 1. / （1）. */
export const literalSequences: WritingCheck = {
  name: 'structure.literal-sequence',
  run: ({ views, labels }) => {
    const events: SequenceEvent[] = [];
    const derived = new Set<number>();
    for (const view of views) {
      const { block } = view;
      if (block.type === 'title') events.push({ type: 'article' });
      else if (block.type === 'heading') events.push({ type: 'heading', level: block.level });
      else if (block.type === 'point') {
        // The app's own 一是/二是 on points: a typed 五是 after 三是 should read 四是.
        const literal = literalNumberAt(`${labels[view.index] ?? ''}X`);
        if (literal?.marker.kind === 'point' && literal.marker.style === 'yi-shi') {
          events.push({ type: 'number', literal, at: view.index, derived: true });
          derived.add(view.index);
        }
      } else if (block.type === 'paragraph') {
        const literal = literalNumberAt(view.text);
        if (literal && isStructuralLiteral(literal)) events.push({ type: 'number', literal, at: view.index });
      }
    }
    return literalSequenceProblems(events, false).filter((problem) => !derived.has(problem.at)).map(
      (problem): RawFinding =>
        findingAt(views[problem.at]!, {
          id: 'structure.literal-sequence',
          kind: '编号结构',
          severity: 'error',
          message: problem.message,
          start: 0,
          end: literalNumberAt(views[problem.at]!.text)?.length ?? 0,
        }),
    );
  },
};

/**
 * Numbers that make a paragraph a point or a heading. 首先 and 第一 open
 * ordinary sentences too, so on their own they do not.
 */
export function isStructuralLiteral(literal: LiteralNumber): boolean {
  return literal.marker.kind === 'heading' || literal.marker.style === 'yi-shi';
}
