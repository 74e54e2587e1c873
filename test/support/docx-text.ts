import { strFromU8, unzipSync } from 'fflate';

/** The files inside a .docx (a zip); throws if the bytes are not a zip. */
export function unzipDocx(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

const decodeXmlText = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The text of each paragraph of word/document.xml: its <w:t> runs joined, so
 * a label and its text in separate runs still read as one line.
 */
export function docxParagraphTexts(bytes: Uint8Array): string[] {
  const document = unzipDocx(bytes)['word/document.xml'];
  if (!document) throw new Error('no word/document.xml in the .docx');
  const xml = strFromU8(document);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => decodeXmlText(text ?? '')).join(''),
  );
}
