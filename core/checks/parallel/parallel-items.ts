import { leadClause, type BlockView } from '../block-view.js';
import { findingAt } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';
import { describePattern, majority, matches, referenceShape, shapeOf, type Shape } from './shape.js';

/**
 * 标题对仗: headings of one level under one parent, and the lead clauses of
 * one point group, are written as a parallel set (深刻领悟精髓，提高思想认识 /
 * 坚持问题导向，汇集民声民智 / 弘扬务实作风，当好表率先锋). With three or
 * more items, the one that breaks the pattern the others share is reported:
 * a different number of clauses (warning), different clause lengths or a
 * length far from the others' (hint).
 */
const MIN_GROUP = 3;
/** A total this many times longer or shorter than the group's median stands out. */
const LENGTH_RATIO = 1.5;
/** …and by at least this many characters (3 against 5 is not worth a remark). */
const LENGTH_GAP = 4;

interface Item {
  view: BlockView;
  text: string;
  end: number;
  shape: Shape;
}

/** Groups of parallel items: sibling headings per (parent, level), lead clauses per point group. */
function parallelGroups(views: readonly BlockView[]): { items: Item[]; what: string }[] {
  const groups = new Map<string, { items: Item[]; what: string }>();
  const parents: (number | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
  let article = -1;
  let pointGroup = -1;
  const add = (key: string, what: string, item: Item): void => {
    const group = groups.get(key) ?? { items: [], what };
    group.items.push(item);
    groups.set(key, group);
  };
  for (const view of views) {
    const { block } = view;
    if (block.type === 'title') {
      article = view.index;
      pointGroup = view.index;
      parents.fill(undefined);
    } else if (block.type === 'heading') {
      pointGroup = view.index;
      const parent = parents.slice(0, block.level).reverse().find((p) => p !== undefined) ?? article;
      for (let level = block.level; level < parents.length; level++) parents[level] = undefined;
      parents[block.level] = view.index;
      if (view.text.trim() !== '') {
        add(`h${block.level}@${parent}`, '标题', { view, text: view.text, end: view.text.length, shape: shapeOf(view.text) });
      }
    } else if (block.type === 'point') {
      const lead = leadClause(view);
      if (lead && lead.text.trim() !== '') add(`p@${pointGroup}`, '领起句', { view, text: lead.text, end: lead.end, shape: shapeOf(lead.text) });
    }
  }
  return [...groups.values()].filter((group) => group.items.length >= MIN_GROUP);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export const parallelItems: WritingCheck = {
  name: 'parallel.items',
  run: ({ views }) => {
    const findings: RawFinding[] = [];
    for (const { items, what } of parallelGroups(views)) {
      const reference = referenceShape(items.map((item) => item.shape));
      const clauseCount = majority(items.map((item) => item.shape.clauses.length));
      const typicalLength = median(items.map((item) => item.shape.total));
      for (const item of items) {
        const { shape } = item;
        const at = { start: 0, end: item.end };
        if (reference !== undefined && !matches(shape, reference)) {
          const pattern = reference.pattern;
          findings.push(
            findingAt(item.view, {
              id: 'parallel.pattern',
              kind: '标题对仗',
              severity: 'info',
              message: `与同组${what}不对仗：其余多为“${describePattern(pattern)}”，这一条是“${describePattern(shape.pattern)}”`,
              ...at,
            }),
          );
        } else if (reference === undefined && clauseCount !== undefined && shape.clauses.length !== clauseCount) {
          findings.push(
            findingAt(item.view, {
              id: 'parallel.clauses',
              kind: '标题对仗',
              severity: 'info',
              message: `与同组${what}不对仗：其余多由${clauseCount}个分句组成，这一条是${shape.clauses.length}个`,
              ...at,
            }),
          );
        } else if (
          reference === undefined &&
          Math.abs(shape.total - typicalLength) >= LENGTH_GAP &&
          (shape.total > typicalLength * LENGTH_RATIO || shape.total * LENGTH_RATIO < typicalLength)
        ) {
          findings.push(
            findingAt(item.view, {
              id: 'parallel.length',
              kind: '标题对仗',
              severity: 'info',
              message: `与同组${what}长短悬殊：这一条${shape.total}字，其余约${typicalLength}字`,
              ...at,
            }),
          );
        }
      }
    }
    return findings;
  },
};
