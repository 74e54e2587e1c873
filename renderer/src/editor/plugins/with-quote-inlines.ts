import { Element, Node, Transforms, type Editor } from 'slate';
import { isBlock, isQuote, TEXT_ONLY_BLOCKS } from '../model/blocks.js';

const QUOTE_KEYS = new Set(['type', 'quoteId', 'speaker', 'source', 'children']);

/**
 * Quotations are inline elements around the quoted words. They keep a
 * speaker (the quotation check needs one), hold text only, never nest, live
 * only in body blocks, and disappear once their words are all deleted
 * (an empty “” would otherwise be printed).
 */
export function withQuoteInlines<E extends Editor>(editor: E): E {
  const { isInline, normalizeNode } = editor;
  editor.isInline = (element) => element.type === 'quote' || isInline(element);
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (isQuote(node) && path.length >= 2) {
      const parent = Node.parent(editor, path);
      const misplaced = path.length > 2 || (isBlock(parent) && TEXT_ONLY_BLOCKS.has(parent.type));
      if (misplaced || node.children.some((child) => Element.isElement(child))) {
        // Unwrap the quote itself when misplaced, else its nested elements.
        const at = misplaced ? path : [...path, node.children.findIndex((child) => Element.isElement(child))];
        Transforms.unwrapNodes(editor, { at });
        return;
      }
      const extra = Object.keys(node).filter((key) => !QUOTE_KEYS.has(key));
      if (extra.length > 0) {
        Transforms.unsetNodes(editor, extra, { at: path });
        return;
      }
      if (typeof node.speaker !== 'string') {
        Transforms.setNodes(editor, { speaker: '' }, { at: path });
        return;
      }
      if (Node.string(node) === '') {
        Transforms.removeNodes(editor, { at: path });
        return;
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}
