import { deriveLabels } from '../model/numbering.js';
import type { Block, Draft } from '../model/schema.js';
import { blockText } from '../model/text.js';
import { textWidth } from '../pages/line-breaking.js';
import { BODY_SIZE, SIGNATURE_RIGHT_INDENT } from './page-layout.js';

/*
 * Which paragraphs a draft prints, in order — shared by the exporter and the
 * page view (core/pages), and free of the Word writer so the page view does
 * not carry it into the renderer.
 */

const isHeadBlock = (block: Block): boolean => block.type === 'title' || block.type === 'author-line';
const isEmptyParagraph = (block: Block): boolean => block.type === 'paragraph' && blockText(block).trim() === '';

/**
 * What the exporter prints, in order: a block with its derived label, or an empty line it owns
 * (between head and body, before the signature). A signature line may carry its own right indent.
 */
export type PrintedItem = { kind: 'block'; block: Block; label: string; rightIndent?: number } | { kind: 'blank' };

/** 2026年12月3日, 二〇二六年十二月三日, 2026-12-03: the 成文日期 line of a signature. */
const DATE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年.{1,3}月.{1,4}日$|^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/;

/**
 * GB/T 9704 7.3.5: the 署名 is centred over the 成文日期, which stands four
 * characters from the right margin. The unit line's right indent, given the date below it.
 */
function unitOverDateIndent(unit: string, date: string): number {
  const centred = SIGNATURE_RIGHT_INDENT + (textWidth(date, BODY_SIZE) - textWidth(unit, BODY_SIZE)) / 2;
  return Math.max(0, centred);
}

/**
 * The document's paragraphs in order, as items. The exporter owns the
 * spacing of the head: one empty line after the title group and one after
 * the author line; the draft's own empty paragraphs right there (a new draft
 * starts with one) are dropped so the gap stays exactly one line.
 * The compilation's page estimate reads the same items, so what it counts
 * is what is printed.
 */
export function printedItems(draft: Draft, printAuthorLine: boolean): PrintedItem[] {
  // Labels over all blocks: positions must not depend on which blocks are printed.
  const labels = deriveLabels(draft.children, draft.numbering);
  const printed = draft.children
    .map((block, i) => ({ block, label: labels[i] ?? '' }))
    .filter(({ block }) => printAuthorLine || block.type !== 'author-line');

  const items: PrintedItem[] = [];
  let afterHead = false;
  printed.forEach(({ block, label }, i) => {
    if (afterHead && isEmptyParagraph(block)) return;
    afterHead = false;
    const previous = printed[i - 1]?.block;
    // A blank line between the text and its signature (7.3.5), unless the writer left one.
    if (block.type === 'signature' && previous && previous.type !== 'signature' && !isEmptyParagraph(previous)) items.push({ kind: 'blank' });
    const next = printed[i + 1]?.block;
    if (block.type === 'signature' && next?.type === 'signature' && DATE_LINE.test(blockText(next).trim()) && !DATE_LINE.test(blockText(block).trim())) {
      items.push({ kind: 'block', block, label, rightIndent: unitOverDateIndent(blockText(block).trim(), blockText(next).trim()) });
      return;
    }
    items.push({ kind: 'block', block, label });
    if (isHeadBlock(block) && next && next.type !== block.type) {
      items.push({ kind: 'blank' });
      afterHead = true;
    }
  });
  return items;
}
