import { isElement, parsePage, restoreStrayLt, TEXT_NODE, type DomElement, type DomNode } from './html-document.js';
import { trimLine, type SourceLine } from './source-lines.js';
import { HAN } from './text-shape.js';

/**
 * A DOM (linkedom, html-document.ts) → source lines, one per paragraph:
 * block elements (p, div, li, h1–h6, td …) and <br> end lines; script,
 * style, navigation, forms and hidden elements are skipped; bold at the
 * start of a line and h1–h6 are kept as hints for structure recognition.
 * Used for web pages (on the article region, html-article.ts) and for
 * mammoth's HTML of a Word document. Junk that is ordinary text (copyright
 * lines, share buttons) is left to cleanup, which works the same for every
 * source. The walk is iterative: deeply nested markup cannot overflow the stack.
 */
export interface HtmlLines {
  lines: SourceLine[];
  /** The page's <title>, a fallback title for the draft. */
  documentTitle?: string;
  /** How many <img> the page had: pictures are not imported, the notes say so. */
  images: number;
}

/** Elements whose content is never article text (titles are read by html-article.ts). */
const SKIPPED = new Set([
  'head', 'title', 'script', 'style', 'textarea', 'xmp', 'noscript', 'template', 'iframe', 'noembed', 'noframes', 'nav', 'aside', 'form',
  'button', 'select', 'option', 'svg', 'canvas', 'object', 'embed', 'audio', 'video', 'menu', 'dialog', 'footer', 'map',
]);
const BLOCK = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'thead', 'tbody',
  'tfoot', 'caption', 'section', 'article', 'main', 'header', 'blockquote', 'pre', 'hr', 'figure', 'figcaption', 'address', 'center', 'body', 'html',
]);
const BOLD = new Set(['b', 'strong']);
const HEADING = /^h[1-6]$/;

function isHidden(element: DomElement): boolean {
  const style = (element.getAttribute('style') ?? '').replace(/\s/g, '').toLowerCase();
  return (
    element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || style.includes('display:none') || style.includes('visibility:hidden')
  );
}

/** mammoth's footnote back-links (↑) and similar in-page returns add nothing to the text. */
const isBackLink = (element: DomElement): boolean =>
  element.localName === 'a' && /^#(?:footnote|endnote|comment)-ref-/.test(element.getAttribute('href') ?? '');

/** A whitespace run that held a line break between Han characters is no space at all in Chinese. */
const BROKEN_BETWEEN_HAN = new RegExp(`(?<=[${HAN}，。、；：！？“”‘’（）])[ \\t\\r\\f]*\\n[ \\t\\n\\r\\f]*(?=[${HAN}，。、；：！？“”‘’（）])`, 'g');

/** Parses `html` and reads its body's lines (the whole page: html-article.ts picks the article region first). */
export function htmlToLines(html: string): HtmlLines {
  const document = parsePage(html);
  const title = document.querySelector('title')?.textContent;
  const documentTitle = title ? trimLine(restoreStrayLt(title).replace(/\s+/g, ' ')) : '';
  const root = document.body ?? document.documentElement;
  const read = root ? elementLines(root) : { lines: [], images: 0 };
  return { ...read, ...(documentTitle ? { documentTitle } : {}) };
}

/** The lines of `root` and what is under it, numbered by paragraph (1, 2, 3 …). */
export function elementLines(root: DomNode): HtmlLines {
  const lines: SourceLine[] = [];
  let images = 0;
  let segments: { text: string; bold: boolean }[] = [];
  let boldDepth = 0;
  let headingDepth = 0;
  let preDepth = 0;
  let lineIsHeading = false;
  let notesSeen = 0;
  // A footnote's label waits for the footnote's first text (mammoth puts a <p> inside the <li>).
  let pendingPrefix = '';

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
      const line: SourceLine = { text, line: lines.length + 1 };
      if (boldLead > 0) line.boldLead = Math.min(boldLead, text.length);
      if (lineIsHeading) line.heading = true;
      lines.push(line);
    }
    segments = [];
    lineIsHeading = false;
  };

  const pushSegment = (raw: string): void => {
    let text = raw;
    if (pendingPrefix && text.trim() !== '') {
      text = pendingPrefix + text.trimStart();
      pendingPrefix = '';
    }
    if (headingDepth > 0) lineIsHeading = true;
    segments.push({ text, bold: boldDepth > 0 || headingDepth > 0 });
  };

  const addText = (raw: string): void => {
    if (preDepth > 0) {
      raw.split(/\r\n|\r|\n/).forEach((part, i) => {
        if (i > 0) flush();
        if (part !== '') pushSegment(part);
      });
      return;
    }
    // HTML collapses ASCII whitespace only: a no-break space (&nbsp;) stays.
    const text = raw.replace(BROKEN_BETWEEN_HAN, '').replace(/[ \t\n\r\f]+/g, ' ');
    if (text !== '') pushSegment(text);
  };

  /** Entering an element; false if its content is skipped. */
  const enter = (element: DomElement): boolean => {
    const name = element.localName;
    if (name === 'img') images++;
    if (SKIPPED.has(name) || isHidden(element) || isBackLink(element)) {
      if (BLOCK.has(name) || SKIPPED.has(name)) flush();
      return false;
    }
    if (BLOCK.has(name)) flush();
    if (BOLD.has(name)) boldDepth++;
    if (HEADING.test(name)) headingDepth++;
    if (name === 'pre') preDepth++;
    // mammoth writes footnotes and endnotes as a list after the body: keep them, marked as notes.
    if (name === 'li' && /^(?:footnote|endnote)-\d+$/.test(element.getAttribute('id') ?? '')) pendingPrefix = `注${++notesSeen}：`;
    return true;
  };

  const leave = (element: DomElement): void => {
    const name = element.localName;
    if (BOLD.has(name)) boldDepth = Math.max(0, boldDepth - 1);
    if (HEADING.test(name)) headingDepth = Math.max(0, headingDepth - 1);
    if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
    if (BLOCK.has(name)) flush();
  };

  // Depth-first over firstChild / nextSibling / parentNode, without recursion.
  let node: DomNode | null = root;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) addText(restoreStrayLt(node.textContent ?? ''));
    else if (isElement(node)) descend = enter(node);
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (isElement(node) && descend) leave(node);
    // Up until a node with a next sibling, leaving each element on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && isElement(node)) leave(node);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return { lines, images };
}
