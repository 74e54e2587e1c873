import { Element, Transforms, type Editor, type NodeEntry } from 'slate';
import type { BlockType } from '../../../../core/model/schema.js';

/** The properties each block type may carry (core/model/schema.ts is strict about extras). */
const BLOCK_KEYS: Record<BlockType, readonly string[]> = {
  title: ['type', 'children'],
  'author-line': ['type', 'children'],
  heading: ['type', 'level', 'section', 'children'],
  paragraph: ['type', 'section', 'children'],
  point: ['type', 'section', 'children'],
  closing: ['type', 'section', 'children'],
  salutation: ['type', 'children'],
  signature: ['type', 'children'],
};

const isBlockType = (type: unknown): type is BlockType => typeof type === 'string' && Object.hasOwn(BLOCK_KEYS, type);

/**
 * Keeps the top level a flat list of valid draft blocks, whatever arrives
 * (a pasted fragment from another Slate app, a type change leaving `level`
 * behind): stray text or inlines are wrapped in a paragraph, unknown types
 * become paragraphs, nested blocks are unwrapped, extra properties dropped.
 */
export function withBlockShape<E extends Editor>(editor: E): E {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    if (fixTopLevel(editor, entry) || fixBlock(editor, entry)) return;
    normalizeNode(entry, options);
  };
  return editor;
}

function fixTopLevel(editor: Editor, [, path]: NodeEntry): boolean {
  if (path.length !== 0) return false;
  const index = editor.children.findIndex((child) => !Element.isElement(child) || child.type === 'quote' || !isBlockType(child.type));
  const child = editor.children[index];
  if (child === undefined) return false;
  if (Element.isElement(child) && child.type !== 'quote') {
    Transforms.setNodes(editor, { type: 'paragraph' }, { at: [index] });
  } else {
    Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at: [index] });
  }
  return true;
}

function fixBlock(editor: Editor, [node, path]: NodeEntry): boolean {
  if (path.length !== 1 || !Element.isElement(node) || !isBlockType(node.type)) return false;
  const allowed = BLOCK_KEYS[node.type];
  const extra = Object.keys(node).filter((key) => !allowed.includes(key));
  if (extra.length > 0) {
    Transforms.unsetNodes(editor, extra, { at: path });
    return true;
  }
  if (node.type === 'heading' && ![1, 2, 3, 4].includes(node.level)) {
    Transforms.setNodes(editor, { level: 1 }, { at: path });
    return true;
  }
  if ('section' in node && node.section !== undefined && (typeof node.section !== 'string' || node.section.length > 60)) {
    Transforms.unsetNodes(editor, 'section', { at: path });
    return true;
  }
  const nested = node.children.findIndex((child) => Element.isElement(child) && child.type !== 'quote');
  if (nested >= 0) {
    Transforms.unwrapNodes(editor, { at: [...path, nested] });
    return true;
  }
  return false;
}
