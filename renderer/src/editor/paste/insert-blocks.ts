import { Editor, Node, Path, Range, Transforms } from 'slate';
import { textToBlocks } from '../../../../core/import/plain-text.js';
import type { Block } from '../../../../core/model/schema.js';
import { blankLike, collapsedBlock, cursorAtEnd, cursorAtStart, isEmptyBlock, sectionOf } from '../model/blocks.js';
import { joinTabbedRows } from './table-row.js';

/**
 * Pasted plain text keeps its paragraphs: lines opening with 一是/一、/（一）
 * become points and headings with their typed numbers removed (the draft
 * numbers them itself), exactly as importing a text file does. A copied
 * table's tab-separated rows become one line each, without tabs.
 */
export function pastedTextToBlocks(text: string): Block[] {
  return textToBlocks(joinTabbedRows(text)).blocks;
}

/**
 * Inserts pasted blocks at the cursor. A single plain line goes into the
 * current block as text. Otherwise the blocks go in as blocks: filling the
 * current block if it is empty (a pasted paragraph first takes its type, so
 * an empty 结尾 or point stays one; pasted structure goes in front of an
 * empty 结尾 and replaces any other empty block), else after the
 * title/author line, else between the two halves of the current block split
 * at the cursor. Pasted blocks take the section of the block they land in,
 * so they count there.
 */
export function insertPastedBlocks(editor: Editor, blocks: readonly Block[]): void {
  if (blocks.length === 0) return;
  Editor.withoutNormalizing(editor, () => {
    if (editor.selection && Range.isExpanded(editor.selection)) Editor.deleteFragment(editor);
    const entry = collapsedBlock(editor);
    const only = blocks[0];
    if (!entry || (blocks.length === 1 && only?.type === 'paragraph')) {
      Editor.insertText(editor, blocks.map((block) => Node.string(block)).join(''));
      return;
    }
    const [current, path] = entry;
    const section = sectionOf(current);
    const tagged = blocks.map((block) => withSection(block, section));
    let at: Path;
    if (isEmptyBlock(current) && current.type !== 'title') {
      const first = tagged[0]!;
      if (first.type === 'paragraph') tagged[0] = { ...blankLike(current), children: first.children } as Block;
      if (first.type === 'paragraph' || current.type !== 'closing') Transforms.removeNodes(editor, { at: path });
      at = path;
    } else if (current.type === 'title' || current.type === 'author-line' || cursorAtEnd(editor, path)) {
      at = Path.next(path);
    } else if (cursorAtStart(editor, path)) {
      at = path;
    } else {
      Transforms.splitNodes(editor, { always: true });
      at = Path.next(path);
    }
    Transforms.insertNodes(editor, tagged, { at, select: false });
    const last = [...at.slice(0, -1), (at.at(-1) ?? 0) + tagged.length - 1];
    Transforms.select(editor, Editor.end(editor, last));
  });
}

function withSection(block: Block, section: string | undefined): Block {
  if (!section || block.type === 'title' || block.type === 'author-line' || block.type === 'salutation' || block.type === 'signature') return block;
  return block.section ? block : { ...block, section };
}
