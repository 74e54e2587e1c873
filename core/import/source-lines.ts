/**
 * The common currency of every import source: one line per paragraph of
 * the source, with where it came from and what formatting hints it had.
 * Text files, web pages and Word documents all become SourceLines, so
 * cleanup and structure recognition are written once.
 */
export interface SourceLine {
  text: string;
  /** 1-based line (text) or paragraph (Word, web page) in the source, for notes. */
  line: number;
  /**
   * How many leading characters were bold in the source (Word, web page);
   * equal to `text.length` when the whole line was bold. Only a bold start
   * is kept: it marks a lead clause or a heading.
   */
  boldLead?: number;
  /** The source marked the line as a heading (h1–h6 in a web page, a heading style in Word). */
  heading?: boolean;
}

/** Splits text into trimmed, non-empty lines, remembering each one's line number. */
export function linesFromText(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .forEach((raw, index) => {
      const trimmed = trimLine(raw);
      if (trimmed !== '') lines.push({ text: trimmed, line: index + 1 });
    });
  return lines;
}

/** Trims ASCII and full-width spaces (indentation with 全角空格 is common in Chinese text). */
export function trimLine(text: string): string {
  return text.replace(/^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/g, '');
}

export const isWholeBold = (line: SourceLine): boolean =>
  line.boldLead !== undefined && line.boldLead > 0 && line.boldLead >= line.text.length;

/** A copy of `line` with new text; a partial bold lead is dropped because it may no longer line up. */
export function withText(line: SourceLine, text: string): SourceLine {
  const { boldLead, ...rest } = line;
  const keepBold = boldLead !== undefined && (boldLead >= line.text.length || text.startsWith(line.text.slice(0, boldLead)));
  const next: SourceLine = { ...rest, text };
  if (keepBold && boldLead !== undefined) next.boldLead = Math.min(boldLead >= line.text.length ? text.length : boldLead, text.length);
  return next;
}
