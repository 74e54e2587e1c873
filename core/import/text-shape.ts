/**
 * Small facts about a line's shape that structure recognition and cleanup
 * both rely on: its length in characters, whether it ends a sentence, where
 * its first sentence ends.
 */

/** Length in characters (code points), not UTF-16 units. */
export const charCount = (text: string): number => [...text].length;

/** A lead clause longer than this is a whole paragraph, not a lead (import and the checks' conversions). */
export const MAX_LEAD_CHARS = 80;
/** A heading line longer than this holds the heading as its first sentence plus body text. */
export const MAX_HEADING_CHARS = 50;

/** Marks that end a sentence in Chinese text (also the ASCII ones pasted text often has). */
export const SENTENCE_END = /[。！？!?]/;

/**
 * A line that ends like a finished sentence or clause: 。！？； and an
 * ellipsis or dash ending a list (“……”, “——”), optionally followed by a
 * closing quote or bracket.
 */
export function endsSentence(text: string): boolean {
  return /(?:[。！？!?；;]|…|——)[”’」』）)】]*$/.test(text);
}

/** A line whose end shows it goes on: a comma, 、, a colon, or no punctuation after a character. */
export function endsMidSentence(text: string): boolean {
  return !endsSentence(text) && !/[：:]$/.test(text);
}

/** Whether the text holds a sentence-ending mark anywhere (a heading holds none). */
export const hasSentenceEnd = (text: string): boolean => /[。！？!?；;]/.test(text);

/** Index just past the first sentence-ending mark that is not inside “”. */
export function firstSentenceEnd(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    else if (depth === 0 && SENTENCE_END.test(ch)) return i + 1;
  }
  return undefined;
}

/** A Han character (CJK unified ideographs and extension A; enough for body text). */
export const HAN = '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
export const HAN_CHAR = new RegExp(`[${HAN}]`);

/** Share of Han characters among the non-space characters. */
export function hanShare(text: string): number {
  const chars = [...text.replace(/\s/g, '')];
  if (chars.length === 0) return 0;
  return chars.filter((ch) => HAN_CHAR.test(ch)).length / chars.length;
}
