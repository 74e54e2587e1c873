import type { Draft } from '../model/schema.js';
import { viewBlock, toReaderOffset } from './block-view.js';
import { ExternalFindingSchema } from './finding-schema.js';
import { leafText } from './leaf-edit.js';
import type { Finding } from './types.js';

/**
 * The adapter for findings made outside the checks — the quotation
 * verifier's first. They come as data in the Finding shape (kind defaults
 * to 引文, the excerpt is filled in here); those that do not validate or
 * point outside the draft are left out rather than failing the whole list,
 * because a verifier working on an older version of the text may be stale.
 */
export function acceptExternalFindings(draft: Draft, external: readonly unknown[]): Finding[] {
  const accepted: Finding[] = [];
  for (const item of external) {
    const parsed = ExternalFindingSchema.safeParse(item);
    if (!parsed.success) continue;
    const finding = parsed.data;
    const block = draft.children[finding.location.block];
    if (!block) continue;
    const length = leafText(block).length;
    if (finding.location.start > finding.location.end || finding.location.end > length) continue;
    const view = viewBlock(block, finding.location.block);
    const start = toReaderOffset(view, finding.location.start);
    const end = Math.max(start, toReaderOffset(view, finding.location.end));
    const { excerpt, ...rest } = finding;
    accepted.push({ ...rest, excerpt: excerpt ?? view.text.slice(Math.max(0, start - 8), Math.min(view.text.length, end + 8)) });
  }
  return accepted;
}

/**
 * Where each quote element is, in the same offsets as findings: what the
 * quotation verifier needs to place its findings on a quotation.
 */
export interface QuoteElementLocation {
  block: number;
  /** Index of the element among the block's children. */
  inline: number;
  quoteId: string | undefined;
  speaker: string;
  source: string | undefined;
  /** The quoted words (without “”). */
  text: string;
  start: number;
  end: number;
}

export function locateQuoteElements(draft: Draft): QuoteElementLocation[] {
  const found: QuoteElementLocation[] = [];
  draft.children.forEach((block, blockIndex) => {
    let offset = 0;
    block.children.forEach((inline, inlineIndex) => {
      if (!('type' in inline)) {
        offset += inline.text.length;
        return;
      }
      const text = inline.children.map((leaf) => leaf.text).join('');
      found.push({ block: blockIndex, inline: inlineIndex, quoteId: inline.quoteId, speaker: inline.speaker, source: inline.source, text, start: offset, end: offset + text.length });
      offset += text.length;
    });
  });
  return found;
}
