import { firstSentenceEnd } from '../import/text-shape.js';
import type { Inline } from './schema.js';
import { CLOSE_QUOTE, OPEN_QUOTE } from './text.js';

/**
 * A run-in heading, “（一）深化理论学习。要把学习……”: the heading is its
 * first sentence; what follows in the same paragraph is body text. Returns
 * the inline content split there, or undefined when the heading is one
 * sentence (or its first sentence ends inside a quotation).
 */
export function splitRunInHeading(children: readonly Inline[]): [Inline[], Inline[]] | undefined {
  const text = children.map((inline) => ('type' in inline ? OPEN_QUOTE + inline.children.map((leaf) => leaf.text).join('') + CLOSE_QUOTE : inline.text)).join('');
  const end = firstSentenceEnd(text);
  if (end === undefined || text.slice(end).trim() === '') return undefined;
  let offset = 0;
  for (const [i, inline] of children.entries()) {
    const length = 'type' in inline ? inline.children.reduce((n, leaf) => n + leaf.text.length, 0) + 2 : inline.text.length;
    if (end <= offset + length) {
      if ('type' in inline) return undefined;
      const at = end - offset;
      const head = [...children.slice(0, i), { ...inline, text: inline.text.slice(0, at) }];
      const rest = [...(at < inline.text.length ? [{ ...inline, text: inline.text.slice(at) }] : []), ...children.slice(i + 1)];
      return [head, rest];
    }
    offset += length;
  }
  return undefined;
}
