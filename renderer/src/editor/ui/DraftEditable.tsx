import { memo, useCallback, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Transforms } from 'slate';
import { Editable, ReactEditor, useSlateStatic, type RenderElementProps, type RenderLeafProps } from 'slate-react';
import { useFindingDecorate } from '../checks/checks-context.js';
import { runCommand } from '../model/commands.js';
import { commandForKey } from '../model/keymap.js';
import { compositionEnded, compositionStarted } from '../plugins/with-undo-steps.js';
import { BlockElement } from './BlockElement.js';
import { Leaf, QuoteElement } from './inline-parts.js';
import { revealBlock } from './reveal.js';

function renderElement({ element, ...rest }: RenderElementProps) {
  return element.type === 'quote' ? <QuoteElement element={element} {...rest} /> : <BlockElement element={element} {...rest} />;
}

function renderLeaf(props: RenderLeafProps) {
  return <Leaf {...props} />;
}

/** The page itself: the draft's blocks, editable, with the editor's shortcuts. */
export const DraftEditable = memo(function DraftEditable() {
  const editor = useSlateStatic();
  const [composing, setComposing] = useState(false);
  // The 体检 findings, underlined in the text (held while an IME composes).
  const decorate = useFindingDecorate(composing);
  // These run before slate-react's own composition handling, which they leave to it.
  const onCompositionStart = useCallback(() => {
    setComposing(true);
    compositionStarted(editor);
  }, [editor]);
  const onCompositionEnd = useCallback(() => {
    setComposing(false);
    compositionEnded(editor);
  }, [editor]);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.nativeEvent.isComposing || ReactEditor.isComposing(editor)) {
        // Enter belongs to the IME (it confirms the composition): it must not split the block under it.
        if (event.key === 'Enter') event.preventDefault();
        return;
      }
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      const moved = runCommand(editor, command);
      if (moved !== undefined) revealBlock(editor, moved);
    },
    [editor],
  );
  // Every paste goes through the paste plugin (sanitised HTML, numbered lines, checked fragments);
  // taking it here also keeps Chrome from sending it again as a beforeinput.
  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLDivElement>) => {
      event.preventDefault();
      // slate-react reads the DOM selection on a throttled selectionchange: take the caret as it is now.
      const domSelection = window.getSelection();
      const range = domSelection && ReactEditor.toSlateRange(editor, domSelection, { exactMatch: false, suppressThrow: true });
      if (range) Transforms.select(editor, range);
      editor.insertData(event.clipboardData);
    },
    [editor],
  );
  return (
    <Editable
      className="dw-page"
      aria-label="稿件正文"
      spellCheck={false}
      renderElement={renderElement}
      renderLeaf={renderLeaf}
      decorate={decorate}
      onKeyDown={onKeyDown}
      onCompositionStart={onCompositionStart}
      onCompositionEnd={onCompositionEnd}
      onPaste={onPaste}
    />
  );
});
