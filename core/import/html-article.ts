import { Readability } from '@mozilla/readability';
import { isElement, MAX_HTML_TAGS, parsePage, restoreStrayLt, type DomDocument, type DomNode } from './html-document.js';
import { elementLines, type HtmlLines } from './html-to-lines.js';
import { trimLine } from './source-lines.js';
import { HAN, HAN_CHAR } from './text-shape.js';

/**
 * A saved web page → the article's lines and title. Mozilla's Readability
 * (the Firefox reader view) finds the article region on a linkedom DOM;
 * the line stage (cleanup, structure) then works on that region only.
 * Readability finding nothing, or leaving out more prose than it kept (a
 * page of several articles side by side), falls back to the whole body:
 * nothing that is article text is dropped silently, and the notes say how
 * many paragraphs outside the region were left out.
 */
export interface WebPage extends HtmlLines {
  /** Paragraphs of the page outside the article region, not imported (0 when the whole body was read). */
  leftOut: number;
}

/**
 * Readability walks each node's ancestors, so it is quadratic in the depth
 * of nesting: 20,000 nested <div> take minutes. Real pages nest a few dozen
 * deep; deeper than this the whole body is read instead (measured as
 * `hostile_html_deep_nesting_ms` in `npm run bench -- hostile`).
 */
const MAX_READABLE_DEPTH = 64;

const HAN_GLOBAL = new RegExp(`[${HAN}]`, 'g');
/** A paragraph that reads as prose: 20 Han characters or more and a sentence end. */
const isProse = (text: string): boolean => /[。！？；]/.test(text) && (text.match(HAN_GLOBAL)?.length ?? 0) >= 20;
/** Lines compared without their spaces: Readability may tidy whitespace. */
const lineKey = (text: string): string => text.replace(/\s+/g, '');

export function readWebPage(html: string): WebPage {
  const document = parsePage(html, MAX_HTML_TAGS);
  const title = pageTitle(document);
  const body = document.body ?? document.documentElement;
  const whole = body ? elementLines(body) : { lines: [], images: 0 };
  // Readability changes the document it reads: it reads it after the whole body was.
  const region = whole.lines.length > 1 && nestingDepth(body) <= MAX_READABLE_DEPTH ? articleRegion(document) : undefined;
  const article = region ? elementLines(region) : undefined;
  const withTitle = <T extends object>(page: T): T & { documentTitle?: string } => (title ? { ...page, documentTitle: title } : page);
  if (!article || article.lines.length === 0) return withTitle({ ...whole, leftOut: 0 });
  const kept = new Set(article.lines.map((line) => lineKey(line.text)));
  const outside = whole.lines.filter((line) => !kept.has(lineKey(line.text)));
  const proseChars = (lines: readonly { text: string }[]): number => lines.filter((line) => isProse(line.text)).reduce((n, line) => n + line.text.length, 0);
  if (proseChars(outside) > proseChars(article.lines)) return withTitle({ ...whole, leftOut: 0 });
  // Pictures are counted on the whole page: the note tells what the page had.
  return withTitle({ lines: article.lines, images: whole.images, leftOut: outside.length });
}

function articleRegion(document: DomDocument): DomNode | undefined {
  try {
    // Readability's types name the DOM's Document and Node, which core (no DOM library) does not know.
    const reader = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode, charThreshold: 200 });
    return reader.parse()?.content ?? undefined;
  } catch {
    // Readability refuses some documents (no body, too many elements): the whole body is read.
    return undefined;
  }
}

/** How deeply elements nest under `root`, counted without recursion and stopping past the limit. */
function nestingDepth(root: DomNode | null): number {
  let deepest = 0;
  let depth = 0;
  let node = root?.firstChild ?? null;
  while (node && deepest <= MAX_READABLE_DEPTH) {
    if (isElement(node) && node.firstChild) {
      depth++;
      deepest = Math.max(deepest, depth);
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return deepest;
}

/**
 * The article's title from the page: the <h1> when the <title> repeats it
 * (the <title> adds the site's name), else the <title> cleaned of what
 * sites append: "_范文网", " - 第一范文网", "(共十篇).docx", "| 某某网".
 */
export function pageTitle(document: DomDocument): string | undefined {
  const title = cleanPageTitle(document.querySelector('title')?.textContent ?? '');
  const headings = Array.from(document.querySelectorAll('h1'), (h1) => cleanPageTitle(h1.textContent ?? '')).filter(Boolean);
  const repeated = headings.find((heading) => title.includes(heading) || heading.includes(title));
  return (repeated && title ? repeated : title || headings[0]) || undefined;
}

/** Separators between a page's title and its site's name; a hyphen only with spaces around it (党风廉政-建设 is rare, 2023-06 common). */
const TITLE_SEPARATORS = /\s*(?:[_|｜—–]+|\s-\s|\s--\s)\s*/;
/** A document-sharing site's file name: "(共十篇).docx", "【精品】….doc", "…（2篇）.pdf". */
const FILE_SUFFIX = /\.(?:docx?|pdf|txt|wps|pptx?)$/i;
const COUNT_SUFFIX = /[（(【[]\s*(?:共\s*)?[0-9一二三四五六七八九十百]+\s*篇\s*[)）】\]]$/;

export function cleanPageTitle(raw: string): string {
  const segments = trimLine(restoreStrayLt(raw).replace(/\s+/g, ' '))
    .split(TITLE_SEPARATORS)
    .map((segment) => segment.replace(FILE_SUFFIX, '').trim().replace(COUNT_SUFFIX, '').trim())
    .filter((segment) => HAN_CHAR.test(segment));
  // The article's title is the longest part; a site's name is short ("范文网", "第一范文网").
  return segments.reduce((best, segment) => (segment.length > best.length ? segment : best), '');
}
