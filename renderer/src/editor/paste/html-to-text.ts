import { rowLine } from './table-row.js';

/**
 * Pasted HTML becomes plain text with one line per block element; it is
 * never inserted as HTML. DOMPurify parses it in an inert document and keeps
 * only structural tags without any attribute, so nothing in it can run or
 * load (no <script>, no onerror, no javascript: link, no image). We then read
 * the text nodes of what is left.
 *
 * The DOM is reached through the small structural types below, so this
 * module also runs in Node (the unit tests hand it a DOMPurify bound to a
 * happy-dom window).
 */
export interface PastedNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<PastedNode>;
}

export interface HtmlSanitizer {
  sanitize(html: string, config: Record<string, unknown>): unknown;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const FRAGMENT_NODE = 11;

/** Tags whose text we keep; every other tag is dropped (its text kept unless DOMPurify forbids its content). */
const STRUCTURE_TAGS = [
  'p', 'div', 'br', 'span', 'b', 'strong', 'i', 'em', 'u', 'font', 'sub', 'sup', 'small', 'big',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'center',
  'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'address', 'figure', 'figcaption',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'hr',
];

/** Elements that end a line of text. */
const LINE_BREAKING = new Set([
  'P', 'DIV', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'CENTER',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'NAV', 'ADDRESS', 'FIGURE', 'FIGCAPTION',
  'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'CAPTION', 'HR',
]);

export const SANITIZE_CONFIG = {
  ALLOWED_TAGS: STRUCTURE_TAGS,
  ALLOWED_ATTR: [] as string[],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

/** The text of pasted HTML, one line per block element and per table row (empty lines dropped later by textToBlocks). */
export function htmlToText(html: string, sanitizer: HtmlSanitizer): string {
  const fragment = sanitizer.sanitize(withoutAttributes(withoutStyleSheets(html)), SANITIZE_CONFIG);
  // A DOMPurify without a usable DOM hands back the input string: use none of it.
  if (typeof fragment !== 'object' || fragment === null) return '';
  const lines: string[] = [''];
  collectText(fragment as PastedNode, lines);
  return lines.map((line) => line.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim()).filter((line) => line !== '').join('\n');
}

function collectText(node: PastedNode, lines: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    lines[lines.length - 1] += node.nodeValue ?? '';
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== FRAGMENT_NODE) return;
  if (node.nodeName.toUpperCase() === 'TR') {
    // A table row is one line, its cells kept apart (Word's cells each hold a <p>).
    const cells = Array.from(node.childNodes, (cell) => {
      const cellLines = [''];
      collectText(cell, cellLines);
      return cellLines.join('');
    });
    lines.push(rowLine(cells), '');
    return;
  }
  const breaks = node.nodeType === ELEMENT_NODE && LINE_BREAKING.has(node.nodeName.toUpperCase());
  if (breaks) lines.push('');
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) collectText(child, lines);
  }
  if (breaks) lines.push('');
}

/**
 * <style> sheets (Word's clipboard HTML has one) dropped before parsing: like
 * inline handlers, Chrome checks them against the page's CSP while parsing,
 * even in an inert document, and logs a violation. A style element is raw
 * text up to the first </style, so the pattern matches what a parser does.
 */
export function withoutStyleSheets(html: string): string {
  return html.replace(/<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)/gi, '');
}

/**
 * Every attribute dropped from every start tag before parsing. We keep no
 * attribute anyway; doing it first matters because Chrome checks an inline
 * handler (onerror=…) against the page's CSP while merely parsing it, even in
 * an inert document, and logs a violation. Quoted values may contain '>'.
 */
export function withoutAttributes(html: string): string {
  return html.replace(/<([a-zA-Z][^\s/>]*)(?:[\s/](?:[^>"']|"[^"]*"|'[^']*')*)?>/g, '<$1>');
}
