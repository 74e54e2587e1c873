import { decodeEntities } from './html-entities.js';
import { trimLine, type SourceLine } from './source-lines.js';
import { HAN } from './text-shape.js';

/**
 * HTML → source lines, without a DOM (core has none): a small tokenizer
 * that is enough for saved web pages, pasted HTML and mammoth's output.
 * Block elements (p, div, li, h1–h6, td …) and <br> end lines; script,
 * style, navigation, forms and hidden elements are skipped; bold at the
 * start of a line and h1–h6 are kept as hints for structure recognition.
 * Junk that is ordinary text (copyright lines, share buttons) is left to
 * cleanup, which works the same for every source.
 */
export interface HtmlLines {
  lines: SourceLine[];
  /** The page's <title>, a fallback title for the draft. */
  documentTitle?: string;
  /** How many <img> the page had: pictures are not imported, the notes say so. */
  images: number;
}

export interface HtmlToLinesOptions {
  /** Number lines by paragraph (1, 2, 3 …), as for a Word document, instead of by line of the HTML source. */
  numberByParagraph?: boolean;
}

/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'iframe', 'noembed', 'noframes']);
/** Elements whose content is site furniture, never article text. */
const SKIPPED = new Set(['head', 'nav', 'aside', 'form', 'button', 'select', 'option', 'svg', 'canvas', 'object', 'embed', 'audio', 'video', 'menu', 'dialog', 'footer', 'map']);
const BLOCK = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'thead', 'tbody',
  'tfoot', 'caption', 'section', 'article', 'main', 'header', 'blockquote', 'pre', 'hr', 'figure', 'figcaption', 'address', 'center', 'body', 'html',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const BOLD = new Set(['b', 'strong']);
const HEADING = /^h[1-6]$/;

const START_TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?|\s*\/(?!>))*)\s*(\/?)>/y;
const END_TAG = /<\/([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>/y;
const ATTRIBUTE = /([^\s=>/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributes(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) map.set((m[1] ?? '').toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return map;
}

function isHidden(attrs: Map<string, string>): boolean {
  const style = (attrs.get('style') ?? '').replace(/\s/g, '').toLowerCase();
  return attrs.has('hidden') || attrs.get('aria-hidden') === 'true' || style.includes('display:none') || style.includes('visibility:hidden');
}

/** mammoth's footnote back-links (↑) and similar in-page returns add nothing to the text. */
const isBackLink = (attrs: Map<string, string>): boolean => /^#(?:footnote|endnote|comment)-ref-/.test(attrs.get('href') ?? '');

/** A whitespace run that held a line break between Han characters is no space at all in Chinese. */
const BROKEN_BETWEEN_HAN = new RegExp(`(?<=[${HAN}，。、；：！？“”‘’（）])[ \\t\\r\\f]*\\n[ \\t\\n\\r\\f]*(?=[${HAN}，。、；：！？“”‘’（）])`, 'g');

export function htmlToLines(html: string, options: HtmlToLinesOptions = {}): HtmlLines {
  const lines: SourceLine[] = [];
  let documentTitle: string | undefined;
  let images = 0;
  let segments: { text: string; bold: boolean }[] = [];
  let lineStart = 1;
  let boldDepth = 0;
  let headingDepth = 0;
  let preDepth = 0;
  let lineIsHeading = false;
  // The element being skipped and how deeply it is nested in itself.
  let skipping: { name: string; depth: number } | undefined;
  let pos = 0;
  // Lower-cased once, on first need: finding a raw-text end tag must not copy the page each time.
  let lowered: string | undefined;
  const lowerCase = (): string => (lowered ??= html.toLowerCase());

  // Positions only grow, so newlines are counted incrementally (counting from the start each time would be quadratic).
  let counted = 0;
  let countedLine = 1;
  let notesSeen = 0;
  // A footnote's label waits for the footnote's first text (mammoth puts a <p> inside the <li>).
  let pendingPrefix = '';
  const lineOf = (index: number): number => {
    if (options.numberByParagraph) return lines.length + 1;
    for (let i = html.indexOf('\n', counted); i !== -1 && i < index; i = html.indexOf('\n', i + 1)) countedLine++;
    counted = index;
    return countedLine;
  };

  const flush = (): void => {
    const joined = segments.map((s) => s.text).join('');
    const text = trimLine(joined);
    if (text !== '') {
      let boldLead = 0;
      let leading = joined.length - joined.trimStart().length;
      for (const segment of segments) {
        const visible = segment.text.slice(Math.max(0, leading));
        leading = Math.max(0, leading - segment.text.length);
        if (!segment.bold) break;
        boldLead += visible.length;
      }
      const line: SourceLine = { text, line: lineStart };
      if (boldLead > 0) line.boldLead = Math.min(boldLead, text.length);
      if (lineIsHeading) line.heading = true;
      lines.push(line);
    }
    segments = [];
    lineIsHeading = false;
  };

  const addText = (raw: string, at: number): void => {
    if (skipping) return;
    let text = decodeEntities(raw);
    if (preDepth > 0) {
      const parts = text.split(/\r\n|\r|\n/);
      parts.forEach((part, i) => {
        if (i > 0) flush();
        if (part !== '') pushSegment(part, at);
      });
      return;
    }
    // HTML collapses ASCII whitespace only: a no-break space (&nbsp;) stays.
    text = text.replace(BROKEN_BETWEEN_HAN, '').replace(/[ \t\n\r\f]+/g, ' ');
    if (text !== '') pushSegment(text, at);
  };

  const pushSegment = (raw: string, at: number): void => {
    let text = raw;
    if (pendingPrefix && text.trim() !== '') {
      text = pendingPrefix + text.trimStart();
      pendingPrefix = '';
    }
    if (segments.every((s) => s.text.trim() === '') && text.trim() !== '') lineStart = lineOf(at);
    if (headingDepth > 0) lineIsHeading = true;
    segments.push({ text, bold: boldDepth > 0 || headingDepth > 0 });
  };

  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) {
      addText(html.slice(pos), pos);
      break;
    }
    if (lt > pos) addText(html.slice(pos, lt), pos);
    pos = lt;
    if (html.startsWith('<!--', pos)) {
      const end = html.indexOf('-->', pos + 4);
      pos = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<!', pos) || html.startsWith('<?', pos)) {
      const end = html.indexOf('>', pos);
      pos = end === -1 ? html.length : end + 1;
      continue;
    }
    END_TAG.lastIndex = pos;
    const end = END_TAG.exec(html);
    if (end) {
      pos = END_TAG.lastIndex;
      const name = (end[1] ?? '').toLowerCase();
      if (skipping) {
        if (name === skipping.name && --skipping.depth === 0) skipping = undefined;
        continue;
      }
      if (BOLD.has(name)) boldDepth = Math.max(0, boldDepth - 1);
      if (HEADING.test(name)) headingDepth = Math.max(0, headingDepth - 1);
      if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      if (BLOCK.has(name)) flush();
      continue;
    }
    START_TAG.lastIndex = pos;
    const start = START_TAG.exec(html);
    if (!start) {
      addText('<', pos);
      pos++;
      continue;
    }
    pos = START_TAG.lastIndex;
    const name = (start[1] ?? '').toLowerCase();
    const selfClosing = start[3] === '/' || VOID.has(name);
    // Raw text is consumed whole even while skipping (a script may hold "</div>"); the <title> in <head> is kept.
    if (RAW_TEXT.has(name) && !selfClosing) {
      const close = lowerCase().indexOf(`</${name}`, pos);
      const content = html.slice(pos, close === -1 ? html.length : close);
      if (name === 'title' && documentTitle === undefined) documentTitle = trimLine(decodeEntities(content).replace(/\s+/g, ' ')) || undefined;
      const after = close === -1 ? -1 : html.indexOf('>', close);
      pos = after === -1 ? html.length : after + 1;
      continue;
    }
    if (skipping) {
      if (name === skipping.name && !selfClosing) skipping.depth++;
      continue;
    }
    const attrs = attributes(start[2] ?? '');
    if (name === 'img') {
      images++;
      continue;
    }
    if ((SKIPPED.has(name) || isHidden(attrs) || (name === 'a' && isBackLink(attrs))) && !selfClosing) {
      if (BLOCK.has(name) || SKIPPED.has(name)) flush();
      skipping = { name, depth: 1 };
      continue;
    }
    if (BLOCK.has(name)) flush();
    if (selfClosing) continue;
    if (BOLD.has(name)) boldDepth++;
    if (HEADING.test(name)) headingDepth++;
    if (name === 'pre') preDepth++;
    // mammoth writes footnotes and endnotes as a list after the body: keep them, marked as notes.
    if (name === 'li' && /^(?:footnote|endnote)-\d+$/.test(attrs.get('id') ?? '')) pendingPrefix = `注${++notesSeen}：`;
  }
  flush();
  return { lines, images, ...(documentTitle ? { documentTitle } : {}) };
}
