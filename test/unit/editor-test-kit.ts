// Shared builders for the editor's unit tests (not a test file itself).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Editor, Node, Transforms } from 'slate';
import { DEFAULT_NUMBERING, deriveLabels } from '../../core/model/numbering.js';
import type { Block, NumberingScheme } from '../../core/model/schema.js';
import { parseTemplate } from '../../core/templates/load.js';
import type { Template } from '../../core/templates/schema.js';
import '../../renderer/src/editor/custom-types.js';
import { createDraftEditor } from '../../renderer/src/editor/model/draft-editor.js';
import type { HtmlSanitizer } from '../../renderer/src/editor/paste/html-to-text.js';
import { REPO_ROOT } from '../support/corpus.js';

export const title = (text: string): Block => ({ type: 'title', children: [{ text }] });
export const para = (text: string, section?: string): Block => ({ type: 'paragraph', ...(section ? { section } : {}), children: [{ text }] });
export const closing = (text: string, section?: string): Block => ({ type: 'closing', ...(section ? { section } : {}), children: [{ text }] });
export const heading = (level: 1 | 2 | 3 | 4, text: string, section?: string): Block => ({
  type: 'heading',
  level,
  ...(section ? { section } : {}),
  children: [{ text }],
});
/** A point; `lead` is its bold lead clause, `rest` the text after it. */
export const point = (lead: string, rest = '', section?: string): Block => ({
  type: 'point',
  ...(section ? { section } : {}),
  children: rest ? [{ text: lead, lead: true }, { text: rest }] : [{ text: lead, lead: true }],
});

export function editorWith(blocks: Block[], numbering: NumberingScheme = DEFAULT_NUMBERING, sanitizer?: HtmlSanitizer): Editor {
  return createDraftEditor({ numbering, children: blocks }, sanitizer);
}

export function blocks(editor: Editor): Block[] {
  return editor.children as Block[];
}

/** "label|text" for every block, e.g. "一是|加强学习。" or "|正文". */
export function labelled(editor: Editor): string[] {
  const labels = deriveLabels(blocks(editor), editor.numbering);
  return blocks(editor).map((block, i) => `${labels[i]}|${Node.string(block)}`);
}

/** Just the non-empty labels, in order. */
export function labels(editor: Editor): string[] {
  return deriveLabels(blocks(editor), editor.numbering).filter((label) => label !== '');
}

/** Puts the cursor in block `index`, `offset` characters in (or at its end). */
export function cursor(editor: Editor, index: number, offset: number | 'end' | 'start' = 'end'): void {
  const point =
    offset === 'end' ? Editor.end(editor, [index]) : offset === 'start' ? Editor.start(editor, [index]) : offsetPoint(editor, index, offset);
  Transforms.select(editor, point);
}

function offsetPoint(editor: Editor, index: number, offset: number) {
  let remaining = offset;
  for (const [leaf, leafPath] of Node.texts(Node.get(editor, [index]))) {
    if (remaining <= leaf.text.length) return { path: [index, ...leafPath], offset: remaining };
    remaining -= leaf.text.length;
  }
  return Editor.end(editor, [index]);
}

/** Runs after Slate's microtask flush, so separate calls land in separate history batches. */
export const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function loadTemplate(file: string): Template {
  return parseTemplate(file, readFileSync(path.join(REPO_ROOT, 'templates', file), 'utf8'));
}

/** A three-point speech: title, opening, 一是/二是/三是 with a continuation paragraph under 二是, closing. */
export function threePoints(): Block[] {
  return [
    title('学习研讨发言'),
    para('开头。', 'kaitou'),
    point('甲领起。', '甲正文。', 'sandian'),
    point('乙领起。', '乙正文。', 'sandian'),
    para('乙续段。', 'sandian'),
    point('丙领起。', '丙正文。', 'sandian'),
    closing('结尾。', 'jiewei'),
  ];
}
