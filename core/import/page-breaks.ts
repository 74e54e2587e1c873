import { matchLineMarker } from './markers.js';
import { note, type ImportNote } from './notes.js';
import { withText, type SourceLine } from './source-lines.js';
import { charCount, endsMidSentence, endsSentence, HAN_CHAR } from './text-shape.js';

/**
 * Page boundaries left in text copied from document-sharing sites and
 * PDFs: a page-number line (— 3 —, 第3页 共10页, 3/10) between the halves
 * of a sentence, or a page number run into the next page's first word
 * (…深 / 2、学细悟…). Both are removed and the sentence joined.
 *
 * A genuine “2、” heading is told apart by context: the line before a
 * page break stops mid-sentence (no 。！？； at its end) and is body text,
 * not a short heading; and the joined text reads on (the next page starts
 * with a character, not a new heading). When the context is unclear the
 * line is kept as it is and noted for review.
 */
const PAGE_NUMBER_LINE = [
  /^[-—–－~\s]*(\d{1,4})[-—–－~\s]*$/,
  /^第\s*(\d{1,4})\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/,
  /^(\d{1,4})\s*[/／]\s*\d{1,4}$/,
  /^(?:page|页码)[：:\s]*(\d{1,4})(?:\s*(?:of|[/／])\s*\d{1,4})?$/i,
];
const RUN_IN_PAGE_NUMBER = /^(\d{1,3})[、.．]\s*(?!\d)/;
/** The line before a page break is body text: longer than a heading. */
const MIN_BODY_CHARS = 20;

export function pageNumberOfLine(text: string): number | undefined {
  for (const pattern of PAGE_NUMBER_LINE) {
    const match = pattern.exec(text);
    if (match) return Number(match[1]);
  }
  return undefined;
}

const isBodyText = (text: string): boolean => charCount(text) >= MIN_BODY_CHARS && matchLineMarker(text)?.kind !== 'heading';

/** The next page's text reads on from a sentence cut mid-word: it starts with a character or a closing mark. */
const readsOn = (text: string): boolean => HAN_CHAR.test(text[0] ?? '') || /^[”’」』）)，、。；：]/.test(text);

export function joinPageBreaks(lines: readonly SourceLine[]): { lines: SourceLine[]; notes: ImportNote[] } {
  const out: SourceLine[] = [];
  const notes: ImportNote[] = [];
  let lastPage: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const previous = out[out.length - 1];
    const pageNumber = pageNumberOfLine(line.text);
    if (pageNumber !== undefined) {
      lastPage = pageNumber;
      notes.push(note('removed', '页码', line.line, line.text));
      const next = lines[i + 1];
      if (previous && next && !endsSentence(previous.text) && isBodyText(previous.text) && readsOn(next.text) && !matchLineMarker(next.text)) {
        out[out.length - 1] = withText(previous, previous.text + next.text);
        notes.push(note('joined', '页码处断开的句子已接上。', next.line, previous.text.slice(-10) + next.text.slice(0, 10)));
        i++;
      }
      continue;
    }
    const runIn = RUN_IN_PAGE_NUMBER.exec(line.text);
    if (runIn && previous && !endsSentence(previous.text) && !/[：:]$/.test(previous.text)) {
      const number = Number(runIn[1]);
      const rest = line.text.slice(runIn[0].length);
      const sequential = lastPage !== undefined && number === lastPage + 1;
      if (readsOn(rest) && (isBodyText(previous.text) || sequential)) {
        lastPage = number;
        out[out.length - 1] = withText(previous, previous.text + rest);
        notes.push(note('joined', `页码“${runIn[0].trim()}”夹在句子中间，已去掉并接上前后文。`, line.line, previous.text.slice(-10) + rest.slice(0, 10)));
        continue;
      }
      if (readsOn(rest) && matchLineMarker(previous.text) === undefined) {
        notes.push(note('review', `“${runIn[0].trim()}”可能是页码而不是编号，已按编号保留，请核对。`, line.line, line.text));
      }
    }
    out.push(line);
  }
  return { lines: out, notes };
}

/** A page hard-wrapped at a fixed width has at least this many lines of (nearly) that width ending mid-sentence. */
const MIN_WRAPPED_LINES = 3;
const WIDTH_SLACK = 2;

/**
 * In a wrapped text few lines run past the wrap width (a header, a URL); in a page of whole
 * paragraphs most long lines do, and a few that happen to stop near one width are not wraps.
 */
const MAX_OVER_WIDTH_SHARE = 1 / 3;

function mostlyWithin(lines: readonly SourceLine[], wrapWidth: number): boolean {
  let long = 0;
  let over = 0;
  for (const line of lines) {
    const width = charCount(line.text);
    if (width < MIN_BODY_CHARS) continue;
    long++;
    if (width > wrapWidth + WIDTH_SLACK) over++;
  }
  return over <= long * MAX_OVER_WIDTH_SHARE;
}

/**
 * Hard line breaks of text copied out of a PDF or a fixed-width preview:
 * lines cut at one width whatever the sentence. A line of that width that
 * stops mid-sentence is joined with the next when the next reads on; a
 * shorter line (a heading, a paragraph's last line) never is. One pass to
 * find the width, one to join: linear.
 */
export function joinHardWraps(lines: readonly SourceLine[]): { lines: SourceLine[]; notes: ImportNote[] } {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const width = charCount(line.text);
    if (width >= MIN_BODY_CHARS && endsMidSentence(line.text)) counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let wrapWidth = 0;
  let best = 0;
  for (const [width] of counts) {
    let near = 0;
    for (let w = width - WIDTH_SLACK; w <= width + WIDTH_SLACK; w++) near += counts.get(w) ?? 0;
    if (near > best || (near === best && width > wrapWidth)) [best, wrapWidth] = [near, width];
  }
  if (best < MIN_WRAPPED_LINES || !mostlyWithin(lines, wrapWidth)) return { lines: lines.slice(), notes: [] };
  const out: SourceLine[] = [];
  const notes: ImportNote[] = [];
  let previousWrapped = false;
  for (const line of lines) {
    const previous = out[out.length - 1];
    const salutation = charCount(line.text) <= 16 && /[：:]$/.test(line.text);
    if (previous && previousWrapped && readsOn(line.text) && !salutation && matchLineMarker(line.text) === undefined) {
      out[out.length - 1] = withText(previous, previous.text + line.text);
      notes.push(note('joined', '硬换行处断开的句子已接上。', line.line, previous.text.slice(-10) + line.text.slice(0, 10)));
    } else out.push(line);
    previousWrapped = Math.abs(charCount(line.text) - wrapWidth) <= WIDTH_SLACK && endsMidSentence(line.text);
  }
  return { lines: out, notes };
}
