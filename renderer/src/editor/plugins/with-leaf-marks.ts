import { Node, Text, Transforms, type Editor } from 'slate';

const LEAF_KEYS = new Set(['text', 'bold', 'lead']);

/**
 * Text leaves carry only `bold` and `lead`, each either `true` or absent
 * (the saved schema says so). A block emptied of all text keeps no marks,
 * so no empty bold run is exported and new typing starts plain.
 */
export function withLeafMarks<E extends Editor>(editor: E): E {
  const { normalizeNode } = editor;
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
