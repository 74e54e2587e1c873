import { escapeXml } from './paragraph-xml.js';

/**
 * Word comments (批注) on passages of a paragraph: the paragraph's XML as the
 * exporter wrote it, with w:commentRangeStart before the passage,
 * w:commentRangeEnd after it and a run holding w:commentReference (where
 * Word anchors the balloon). A run the passage starts or ends inside is
 * split in two with the same properties. Offsets count the paragraph's
 * printed characters (its label included).
 */
export interface CommentRange {
  id: number;
  start: number;
  end: number;
}

const TEXT_RUN = /<w:r>((?:<w:rPr>.*?<\/w:rPr>)?)<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g;
const UNESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescapeXml = (text: string): string => text.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => UNESCAPES[entity] ?? entity);

const rangeStart = (id: number): string => `<w:commentRangeStart w:id="${id}"/>`;
const rangeEnd = (id: number): string => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;

export function withCommentRanges(paragraph: string, ranges: readonly CommentRange[]): string {
  if (ranges.length === 0) return paragraph;
  const total = [...paragraph.matchAll(TEXT_RUN)].reduce((n, match) => n + [...unescapeXml(match[2] ?? '')].length, 0);
  // A passage is at least one character and inside the text.
  const clamped = ranges.map(({ id, start, end }) => {
    const s = Math.max(0, Math.min(start, Math.max(0, total - 1)));
    return { id, start: s, end: Math.max(s + 1, Math.min(end, total)) };
  });
  const cuts = new Set(clamped.flatMap((range) => [range.start, range.end]));
  const started = new Set<number>();
  const ended = new Set<number>();
  const marksAt = (offset: number, phase: 'before' | 'after'): string => {
    let xml = '';
    for (const range of clamped) {
      if (phase === 'after' && range.end === offset && started.has(range.id) && !ended.has(range.id)) {
        xml += rangeEnd(range.id);
        ended.add(range.id);
      }
      if (phase === 'before' && range.start === offset && !started.has(range.id)) {
        xml += rangeStart(range.id);
        started.add(range.id);
      }
    }
    return xml;
  };
  let offset = 0;
  const body = paragraph.replace(TEXT_RUN, (_, properties: string, escaped: string) => {
    const chars = [...unescapeXml(escaped)];
    let xml = '';
    let from = 0;
    for (let i = 1; i <= chars.length; i++) {
      if (i < chars.length && !cuts.has(offset + i)) continue;
      xml += marksAt(offset + from, 'before');
      xml += `<w:r>${properties}<w:t xml:space="preserve">${escapeXml(chars.slice(from, i).join(''))}</w:t></w:r>`;
      xml += marksAt(offset + i, 'after');
      from = i;
    }
    offset += chars.length;
    return xml;
  });
  // A paragraph without text (or a range past its end): the marks close the paragraph.
  const rest = clamped
    .filter((range) => !ended.has(range.id))
    .map((range) => (started.has(range.id) ? '' : rangeStart(range.id)) + rangeEnd(range.id))
    .join('');
  return rest === '' ? body : body.replace(/<\/w:p>$/, `${rest}</w:p>`);
}

/**
 * `xml` (given the properties of the run it falls in) inserted between the runs at each offset (0 < offset < text length)
 * of a paragraph's printed text, a run split where an offset falls inside
 * it: a title's line breaks (w:br) at its balanced break points.
 */
export function insertAtOffsets(paragraph: string, offsets: readonly number[], xml: (runProperties: string) => string): string {
  if (offsets.length === 0) return paragraph;
  const cuts = new Set(offsets);
  let offset = 0;
  return paragraph.replace(TEXT_RUN, (_, properties: string, escaped: string) => {
    const chars = [...unescapeXml(escaped)];
    let out = '';
    let from = 0;
    for (let i = 1; i <= chars.length; i++) {
      if (i < chars.length && !cuts.has(offset + i)) continue;
      if (offset + from > 0 && cuts.has(offset + from)) out += xml(properties);
      out += `<w:r>${properties}<w:t xml:space="preserve">${escapeXml(chars.slice(from, i).join(''))}</w:t></w:r>`;
      from = i;
    }
    offset += chars.length;
    return out;
  });
}
