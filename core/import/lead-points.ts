import { charCount, firstSentenceEnd } from './text-shape.js';

/**
 * Unnumbered lead points: paragraphs that open with a short lead sentence
 * in parallel with their neighbours, as the sub-points of many speeches
 * are written —
 *   “紧紧植根人民”拧成“一股绳”,读懂“千万工程”为“民”而生。……
 *   “一切为了人民”下足“绣花功”,读懂“千万工程”因“民”而兴。……
 * or 坚持人民至上,…。/ 坚持问题导向,…。/ 坚持担当尽责,…。
 * A single paragraph with a short first sentence is ordinary prose; only a
 * run whose leads look alike (shared opening or phrase, or equal short
 * length) is taken, or a run whose leads the source printed in bold.
 */
export interface LeadCandidate {
  text: string;
  /** Leading bold characters in the source, if any. */
  boldLead?: number;
}

const MIN_LEAD_CHARS = 4;
const MAX_LEAD_CHARS = 40;
/** A lead needs a body after it: a one-sentence paragraph is not a point. */
const MIN_BODY_CHARS = 15;
/** Leads this short and of (nearly) equal length read as a series even without shared words. */
const SHORT_LEAD_CHARS = 16;
const MIN_RUN = 3;
const MIN_BOLD_RUN = 2;
/** Runs are looked for within this many paragraphs: keeps the search linear on long files. */
const MAX_RUN = 30;

/** The lead sentence of a paragraph, if it has one short enough and a body after it. */
export function leadOf(text: string): string | undefined {
  const end = firstSentenceEnd(text);
  if (end === undefined) return undefined;
  const lead = text.slice(0, end);
  const leadChars = charCount(lead);
  if (leadChars < MIN_LEAD_CHARS || leadChars > MAX_LEAD_CHARS) return undefined;
  if (charCount(text.slice(end).trim()) < MIN_BODY_CHARS) return undefined;
  return lead;
}

const boldLed = (candidate: LeadCandidate, lead: string): boolean =>
  candidate.boldLead !== undefined && candidate.boldLead >= lead.length;

/**
 * For each of a sequence of consecutive paragraphs (`undefined` breaks a
 * sequence: a heading, a point), whether it is an unnumbered lead point.
 */
export function findLeadPoints(paragraphs: readonly (LeadCandidate | undefined)[]): boolean[] {
  const leads = paragraphs.map((p) => (p ? leadOf(p.text) : undefined));
  const result = paragraphs.map(() => false);
  let i = 0;
  while (i < leads.length) {
    let best = 0;
    for (let end = i + 1; end <= Math.min(leads.length, i + MAX_RUN); end++) {
      const run = leads.slice(i, end);
      if (run.some((lead) => lead === undefined)) break;
      const bold = run.every((lead, k) => boldLed(paragraphs[i + k] as LeadCandidate, lead as string));
      if ((bold && run.length >= MIN_BOLD_RUN) || (run.length >= MIN_RUN && areParallel(run as string[]))) best = run.length;
    }
    if (best > 0) {
      for (let k = i; k < i + best; k++) result[k] = true;
      i += best;
    } else {
      i++;
    }
  }
  return result;
}

const stripPunctuation = (text: string): string => text.replace(/[\s\p{P}\p{S}]/gu, '');

/** Whether leads read as one series: a shared opening word, a shared phrase, or equal short length. */
export function areParallel(leads: readonly string[]): boolean {
  const bare = leads.map(stripPunctuation);
  if (sharedPrefixLength(bare) >= 2) return true;
  // Five characters: a four-character topic word (千万工程) recurs in ordinary prose too.
  if (hasSharedPhrase(bare, 5)) return true;
  const lengths = bare.map(charCount);
  return Math.max(...lengths) <= SHORT_LEAD_CHARS && Math.max(...lengths) - Math.min(...lengths) <= 2;
}

function sharedPrefixLength(texts: readonly string[]): number {
  const first = [...(texts[0] ?? '')];
  let n = 0;
  while (n < first.length && texts.every((text) => [...text][n] === first[n])) n++;
  return n;
}

/** Whether every text contains one common phrase of `length` characters. */
function hasSharedPhrase(texts: readonly string[], length: number): boolean {
  const first = [...(texts[0] ?? '')];
  for (let start = 0; start + length <= first.length; start++) {
    const phrase = first.slice(start, start + length).join('');
    if (texts.every((text) => text.includes(phrase))) return true;
  }
  return false;
}
