import { matchLineMarker } from './markers.js';
import { isWholeBold, type SourceLine } from './source-lines.js';
import { charCount, endsSentence, hanShare, hasSentenceEnd } from './text-shape.js';

/**
 * Unnumbered short headings: a short line without sentence punctuation
 * standing between paragraphs, as news summaries and many speeches write
 * their section titles (深学细悟,坚持循迹溯源学思想促践行). The draft keeps
 * them as headings whose level is styled 'none', since numbers are derived.
 */
const MIN_CHARS = 4;
const MAX_CHARS = 30;
/** A line the source itself marked as a heading, or printed bold, may be longer. */
const MAX_MARKED_CHARS = 40;

export function isShortHeading(line: SourceLine, previous: SourceLine | undefined, next: SourceLine | undefined): boolean {
  const { text } = line;
  const marked = line.heading === true || isWholeBold(line);
  const chars = charCount(text);
  if (chars < MIN_CHARS || chars > (marked ? MAX_MARKED_CHARS : MAX_CHARS)) return false;
  if (hasSentenceEnd(text) || /[，,、：:…—“‘（(]$/.test(text)) return false;
  if (matchLineMarker(text) !== undefined || hanShare(text) < 0.6) return false;
  if (/^\d{4}年|^[（(].*[）)]$/.test(text)) return false;
  if (!next) return false;
  if (marked) return true;
  // Between paragraphs: the line before ends a sentence and the line after is body text.
  return previous !== undefined && endsSentence(previous.text) && (endsSentence(next.text) || charCount(next.text) > chars * 2);
}
