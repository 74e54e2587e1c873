import { deriveLabels } from '../model/numbering.js';
import { blockText } from '../model/text.js';
import type { Draft } from '../model/schema.js';
import { validateDraft } from '../model/migrate.js';
import { ownValue } from '../own-key.js';

/**
 * The draft travels inside every .docx 稿匠 exports, as a custom XML part
 * (customXml/item1.xml, with its properties part and relationships, the
 * standard place for an application's own data in an Office document; Word
 * keeps such parts when it saves). Importing the file restores the draft
 * exactly — numbering styles, lead clauses, quotation ids — instead of
 * recognising it again from the printed text.
 *
 * If the document's text was edited after export, the draft no longer
 * matches it: `matchesPrintedText` compares the two, and the importer then
 * recognises the edited text instead.
 */
export const DRAFT_PART_NAMESPACE = 'urn:gaojiang:draft';
/** Fixed: one 稿匠 part per document, and a fixed id lets anyone find it. */
export const DRAFT_PART_ITEM_ID = '{6A1F3C52-0D4B-4E8A-9C27-5B8E1D3F7A60}';
export const DRAFT_PART_PATH = 'customXml/item1.xml';
export const DRAFT_PART_PROPERTIES_PATH = 'customXml/itemProps1.xml';

/** Characters XML 1.0 forbids; they can only occur inside JSON strings, where a \u escape says the same. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;
const jsonEscape = (ch: string): string => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/** The custom XML part holding the draft as JSON. */
export function draftPartXml(draft: Draft): string {
  const json = JSON.stringify(draft)
    .replace(XML_FORBIDDEN, jsonEscape)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<draft xmlns="${DRAFT_PART_NAMESPACE}" format="1">${json}</draft>`;
}

/** The part's properties (customXml/itemProps1.xml): its id and the namespace of its XML. */
export function draftPartPropertiesXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
    `<ds:datastoreItem ds:itemID="${DRAFT_PART_ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${DRAFT_PART_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

const ROOT = /<(?:([A-Za-z_][\w.-]*):)?draft\b([^>]*)>/;

/**
 * The JSON of a 稿匠 draft part, parsed, or undefined when `xml` is some
 * other custom XML part (Word and other add-ins write their own).
 */
export function parseDraftPart(xml: string): unknown {
  const root = ROOT.exec(xml);
  if (!root) return undefined;
  const prefix = root[1];
  const declares = prefix ? `xmlns:${prefix}="${DRAFT_PART_NAMESPACE}"` : `xmlns="${DRAFT_PART_NAMESPACE}"`;
  if (!(root[2] ?? '').includes(declares)) return undefined;
  const start = (root.index ?? 0) + root[0].length;
  const end = xml.lastIndexOf(prefix ? `</${prefix}:draft` : '</draft');
  if (end < start) return undefined;
  const json = xml
    .slice(start, end)
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) => data.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, entity: string) => xmlEntity(entity));
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function xmlEntity(entity: string): string {
  const named = ownValue({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }, entity);
  if (named !== undefined) return named;
  const code = entity.startsWith('#x') ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}

/** The draft inside a part, validated like any draft file (a newer or damaged one throws a GaojiangError). */
export function draftFromPart(xml: string): Draft | undefined {
  const json = parseDraftPart(xml);
  return json === undefined ? undefined : validateDraft(json);
}

/** Text for comparison: no whitespace, nothing the exporter drops or a reader replaces. */
const comparable = (text: string): string => text.replace(XML_FORBIDDEN, '').replace(/[\s\u3000\u00A0\uFFFD]/g, '');

/**
 * Whether the document's text is still what the draft prints: its labels
 * and text block by block (the author line may have been left out of the
 * print). Whitespace and empty paragraphs do not count.
 */
export function matchesPrintedText(draft: Draft, documentText: string): boolean {
  const labels = deriveLabels(draft.children, draft.numbering);
  const printed = (withAuthorLine: boolean): string =>
    comparable(
      draft.children
        .map((block, i) => (block.type === 'author-line' && !withAuthorLine ? '' : (labels[i] ?? '') + blockText(block)))
        .join(''),
    );
  const actual = comparable(documentText);
  return actual === printed(true) || actual === printed(false);
}
