import type { Block, HeadingLevel, Inline } from '../model/schema.js';
import { firstSentenceEnd, MAX_HEADING_CHARS, MAX_LEAD_CHARS } from '../import/text-shape.js';
import type { BlockKind } from './types.js';

/*
 * Changing a block's type, as the plain-text import would have typed it:
 * a point gets its first sentence (up to 80 characters) marked as the lead
 * clause — only when a body follows it: a point of one sentence has no
 * lead clause, or 全部修正 would print the whole point bold; a heading keeps its first sentence and passes a long rest on to a
 * new body paragraph; a point becoming a paragraph keeps its lead bold.
 */
function markLead(children: readonly Inline[]): Inline[] {
  const first = children[0];
  if (!first || 'type' in first || children.some((inline) => !('type' in inline) && inline.lead)) return [...children];
  const end = firstSentenceEnd(first.text);
  if (end === undefined || end > MAX_LEAD_CHARS) return [...children];
  const lead = { ...first, text: first.text.slice(0, end), lead: true as const };
  const rest = first.text.slice(end);
  const bodyFollows = rest.trim() !== '' || children.slice(1).some((inline) => ('type' in inline ? true : inline.text.trim() !== ''));
  if (!bodyFollows) return [...children];
  return [lead, ...(rest === '' ? [] : [{ ...first, text: rest }]), ...children.slice(1)];
}

function leadToBold(children: readonly Inline[]): Inline[] {
  const unlead = <T extends { lead?: true; bold?: true }>(leaf: T): T => {
    if (!leaf.lead) return leaf;
    const { lead: _lead, ...rest } = leaf;
    return { ...rest, bold: true } as T;
  };
  return children.map((inline) => ('type' in inline ? { ...inline, children: inline.children.map(unlead) } : unlead(inline)));
}

/** A heading's first sentence and the body text after it, split within the first leaf. */
function splitHeading(children: readonly Inline[]): [Inline[], Inline[]] {
  const first = children[0];
  const length = children.reduce((n, inline) => n + ('type' in inline ? inline.children.reduce((m, l) => m + l.text.length, 0) : inline.text.length), 0);
  if (!first || 'type' in first || length <= MAX_HEADING_CHARS) return [[...children], []];
  const end = firstSentenceEnd(first.text);
  if (end === undefined || end > MAX_HEADING_CHARS || end === first.text.length && children.length === 1) return [[...children], []];
  const rest = [...(end < first.text.length ? [{ ...first, text: first.text.slice(end) }] : []), ...children.slice(1)];
  return [[{ ...first, text: first.text.slice(0, end) }], rest];
}

/** The block(s) that replace `block`. */
export function convertBlock(block: Block, to: BlockKind, level: HeadingLevel | undefined): Block[] {
  if (block.type !== 'paragraph' && block.type !== 'point' && block.type !== 'heading') return [block];
  const section = block.section !== undefined ? { section: block.section } : {};
  if (to === 'paragraph') return [{ type: 'paragraph', ...section, children: leadToBold(block.children) }];
  if (to === 'point') return [{ type: 'point', ...section, children: markLead(block.children) }];
  const [heading, body] = splitHeading(block.children);
  const blocks: Block[] = [{ type: 'heading', level: level ?? 1, ...section, children: heading }];
  if (body.length > 0) blocks.push({ type: 'paragraph', ...section, children: body });
  return blocks;
}
