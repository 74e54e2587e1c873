import type { Block, Draft, NumberStyle } from '../model/schema.js';
import { linesFromText } from './source-lines.js';
import { draftFromLines, recogniseBody } from './structure.js';

export { guessGenre } from './structure.js';

export interface PlainTextImportOptions {
  /** Used as the title when the first line does not look like one (e.g. the file name). */
  fallbackTitle?: string;
}

/**
 * Plain text → one draft, by structure recognition alone (see structure.ts):
 * every character of the text is kept, literal numbers become derived
 * labels. Junk cleanup, 繁→简 and splitting a compilation into articles are
 * the job of `importText` (import-text.ts), which ends here.
 */
export function importPlainText(text: string, options: PlainTextImportOptions = {}): Draft {
  return draftFromLines(linesFromText(text), options).draft;
}

/**
 * Body text → blocks, one or two per non-empty line (a run-in heading line
 * gives a heading and a paragraph; a paragraph holding 一是…二是… gives its
 * points). Also what the editor does with pasted text, so it recognises
 * only what the editor's numbering already styles: no unnumbered headings.
 * `pointStyle` is the run-in style the points used, if any.
 */
export function textToBlocks(text: string): { blocks: Block[]; pointStyle: NumberStyle | undefined } {
  const { blocks, pointStyle } = recogniseBody(linesFromText(text), [], { unnumbered: false });
  return { blocks, pointStyle };
}
