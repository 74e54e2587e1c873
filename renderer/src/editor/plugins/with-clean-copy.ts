import { Editor, Node, Point, Range } from 'slate';
import { deriveLabels } from '../../../../core/model/numbering.js';
import type { Block } from '../../../../core/model/schema.js';
import { blockText } from '../../../../core/model/text.js';

/** Where copied data goes (a DataTransfer in the browser). */
export interface CopyTarget {
  setData(format: string, data: string): void;
}

/**
 * Copy and cut put the draft's text on the clipboard as it would be printed:
 * labels (一是, 一、) in front of blocks copied from their start, quotations
 * with their “”, one line per block. The DOM-based text slate-react would
 * write instead also carries the grey guidance placeholders, which must
 * never leave the editor. The Slate fragment itself is kept, so pasting back
 * into the editor keeps structure and marks.
 */
export function withCleanCopy<E extends Editor>(editor: E): E {
  const { setFragmentData } = editor as Partial<Pick<E, 'setFragmentData'>>;
  editor.setFragmentData = (data: CopyTarget, originEvent?: 'drag' | 'copy' | 'cut') => {
    setFragmentData?.(data as Parameters<E['setFragmentData']>[0], originEvent);
    const text = selectionAsPrinted(editor);
    if (text === undefined) return;
    data.setData('text/plain', text);
    data.setData('text/html', text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join(''));
  };
  return editor;
}

/** The selected text as printed, or undefined for a collapsed or missing selection. */
export function selectionAsPrinted(editor: Editor): string | undefined {
  const selection = editor.selection;
  if (!selection || Range.isCollapsed(selection)) return undefined;
  const [start, end] = Range.edges(selection);
  const blocks = editor.children as Block[];
  const labels = deriveLabels(blocks, editor.numbering);
  const lines: string[] = [];
  for (let i = start.path[0] ?? 0; i <= (end.path[0] ?? -1); i++) {
    const range = Range.intersection(selection, Editor.range(editor, [i]));
    if (!range) continue;
    const part = Node.fragment(editor, range)[0] as Block | undefined;
    if (!part) continue;
    const fromStart = Point.equals(Range.start(range), Editor.start(editor, [i]));
    lines.push((fromStart ? (labels[i] ?? '') : '') + blockText(part));
  }
  return lines.join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
