import { useSyncExternalStore, type ReactNode } from 'react';
import { Editor, Transforms } from 'slate';
import { ReactEditor, useComposing, useSelected, useSlateStatic, type RenderElementProps } from 'slate-react';
import type { Block } from '../../../../core/model/schema.js';
import { useAnalysisStore } from './analysis-context.js';

type Tag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'p';

function tagOf(block: Block): Tag {
  if (block.type === 'title') return 'h1';
  // Document headings start at h2: the page's h1 is the draft title.
  if (block.type === 'heading') return (['h2', 'h3', 'h4', 'h5'] as const)[block.level - 1] ?? 'h5';
  return 'p';
}

function classOf(block: Block): string {
  return block.type === 'heading' ? `dw-block dw-heading level-${block.level}` : `dw-block dw-${block.type}`;
}

/**
 * One draft block. Its label (一是, 一、…) and its placeholder come from the
 * analysis store and are contentEditable=false overlays: never part of the
 * text, so never typed over, counted twice or exported. The children stay
 * wrapped in the same span whether the block is empty or not, so the DOM
 * under the caret is never rebuilt on the first keystroke.
 */
export function BlockElement({ attributes, children, element }: Omit<RenderElementProps, 'element'> & { element: Block }) {
  const store = useAnalysisStore();
  const editor = useSlateStatic();
  const label = useSyncExternalStore(store.subscribe, () => store.labelOf(element));
  const placeholder = useSyncExternalStore(store.subscribe, () => store.placeholderOf(element));
  const Tag = tagOf(element);
  const className = [classOf(element), label ? 'has-label' : '', placeholder ? 'is-empty' : ''].filter(Boolean).join(' ');
  return (
    <Tag {...attributes} className={className}>
      {label && (
        <span
          contentEditable={false}
          className="dw-label label"
          onMouseDown={(event) => {
            // A click on 一是 means “this point”: put the cursor where its text starts.
            event.preventDefault();
            Transforms.select(editor, Editor.start(editor, ReactEditor.findPath(editor, element)));
            ReactEditor.focus(editor);
          }}
        >
          {label}
        </span>
      )}
      <span className="dw-text">{children}</span>
      {placeholder && <Placeholder text={placeholder} />}
    </Tag>
  );
}

/** Hidden while an IME composes into this block: the model is still empty then, the screen is not. */
function Placeholder({ text }: { text: string }): ReactNode {
  const composing = useComposing();
  const selected = useSelected();
  if (composing && selected) return null;
  return (
    <span contentEditable={false} className="dw-placeholder" aria-hidden="true">
      {text}
    </span>
  );
}
