import { memo, type MouseEvent, type ReactNode } from 'react';
import { Editor } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { BLOCK_KIND_NAMES, kindOf, type BlockKind } from '../model/block-kind.js';
import { isBlock, selectedBlockIndex } from '../model/blocks.js';
import { runCommand, type EditorCommand } from '../model/commands.js';
import { SHORTCUT_HINTS } from '../model/keymap.js';
import { NumberingMenu } from './NumberingMenu.js';
import { revealBlock } from './reveal.js';
import './toolbar.css';

/** The kind of the block holding the cursor and the marks at the cursor, as one string so the toolbar re-renders only when they change. */
function selectState(editor: Editor): string {
  const index = selectedBlockIndex(editor);
  const block = index === undefined ? undefined : editor.children[index];
  const marks = editor.selection ? Editor.marks(editor) : null;
  return [isBlock(block) ? kindOf(block) : '', marks?.bold ? 'bold' : '', marks?.lead ? 'lead' : ''].join('|');
}

const GROUPS: readonly (readonly BlockKind[])[] = [['paragraph', 'heading-1', 'heading-2', 'heading-3', 'heading-4'], ['point']];

/** Block styles, marks, numbering and moving; the buttons keep the page's selection (mousedown is not let through). */
export const FormatToolbar = memo(function FormatToolbar() {
  const editor = useSlateStatic();
  const [kind, bold, lead] = useSlateSelector(selectState).split('|');
  const run = (command: EditorCommand) => (event: MouseEvent) => {
    event.preventDefault();
    const moved = runCommand(editor, command);
    if (moved !== undefined) revealBlock(editor, moved);
    ReactEditor.focus(editor);
  };
  const kindButton = (k: BlockKind) => (
    <ToolButton key={k} label={BLOCK_KIND_NAMES[k]} hint={SHORTCUT_HINTS[k]} active={kind === k} onMouseDown={run({ type: 'block-kind', kind: k })}>
      {BLOCK_KIND_NAMES[k]}
    </ToolButton>
  );
  return (
    <div className="dw-toolbar" role="toolbar" aria-label="格式">
      {GROUPS.map((group, i) => (
        <div className="dw-tool-group" key={i}>
          {group.map(kindButton)}
        </div>
      ))}
      <div className="dw-tool-group">
        <ToolButton label="领起句" hint={SHORTCUT_HINTS.lead} active={lead === 'lead'} onMouseDown={run({ type: 'lead' })}>
          领起句
        </ToolButton>
        <ToolButton label="加粗" hint={SHORTCUT_HINTS.bold} active={bold === 'bold'} onMouseDown={run({ type: 'bold' })}>
          <b>加粗</b>
        </ToolButton>
      </div>
      <div className="dw-tool-group">{(['closing', 'salutation', 'signature'] as const).map(kindButton)}</div>
      <NumberingMenu />
      <div className="dw-tool-group">
        <ToolButton label="上移" hint="Alt+↑" onMouseDown={run({ type: 'move', direction: 'up' })}>
          ↑
        </ToolButton>
        <ToolButton label="下移" hint="Alt+↓" onMouseDown={run({ type: 'move', direction: 'down' })}>
          ↓
        </ToolButton>
      </div>
    </div>
  );
});

function ToolButton(props: { label: string; hint: string; active?: boolean; onMouseDown: (event: MouseEvent) => void; children: ReactNode }) {
  const { label, hint, active, onMouseDown, children } = props;
  return (
    <button
      type="button"
      className={active ? 'dw-tool active' : 'dw-tool'}
      aria-label={label}
      aria-pressed={active === undefined ? undefined : active}
      title={hint ? `${label}（${hint}）` : label}
      onMouseDown={onMouseDown}
      // Keyboard users press Enter/Space: run the same command.
      onClick={(event) => {
        if (event.detail === 0) onMouseDown(event);
      }}
    >
      {children}
    </button>
  );
}
