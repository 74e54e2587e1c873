import { deriveLabels } from '../../../../core/model/numbering.js';
import type { Block, NumberingScheme } from '../../../../core/model/schema.js';
import { blockCharacters } from '../../../../core/model/stats.js';
import { sectionOf } from './blocks.js';

/**
 * What the UI derives from the blocks after each change, once, in O(n):
 * the labels (deriveLabels), the character count of every block (core's
 * blockCharacters: the body's own text, no labels, nothing for the title —
 * the same as draftStats, the import preview and the history) and the totals per section.
 */
export interface DraftAnalysis {
  blocks: readonly Block[];
  numbering: NumberingScheme;
  labels: readonly string[];
  /** Characters of each block (blockCharacters: 0 for the title and the author line). */
  blockChars: readonly number[];
  total: number;
  bySection: Readonly<Record<string, number>>;
  /** Each block's index, for the renderers that hold a block and need its label. */
  indexOf: ReadonlyMap<Block, number>;
}

/** Per-block counts, remembered by block identity: Slate keeps unchanged blocks identical, so a keystroke recounts one block. */
export type CharCountCache = WeakMap<Block, number>;

export function analyseDraft(blocks: readonly Block[], numbering: NumberingScheme, cache: CharCountCache = new WeakMap()): DraftAnalysis {
  const labels = deriveLabels(blocks, numbering);
  const blockChars: number[] = [];
  const bySection: Record<string, number> = {};
  const indexOf = new Map<Block, number>();
  let total = 0;
  blocks.forEach((block, i) => {
    indexOf.set(block, i);
    const chars = cachedCount(block, cache);
    blockChars.push(chars);
    total += chars;
    const section = sectionOf(block);
    if (section) bySection[section] = (bySection[section] ?? 0) + chars;
  });
  return { blocks, numbering, labels, blockChars, total, bySection, indexOf };
}

function cachedCount(block: Block, cache: CharCountCache): number {
  const hit = cache.get(block);
  if (hit !== undefined) return hit;
  const chars = blockCharacters(block);
  cache.set(block, chars);
  return chars;
}

/** Sum of block counts over [start, end). */
export function rangeChars(analysis: DraftAnalysis, start: number, end: number): number {
  let sum = 0;
  for (let i = start; i < end; i++) sum += analysis.blockChars[i] ?? 0;
  return sum;
}
