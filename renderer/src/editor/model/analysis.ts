import { deriveLabels } from '../../../../core/model/numbering.js';
import type { Block, NumberingScheme } from '../../../../core/model/schema.js';
import { countCharacters } from '../../../../core/model/stats.js';
import { blockText } from '../../../../core/model/text.js';
import { sectionOf } from './blocks.js';

/**
 * What the UI derives from the blocks after each change, once, in O(n):
 * the labels (deriveLabels), the character count of every block (label
 * included, as printed — the same as draftStats) and the totals per section.
 */
export interface DraftAnalysis {
  blocks: readonly Block[];
  numbering: NumberingScheme;
  labels: readonly string[];
  /** Characters of each block as printed (0 for the author line). */
  blockChars: readonly number[];
  total: number;
  bySection: Readonly<Record<string, number>>;
  /** Each block's index, for the renderers that hold a block and need its label. */
  indexOf: ReadonlyMap<Block, number>;
}

/** Per-block counts, remembered by block identity: Slate keeps unchanged blocks identical, so a keystroke recounts one block. */
export type CharCountCache = WeakMap<Block, { label: string; chars: number }>;

export function analyseDraft(blocks: readonly Block[], numbering: NumberingScheme, cache: CharCountCache = new WeakMap()): DraftAnalysis {
  const labels = deriveLabels(blocks, numbering);
  const blockChars: number[] = [];
  const bySection: Record<string, number> = {};
  const indexOf = new Map<Block, number>();
  let total = 0;
  blocks.forEach((block, i) => {
    indexOf.set(block, i);
    const chars = block.type === 'author-line' ? 0 : cachedCount(block, labels[i] ?? '', cache);
    blockChars.push(chars);
    total += chars;
    const section = sectionOf(block);
    if (section) bySection[section] = (bySection[section] ?? 0) + chars;
  });
  return { blocks, numbering, labels, blockChars, total, bySection, indexOf };
}

function cachedCount(block: Block, label: string, cache: CharCountCache): number {
  const hit = cache.get(block);
  if (hit && hit.label === label) return hit.chars;
  // Counted together: a label such as “1.” next to digits reads as one run, as in draftStats.
  const chars = countCharacters(label + blockText(block));
  cache.set(block, { label, chars });
  return chars;
}

/** Sum of block counts over [start, end). */
export function rangeChars(analysis: DraftAnalysis, start: number, end: number): number {
  let sum = 0;
  for (let i = start; i < end; i++) sum += analysis.blockChars[i] ?? 0;
  return sum;
}
