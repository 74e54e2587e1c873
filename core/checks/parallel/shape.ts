import { wordLength } from '../characters.js';

/**
 * The shape of a heading or lead clause for comparing parallel items: the
 * length of each clause, clauses being separated by ，、；： or a space, and
 * the closing mark ignored. 深刻领悟精髓，提高思想认识 → [6, 6] → “6+6”.
 */
export interface Shape {
  clauses: number[];
  pattern: string;
  total: number;
}

export function shapeOf(text: string): Shape {
  const body = text.replace(/[。；：？！.;:?!\s]+$/, '');
  const clauses = body
    .split(/[，,、；;：:\s\u3000]+/)
    .map(wordLength)
    .filter((n) => n > 0);
  return { clauses, pattern: clauses.join('+'), total: clauses.reduce((a, b) => a + b, 0) };
}

/** The value most items share, if more than half of them share it. */
export function majority<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  for (const [value, count] of counts) if (count * 2 > values.length && count >= 2) return value;
  return undefined;
}

/** Clause lengths a character apart still read as parallel (把握“千万工程”的思想精髓 against 找准推动发展的着力点). */
export const CLAUSE_TOLERANCE = 1;

export function matches(a: Shape, b: Shape): boolean {
  return a.clauses.length === b.clauses.length && a.clauses.every((n, i) => Math.abs(n - (b.clauses[i] ?? 0)) <= CLAUSE_TOLERANCE);
}

/** The shape most items match (within the tolerance), if more than half of them do. */
export function referenceShape(shapes: readonly Shape[]): Shape | undefined {
  let best: Shape | undefined;
  let bestCount = 0;
  for (const candidate of shapes) {
    const count = shapes.filter((shape) => matches(shape, candidate)).length;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return bestCount * 2 > shapes.length && bestCount >= 2 ? best : undefined;
}

/** “6+6” → “6字＋6字”, as the message shows a pattern. */
export function describePattern(pattern: string): string {
  return pattern
    .split('+')
    .map((n) => `${n}字`)
    .join('＋');
}
