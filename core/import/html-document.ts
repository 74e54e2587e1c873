import { parseHTML } from 'linkedom';
import { GaojiangError } from '../errors.js';

/**
 * HTML → a DOM, with linkedom (a pure-JavaScript DOM on htmlparser2, so it
 * runs in core, under Node and Electron alike; every caller of the import
 * runs it in Node, behind the services). core compiles without the DOM
 * library, so the few node members the import reads are typed here.
 *
 * linkedom parses in linear time but builds a node for every fragment, so
 * hostile markup costs it time and memory in proportion to its pieces: a
 * page of 120,000 stray "<" is 120,000 text nodes. Before parsing, a linear
 * pass removes what is never text (comments, scripts, styles), replaces every
 * "<" that cannot start a tag by a placeholder (htmlparser2 reports each such
 * "<", or each "&lt;", as a text event of its own: 120 KB of them took
 * seconds; text readers put the "<" back with `restoreStrayLt`), and counts
 * the tags left: a page with more
 * than MAX_HTML_TAGS is refused with a Chinese message instead of taking
 * seconds and hundreds of MB (`npm run bench -- hostile` measures the cases).
 */
export interface DomNode {
  readonly nodeType: number;
  /** Upper-case for elements (DIV), #text for text. */
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  readonly body: DomElement | null;
  readonly documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE;

/** Start tags: a long speech as a web page has a few thousand; a heavy portal page some ten thousand. */
export const MAX_HTML_TAGS = 40_000;

/** A private-use character standing for a literal "<" while the page is parsed ("&lt;" if the page has one itself). */
const STRAY_LT = '\uE000';
const STRAY_LT_ALL = /\uE000/g;

/** Text read from a parsed page, with its literal "<" back. */
export const restoreStrayLt = (text: string): string => (text.includes(STRAY_LT) ? text.replace(STRAY_LT_ALL, '<') : text);

/** Elements whose content is never article text and may hold "<" of their own. */
const NEVER_TEXT = ['script', 'style', 'noscript', 'template', 'svg'];

/**
 * Comments and never-text elements removed, stray "<" escaped: in one pass,
 * each search starting where the last ended (an unterminated comment or
 * script ends the page, as in a browser).
 */
export function sanitiseHtml(html: string): string {
  const literalLt = html.includes(STRAY_LT) ? '&lt;' : STRAY_LT;
  // ASCII only, so that positions in `lower` are positions in `html` (toLowerCase may lengthen other letters).
  const lower = html.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  const kept: string[] = [];
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) {
      kept.push(html.slice(pos));
      break;
    }
    kept.push(html.slice(pos, lt));
    pos = lt;
    if (lower.startsWith('<!--', pos)) {
      const end = lower.indexOf('-->', pos + 4);
      pos = end === -1 ? html.length : end + 3;
      continue;
    }
    const element = NEVER_TEXT.find((name) => lower.startsWith(`<${name}`, pos) && !/[a-z0-9-]/.test(lower[pos + name.length + 1] ?? ''));
    if (element) {
      const close = lower.indexOf(`</${element}`, pos);
      const after = close === -1 ? -1 : lower.indexOf('>', close);
      pos = after === -1 ? html.length : after + 1;
      continue;
    }
    // A tag, an end tag, a doctype or processing instruction; anything else is a literal "<".
    kept.push(/[a-zA-Z/!?]/.test(html[pos + 1] ?? '') ? '<' : literalLt);
    pos++;
  }
  return kept.join('');
}

/**
 * Parses a page (or a fragment) after sanitising it; a web page with more than
 * `maxTags` start tags is refused. mammoth's HTML of a Word document has no cap
 * here: the zip limits bound it, and it is well formed.
 */
export function parsePage(html: string, maxTags = Number.POSITIVE_INFINITY): DomDocument {
  const clean = sanitiseHtml(html);
  let tags = 0;
  for (let at = clean.indexOf('<'); at !== -1 && tags <= maxTags; at = clean.indexOf('<', at + 1)) if (/[a-zA-Z]/.test(clean[at + 1] ?? '')) tags++;
  if (tags > maxTags) {
    throw new GaojiangError(
      'file-too-large',
      '这个网页的结构过于复杂（标签超过 4 万个），无法导入。请在浏览器中选中正文，复制后粘贴导入。',
      `html with over ${maxTags} tags refused`,
    );
  }
  // linkedom expects a whole document; a fragment (pasted HTML, mammoth's output) is put in a body.
  const whole = /<html[\s>]/i.test(clean) ? clean : `<!DOCTYPE html><html><head></head><body>${clean}</body></html>`;
  return (parseHTML(whole) as unknown as { document: DomDocument }).document;
}
