import mammoth from 'mammoth';
import { GaojiangError, isGaojiangError } from '../errors.js';
import type { Draft } from '../model/schema.js';
import { checkDocxSignature, checkWordPackage } from './docx-format.js';
import { DEFAULT_ZIP_LIMITS, SafeZip, type ZipLimits } from './docx-zip.js';
import { draftFromPart } from './embedded-draft.js';
import { htmlToLines } from './html-to-lines.js';
import type { SourceLine } from './source-lines.js';
import { decodeXmlPart } from './xml-text.js';

/**
 * .docx → source lines, with mammoth reading the Word XML. mammoth gets
 * its parts only through our SafeZip (capped inflation, DOCTYPE refused),
 * never a path: with no path and external file access off it cannot open
 * a picture linked to an outside file, and our image converter never reads
 * a picture at all. We take mammoth's HTML for its paragraphs, bold and
 * lists, and do structure recognition ourselves.
 */
export interface DocxContent {
  lines: SourceLine[];
  /** Pictures in the document (not imported). */
  images: number;
  /** A 稿匠 draft embedded by our exporter, if the document carries one; 'unreadable' when it is damaged or newer. */
  embedded?: Draft | 'unreadable';
}

/** The zip-file object mammoth accepts as `{ file }` (its `openZip` passes it through untouched). */
interface MammothZipFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
  write(name: string, contents: string): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * XML elements all parts mammoth reads may hold together. mammoth builds a
 * DOM of some 1 KB per element and takes ~10 µs each (measured: 300,000
 * elements, 5 s and 380 MB), so the count is checked on the text before any
 * parser sees it. 200,000 is far beyond a real draft (a 100-page report has
 * some 30,000; a draft holds at most 20,000 blocks) and keeps the reader
 * within the import worker's memory cap (core/node/isolated-worker.ts).
 */
export const MAX_DOCX_XML_ELEMENTS = 200_000;

/** Start tags in an XML text (`<` followed by a name): linear, no parser. */
export function countXmlElements(xml: string): number {
  let count = 0;
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at + 1)) {
    const next = xml.charCodeAt(at + 1);
    // Not `</`, `<?`, `<!`: a letter, `_` or `:` begins a name.
    if ((next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next === 0x5f || next === 0x3a) count++;
  }
  return count;
}

const tooManyElements = (name: string, count: number): GaojiangError =>
  new GaojiangError(
    'file-too-large',
    `这份 Word 文档的结构异常庞大（超过 ${MAX_DOCX_XML_ELEMENTS.toLocaleString('en-US')} 个格式元素），可能已损坏或是恶意文件，已拒绝导入。可在 Word 或 WPS 中复制正文，粘贴到稿匠。`,
    `docx XML elements past the cap at ${name}: ${count}`,
  );

function mammothZipFile(zip: SafeZip, maxElements: number): MammothZipFile {
  let elements = 0;
  return {
    exists: (name) => zip.has(name),
    read: async (name, encoding) => {
      if (encoding === 'base64') throw new Error(`refusing to read ${name} as base64: pictures are not imported`);
      const bytes = zip.read(name);
      if (!encoding) return bytes;
      const xml = decodeXmlPart(bytes, name);
      elements += countXmlElements(xml);
      if (elements > maxElements) throw tooManyElements(name, elements);
      return xml;
    },
    write: () => {
      throw new Error('the import never writes into a .docx');
    },
    toArrayBuffer: () => Promise.reject(new Error('the import never re-packs a .docx')),
  };
}

/** Pictures are neither read nor kept: an empty src, so no byte of an embedded or linked picture is touched. */
const ignoreImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function readDocx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS, maxElements = MAX_DOCX_XML_ELEMENTS): Promise<DocxContent> {
  checkDocxSignature(bytes);
  const zip = new SafeZip(bytes, limits);
  checkWordPackage(zip, mainDocumentPath(zip));
  const embedded = readEmbeddedDraft(zip);
  let html: string;
  try {
    const input = { file: mammothZipFile(zip, maxElements) } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, {
      convertImage: ignoreImages,
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
      styleMap: TITLE_STYLE_MAP,
    });
    html = joinTitleLines(result.value);
  } catch (error) {
    if (isGaojiangError(error)) throw error;
    throw new GaojiangError(
      'invalid-input',
      '无法读取这份 Word 文档：文件内容已损坏或格式不标准。请在 Word 或 WPS 中打开并另存为 .docx 后再导入。',
      `mammoth failed: ${(error as Error).message}`,
    );
  }
  const { lines, images } = htmlToLines(html);
  return { lines, images, ...(embedded ? { embedded } : {}) };
}

/**
 * A title paragraph (Word's Title style, the 汇编's article title) is one
 * title however many lines it is set in: 稿匠 breaks a long title into
 * balanced lines with w:br, and people do with Shift+Enter. Its line breaks
 * are dropped here, so the title does not come back as a title and a paragraph.
 */
const TITLE_CLASS = 'gaojiang-title';
/** Title, and 篇目标题 (ARTICLE_TITLE_STYLE_NAME in core/collect/compile-styles.ts, not imported: the import worker stays free of the exporter). */
const TITLE_STYLE_MAP = [`p[style-name='Title'] => p.${TITLE_CLASS}:fresh`, `p[style-name='篇目标题'] => p.${TITLE_CLASS}:fresh`];
const TITLE_PARAGRAPH = new RegExp(`<p class="${TITLE_CLASS}">([\\s\\S]*?)</p>`, 'g');

function joinTitleLines(html: string): string {
  return html.replace(TITLE_PARAGRAPH, (_, inner: string) => `<p>${inner.replace(/<br\s*\/?>/g, '')}</p>`);
}

/** The main document part, as mammoth finds it: the package's officeDocument relationship, or word/document.xml. */
function mainDocumentPath(zip: SafeZip): string | undefined {
  if (zip.has('word/document.xml')) return 'word/document.xml';
  if (!zip.has('_rels/.rels')) return undefined;
  const rels = decodeXmlPart(zip.read('_rels/.rels'), '_rels/.rels');
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = match[0];
    if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
    const target = /Target="\/?([^"]+)"/.exec(tag)?.[1];
    if (target && zip.has(target)) return target;
  }
  return undefined;
}

function readEmbeddedDraft(zip: SafeZip): Draft | 'unreadable' | undefined {
  for (const name of zip.names().filter((n) => /^customXml\/item\d+\.xml$/.test(n))) {
    try {
      const draft = draftFromPart(decodeXmlPart(zip.read(name), name));
      if (draft) return draft;
    } catch (error) {
      // A draft that fails validation (damaged, or from a newer 稿匠): the text is still importable.
      // Anything else (a part past the cap, a DOCTYPE) refuses the whole file.
      if (isGaojiangError(error) && (error.code === 'invalid-draft' || error.code === 'unsupported-version')) return 'unreadable';
      throw error;
    }
  }
  return undefined;
}
