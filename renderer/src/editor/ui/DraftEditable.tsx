import { memo, useCallback, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Transforms } from 'slate';
import { Editable, ReactEditor, useSlateStatic, type RenderElementProps, type RenderLeafProps } from 'slate-react';
import { useFindingDecorate } from '../checks/checks-context.js';
import { runCommand } from '../model/commands.js';
import { commandForKey } from '../model/keymap.js';
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
  // The 体检 findings, underlined in the text.
  const decorate = useFindingDecorate();
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.nativeEvent.isComposing) return;
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
      onPaste={onPaste}
    />
  );
});
