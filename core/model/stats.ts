import { blockText } from './text.js';
import type { Block } from './schema.js';

/**
 * Characters counted as Word and WPS count 字数: every Chinese character
 * and full-width punctuation mark is one, a run of Latin letters or digits
 * (2003, GDP, 4.5) is one, other visible ASCII symbols are one each, and
 * white space is nothing.
 */
export function countCharacters(text: string): number {
  let count = 0;
  let inWord = false;
  for (const ch of text) {
    if (/[A-Za-z0-9]/.test(ch) || (inWord && ch === '.')) {
      if (!inWord) count++;
      inWord = true;
      continue;
    }
    inWord = false;
    if (!/\s/.test(ch)) count++;
  }
  return count;
}

export interface DraftStats {
  /** Characters of the body and title (labels included, as printed, but not the author line). */
  total: number;
  /** Characters per template section id. */
  bySection: Record<string, number>;
}

/** Word counts of a draft; `labels` from deriveLabels count as printed. */
export function draftStats(blocks: readonly Block[], labels: readonly string[]): DraftStats {
  const bySection: Record<string, number> = {};
  let total = 0;
  blocks.forEach((block, i) => {
    if (block.type === 'author-line') return;
    const chars = countCharacters((labels[i] ?? '') + blockText(block));
    total += chars;
    const section = 'section' in block ? block.section : undefined;
    if (section) bySection[section] = (bySection[section] ?? 0) + chars;
  });
  return { total, bySection };
}

/** Speaking time in whole minutes (at least 1 for any text) at `charsPerMinute`. */
export function speakingMinutes(chars: number, charsPerMinute: number): number {
  return chars === 0 ? 0 : Math.max(1, Math.round(chars / charsPerMinute));
}
