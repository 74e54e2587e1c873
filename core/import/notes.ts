/**
 * What an import tells its user besides the drafts: lines it removed as
 * junk, lines it kept but is unsure of, pages it joined. Messages are
 * Chinese (they are shown as they are); `line` is 1-based in the source:
 * a line of a text file, a paragraph of a Word document.
 */
export type ImportNoteKind =
  /** A line was removed as site junk (navigation, login, copyright …). */
  | 'removed'
  /** A line was kept but may not belong to the article, or a structure guess may be wrong: a person should look. */
  | 'review'
  /** Two lines were joined where a page break had split a sentence. */
  | 'joined'
  /** Something about the import as a whole (conversion, embedded draft …). */
  | 'info';

export interface ImportNote {
  kind: ImportNoteKind;
  /** 1-based line (text) or paragraph (Word, web page) of the source, when the note is about one. */
  line?: number;
  /** The text concerned, shortened for display. */
  text?: string;
  message: string;
  /**
   * For junk removed from inside a line that stays (pinyin, emoji, mojibake …):
   * the removed pieces, for the preview's strike-through; the line itself is kept.
   */
  inline?: string[];
}

const SHOWN_CHARS = 40;

/** A line as a note shows it: long lines are cut with an ellipsis. */
export function shownText(text: string): string {
  const chars = [...text];
  return chars.length <= SHOWN_CHARS ? text : `${chars.slice(0, SHOWN_CHARS).join('')}…`;
}

export function note(kind: ImportNoteKind, message: string, line?: number, text?: string): ImportNote {
  return {
    kind,
    message,
    ...(line === undefined ? {} : { line }),
    ...(text === undefined ? {} : { text: shownText(text) }),
  };
}
