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

/**
 * The characters a block adds to the draft's count (字数): its own text,
 * counted by countCharacters, without the derived label (一是, 一、, 1.) the
 * writer never typed; the title and the author line count nothing. This is
 * the one count of the app: the status bar, the outline, the import
 * preview, 体检's length and the history all add these up.
 */
export function blockCharacters(block: Block): number {
  return block.type === 'title' || block.type === 'author-line' ? 0 : countCharacters(blockText(block));
}

/** The draft's 字数: its body's characters (see blockCharacters). */
export function draftCharacters(blocks: readonly Block[]): number {
  let total = 0;
  for (const block of blocks) total += blockCharacters(block);
  return total;
}

export interface DraftStats {
  /** Characters of the body (draftCharacters: no title, author line or labels). */
  total: number;
  /** Characters per template section id. */
  bySection: Record<string, number>;
}

/** Word counts of a draft, in total and per template section. */
export function draftStats(blocks: readonly Block[]): DraftStats {
  const bySection: Record<string, number> = {};
  let total = 0;
  for (const block of blocks) {
    const chars = blockCharacters(block);
    total += chars;
    const section = 'section' in block ? block.section : undefined;
    if (section) bySection[section] = (bySection[section] ?? 0) + chars;
  }
  return { total, bySection };
}

/** Speaking time in whole minutes (at least 1 for any text) at `charsPerMinute`. */
export function speakingMinutes(chars: number, charsPerMinute: number): number {
  return chars === 0 ? 0 : Math.max(1, Math.round(chars / charsPerMinute));
}
