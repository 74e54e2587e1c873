import { Node, Range, Text, Transforms, type Editor } from 'slate';
import { SENTENCE_END } from '../model/marks.js';

const LEAF_KEYS = new Set(['text', 'bold', 'lead']);

/**
 * Text leaves carry only `bold` and `lead`, each either `true` or absent
 * (the saved schema says so). A block emptied of all text keeps no marks,
 * so no empty bold run is exported and new typing starts plain.
 *
 * A lead clause grows only while it is being written: text typed right
 * after a finished one (ending in 。, the caret put there by a click or the
 * arrow keys) is the block's body, not more lead clause. Ctrl+L sets the
 * marks explicitly, and those are kept.
 */
export function withLeafMarks<E extends Editor>(editor: E): E {
  const { normalizeNode, insertText } = editor;
  editor.insertText = (text, options) => {
    const leaf = editor.marks ? undefined : leafBeforeCaret(editor);
    if (leaf?.lead && SENTENCE_END.test(leaf.text.slice(-1))) {
      const { text: _text, lead: _lead, ...marks } = leaf;
      editor.marks = marks;
    }
    insertText(text, options);
  };
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Text.isText(node)) {
      const bad = Object.keys(node).filter(
        (key) => !LEAF_KEYS.has(key) || (key !== 'text' && (node as unknown as Record<string, unknown>)[key] !== true),
      );
      if (bad.length > 0) {
        Transforms.unsetNodes(editor, bad, { at: path });
        return;
      }
    } else if (path.length === 1 && Node.string(node) === '' && 'children' in node && node.children.length === 1) {
      const only = node.children[0];
      if (Text.isText(only) && (only.bold || only.lead)) {
        Transforms.unsetNodes(editor, ['bold', 'lead'], { at: [...path, 0] });
        return;
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}

/** The text leaf the collapsed caret ends, if it sits at that leaf's end. */
function leafBeforeCaret(editor: Editor): Text | undefined {
  const selection = editor.selection;
  if (!selection || !Range.isCollapsed(selection) || !Node.has(editor, selection.anchor.path)) return undefined;
  const leaf = Node.get(editor, selection.anchor.path);
  return Text.isText(leaf) && selection.anchor.offset === leaf.text.length ? leaf : undefined;
}
