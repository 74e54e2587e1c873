import { toChineseNumeral } from './chinese-numerals.js';
import type { Block, NumberStyle, NumberingScheme } from './schema.js';

/**
 * Derived numbering: the label of every heading and point comes from its
 * position and its level's style; labels are never stored in the text.
 *
 * Counting rules:
 * - a heading of level n counts among the level-n headings since the last
 *   heading of a higher level (smaller n) — the usual 一、（一）1.（1） outline;
 * - points count within a point group: the points since the last heading or
 *   title. Plain paragraphs between points do not start a new group, so a
 *   point may have continuation paragraphs.
 */
export const DEFAULT_NUMBERING: NumberingScheme = {
  heading1: 'chinese-dun',
  heading2: 'chinese-paren',
  heading3: 'arabic-dot',
  heading4: 'arabic-paren',
  point: 'yi-shi',
};

/** Names shown in the UI for each style. */
export const NUMBER_STYLE_NAMES: Record<NumberStyle, string> = {
  'yi-shi': '一是、二是、三是',
  'chinese-dun': '一、二、三、',
  'chinese-paren': '（一）（二）（三）',
  'arabic-dot': '1. 2. 3.',
  'arabic-paren': '（1）（2）（3）',
  'shou-xian': '首先、其次、最后',
  'di-yi': '第一、第二、第三',
  none: '不编号',
};

/**
 * The label for item `index` (0-based) of `count` items in one run.
 * `count` matters only for 首先/其次/最后, whose last item is 最后.
 */
export function formatLabel(style: NumberStyle, index: number, count: number): string {
  const n = index + 1;
  switch (style) {
    case 'yi-shi':
      return `${toChineseNumeral(n)}是`;
    case 'chinese-dun':
      return `${toChineseNumeral(n)}、`;
    case 'chinese-paren':
      return `（${toChineseNumeral(n)}）`;
    case 'arabic-dot':
      return `${n}.`;
    case 'arabic-paren':
      return `（${n}）`;
    case 'di-yi':
      return `第${toChineseNumeral(n)}，`;
    case 'shou-xian':
      return `${shouXianWord(index, count)}，`;
    case 'none':
      return '';
  }
}

/**
 * 首先 … 最后. With more than four items the middle ones run 其次, 再次,
 * then 第四, 第五 … (the genre has no fourth sequence word; the writing
 * checks suggest 一是/二是 for long runs).
 */
function shouXianWord(index: number, count: number): string {
  if (index === 0) return '首先';
  if (index === count - 1) return '最后';
  if (index === 1) return '其次';
  if (index === 2) return '再次';
  return `第${toChineseNumeral(index + 1)}`;
}

export type NumberedLevel = keyof NumberingScheme;

/** The numbering level a block belongs to, if any. */
export function numberedLevelOf(block: Block): NumberedLevel | undefined {
  if (block.type === 'heading') return `heading${block.level}`;
  if (block.type === 'point') return 'point';
  return undefined;
}

/**
 * One entry per block: its label, or '' for blocks that carry none
 * (paragraphs, titles, levels styled 'none'). O(n) for a whole draft.
 */
export function deriveLabels(blocks: readonly Block[], scheme: NumberingScheme): string[] {
  const positions = derivePositions(blocks);
  return blocks.map((block, i) => {
    const level = numberedLevelOf(block);
    const position = positions[i];
    if (!level || !position) return '';
    return formatLabel(scheme[level], position.index, position.count);
  });
}

export interface RunPosition {
  /** 0-based position within its run (its siblings at the same level). */
  index: number;
  /** How many items the run has. */
  count: number;
}

/** For each block, its position within its run of same-level siblings (undefined for unnumbered kinds). */
export function derivePositions(blocks: readonly Block[]): (RunPosition | undefined)[] {
  const positions: (RunPosition | undefined)[] = new Array(blocks.length).fill(undefined);
  // Open runs: the indices of the members collected so far, per level.
  const headingRuns: number[][] = [[], [], [], []];
  let pointRun: number[] = [];
  const closeRun = (run: number[]): void => {
    run.forEach((blockIndex, index) => {
      positions[blockIndex] = { index, count: run.length };
    });
  };

  blocks.forEach((block, i) => {
    if (block.type === 'title') {
      headingRuns.forEach(closeRun);
      headingRuns.forEach((_, level) => (headingRuns[level] = []));
      closeRun(pointRun);
      pointRun = [];
    } else if (block.type === 'heading') {
      const level = block.level - 1;
      // A heading ends the point group and every deeper heading run.
      closeRun(pointRun);
      pointRun = [];
      for (let deeper = level + 1; deeper < headingRuns.length; deeper++) {
        closeRun(headingRuns[deeper] ?? []);
        headingRuns[deeper] = [];
      }
      headingRuns[level]?.push(i);
    } else if (block.type === 'point') {
      pointRun.push(i);
    }
  });
  headingRuns.forEach(closeRun);
  closeRun(pointRun);
  return positions;
}
