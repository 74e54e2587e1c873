import { strFromU8, unzipSync } from 'fflate';

/**
 * The XML parts of a .docx, opened for assertions. The parts come from our
 * exporter (docx writes no pretty-printing and no comments), so small
 * regular expressions are enough to pick out elements and attributes.
 */
export interface DocxParts {
  names: string[];
  part(name: string): string;
  document: string;
  styles: string;
  settings: string;
  /** The footer part a `w:footerReference` of type `default` (odd pages) or `even` points to. */
  footer(type: 'default' | 'even' | 'first'): string | undefined;
}

export function readDocxParts(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const part = (name: string): string => {
    const data = files[name];
    if (!data) throw new Error(`the .docx has no part ${name}`);
    return strFromU8(data);
  };
  const document = part('word/document.xml');
  const relationships = part('word/_rels/document.xml.rels');
  return {
    names: Object.keys(files).sort(),
    part,
    document,
    styles: part('word/styles.xml'),
    settings: part('word/settings.xml'),
    footer(type) {
      const reference = elements(document, 'w:footerReference').find((el) => attr(el, 'w:type') === type);
      if (!reference) return undefined;
      const id = attr(reference, 'r:id');
      const relationship = elements(relationships, 'Relationship').find((el) => attr(el, 'Id') === id);
      const target = relationship && attr(relationship, 'Target');
      return target ? part(`word/${target}`) : undefined;
    },
  };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every element `tag` in `xml`, each as its full text (start tag to end tag, or the self-closing tag). */
export function elements(xml: string, tag: string): string[] {
  const name = escapeRegExp(tag);
  const pattern = new RegExp(`<${name}(?=[\\s/>])[^>]*?/>|<${name}(?=[\\s>])[^>]*>[\\s\\S]*?</${name}>`, 'g');
  return xml.match(pattern) ?? [];
}

/** The first element `tag` in `xml`, or undefined. */
export function element(xml: string, tag: string): string | undefined {
  return elements(xml, tag)[0];
}

/** An attribute of an element's start tag (entities decoded), or undefined. */
export function attr(elementXml: string, name: string): string | undefined {
  const startTag = /^<[^>]*>/.exec(elementXml)?.[0] ?? '';
  const match = new RegExp(`\\s${escapeRegExp(name)}="([^"]*)"`).exec(startTag);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Whether a CT_OnOff element (w:b, w:widowControl …) switches its property on: present and not 0/false/off. */
export function isOn(onOffElement: string | undefined): boolean {
  if (onOffElement === undefined) return false;
  const value = attr(onOffElement, 'w:val');
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

/** A paragraph style's definition from styles.xml. */
export function styleById(stylesXml: string, styleId: string): string | undefined {
  return elements(stylesXml, 'w:style').find((el) => attr(el, 'w:styleId') === styleId);
}

export interface RunInfo {
  xml: string;
  text: string;
  bold: boolean;
  /** w:sz in half-points, if the run sets it. */
  size?: number;
  eastAsiaFont?: string;
  asciiFont?: string;
}

export interface ParagraphInfo {
  xml: string;
  styleId?: string;
  text: string;
  runs: RunInfo[];
}

export function runInfo(runXml: string): RunInfo {
  const rPr = element(runXml, 'w:rPr') ?? '';
  const fonts = element(rPr, 'w:rFonts');
  const size = element(rPr, 'w:sz');
  return {
    xml: runXml,
    text: elements(runXml, 'w:t')
      .map((t) => decodeEntities(t.replace(/^<w:t[^>]*>|<\/w:t>$/g, '').replace(/^<w:t[^>]*\/>$/, '')))
      .join(''),
    bold: isOn(element(rPr, 'w:b')),
    size: size ? Number(attr(size, 'w:val')) : undefined,
    eastAsiaFont: fonts && attr(fonts, 'w:eastAsia'),
    asciiFont: fonts && attr(fonts, 'w:ascii'),
  };
}

/** The body's paragraphs in order, with their style, text and runs. */
export function paragraphs(documentXml: string): ParagraphInfo[] {
  return elements(documentXml, 'w:p').map((xml) => {
    const style = element(xml, 'w:pStyle');
    const runs = elements(xml, 'w:r').map(runInfo);
    return { xml, styleId: style && attr(style, 'w:val'), text: runs.map((run) => run.text).join(''), runs };
  });
}
