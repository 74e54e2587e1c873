import { trigrams } from './lookup.js';
import { matchKey, normalizeQuoteText, originalSpan } from './normalize.js';
import type { MatchSpan } from './schema.js';

/**
 * Where a search's terms occur in a quotation, as [start, end) offsets in
 * its original text (width and 繁/简 differences still match). A result found
 * as similar rather than exact highlights the trigrams it shares.
 */
export function highlightSpans(text: string, query: string): MatchSpan[] {
  const terms = query.split(/\s+/).map(normalizeQuoteText).filter((term) => term !== '');
  if (terms.length === 0) return [];
  const match = matchKey(text);
  const phrase = terms.join('');
  let spans = occurrences(match.key, terms.length > 1 ? [phrase, ...terms] : terms);
  if (spans.length === 0 && phrase.length >= 3) spans = occurrences(match.key, trigrams(phrase));
  return merge(spans).map(([from, to]) => originalSpan(match, from, to));
}

function occurrences(key: string, needles: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const needle of needles) {
    for (let at = key.indexOf(needle); at >= 0; at = key.indexOf(needle, at + 1)) spans.push([at, at + needle.length]);
  }
  return spans;
}

/** Overlapping or touching spans joined, in order. */
function merge(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}
