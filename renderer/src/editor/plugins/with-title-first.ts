import { Editor, Transforms } from 'slate';

/**
 * The draft opens with its title: the exporter and draftTitle() read the
 * first title block, and numbering restarts at each title. If anything else
 * ends up first (everything deleted, a paste at the top), an empty title is
 * put back in front rather than turning the user's text into a title.
 */
export function withTitleFirst<E extends Editor>(editor: E): E {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (path.length === 0) {
      const first = editor.children[0];
      if (!first || !('type' in first) || first.type !== 'title') {
        Transforms.insertNodes(editor, { type: 'title', children: [{ text: '' }] }, { at: [0], select: false });
        return;
      }
    }
    normalizeNode([node, path], options);
  };
  return editor;
}
