import { Packer, XmlComponent, type Document, type IContext, type IXmlableObject, type Paragraph, type ParagraphChild } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Hand-written XML (paragraph-xml.ts) inside a docx Document. docx has no
 * element for raw XML, so a fragment stands in its tree as a placeholder
 * element, and `packDocx` puts the XML in the placeholder's place once docx
 * has written the parts: docx never builds or serializes the body's runs.
 */
const PLACEHOLDER = /<gaojiang-xml n="(\d+)"\/>/g;
/** The parts placeholders can land in: the body, and the footnotes (the notes' runs). */
const PARTS_WITH_FRAGMENTS = ['word/document.xml', 'word/footnotes.xml'];
/**
 * DEFLATE level of the package. A 200-article 汇编's document.xml is 15 MB of
 * very repetitive XML: level 1 packs it into 1.25 MB in ~180 ms, fflate's
 * default 6 into 1.06 MB in ~240 ms; the time matters more than 0.2 MB.
 */
const COMPRESSION_LEVEL = 1;

/** Each document's fragments in the order docx met them; a placeholder names its index. */
const fragmentsOf = new WeakMap<object, string[]>();

export class XmlFragment extends XmlComponent {
  /**
   * `kind` is the element the XML consists of: docx looks at it where it
   * needs a paragraph (a table cell must end with one), though the
   * fragment may hold several paragraphs, or runs.
   */
  constructor(
    kind: 'w:p' | 'w:r',
    private readonly xml: string,
  ) {
    super(kind);
  }

  override prepForXml(context: IContext): IXmlableObject {
    let fragments = fragmentsOf.get(context.file);
    if (!fragments) fragmentsOf.set(context.file, (fragments = []));
    fragments.push(this.xml);
    return { 'gaojiang-xml': { _attr: { n: fragments.length - 1 } } };
  }
}

/*
 * Fragments where docx's types ask for one of its own classes (a table
 * cell's paragraphs, a note paragraph's runs): the fragment writes the same element.
 */
export const paragraphsFragment = (xml: string): Paragraph => new XmlFragment('w:p', xml) as unknown as Paragraph;
export const runsFragment = (xml: string): ParagraphChild => new XmlFragment('w:r', xml) as unknown as ParagraphChild;

/** Parts added to the package or replacing docx's, by path. */
export interface PartOverride {
  path: string;
  data: string;
}

/**
 * The document as .docx bytes, its fragments in place. `overrides` replace
 * docx's parts of the same path, keeping their place in the zip.
 */
export async function packDocx(document: Document, overrides: readonly PartOverride[] = []): Promise<Uint8Array<ArrayBuffer>> {
  const parts = unzipSync(await Packer.pack(document, 'uint8array'));
  const fragments = fragmentsOf.get(document) ?? [];
  fragmentsOf.delete(document);
  for (const path of PARTS_WITH_FRAGMENTS) {
    const part = parts[path];
    if (!part) continue;
    parts[path] = strToU8(
      strFromU8(part).replace(PLACEHOLDER, (_, index: string) => {
        const xml = fragments[Number(index)];
        if (xml === undefined) throw new Error(`no XML fragment ${index} for ${path}`);
        return xml;
      }),
    );
  }
  for (const { path, data } of overrides) parts[path] = strToU8(data);
  return new Uint8Array(zipSync(parts, { level: COMPRESSION_LEVEL }));
}
