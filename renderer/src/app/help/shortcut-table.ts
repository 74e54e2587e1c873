import { BLOCK_KIND_NAMES } from '../../editor/model/block-kind.js';
import type { EditorCommand } from '../../editor/model/commands.js';
import { commandForKey } from '../../editor/model/keymap.js';
import { isPrintShortcut } from '../../editor/pages/print-shortcut.js';
import { shortcutCommand, type AppCommand } from '../commands.js';

/**
 * The 帮助 page's shortcut list, read off the key handlers themselves: every
 * key a person can press with Ctrl, Ctrl+Shift or Alt (and F1) is put to
 * the shell's `shortcutCommand` and the editor's `commandForKey`, and what
 * they answer is listed. A shortcut added or changed there shows here with
 * no second list to keep in step; a new kind of command fails the
 * type-check until it has a name below.
 */
export interface ShortcutRow {
  /** What the keys do, in Chinese. */
  action: string;
  /** Every chord that does it, e.g. ['Ctrl+Y', 'Ctrl+Shift+Z']. */
  keys: string[];
  /** The file commands of the top bar, or the editing commands of the draft. */
  group: '文件' | '编辑';
}

/** The app commands a key can reach; the close answers come only from the native dialog. */
const APP_COMMAND_NAMES: Record<Exclude<AppCommand, 'save-and-close' | 'discard-and-close'>, string> = {
  new: '新建稿件',
  open: '打开稿件',
  import: '导入 Word、文本或网页材料',
  save: '保存',
  'save-as': '另存为',
  history: '历史版本',
  close: '关闭稿件（有未保存的修改时先问是否保存）',
  export: '导出 Word',
  help: '打开本帮助',
  organizer: '打开征集汇编',
};

/** The draft workspace's own file shortcut (renderer/src/editor/pages/print-shortcut.ts). */
const PRINT_NAME = '打印（分页预览）';

const EDITOR_COMMAND_NAMES: { [T in EditorCommand['type']]: (command: Extract<EditorCommand, { type: T }>) => string } = {
  'block-kind': (command) => `把当前段设为${BLOCK_KIND_NAMES[command.kind]}`,
  bold: () => '加粗',
  lead: () => '设为领起句（分点开头加粗的一句）',
  move: (command) => (command.direction === 'up' ? '当前段上移' : '当前段下移'),
  undo: () => '撤销',
  redo: () => '重做',
};

const editorCommandName = (command: EditorCommand): string =>
  (EDITOR_COMMAND_NAMES[command.type] as (c: EditorCommand) => string)(command);

interface Press {
  key: string;
  code: string;
  label: string;
}

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter): Press => ({ key: letter.toLowerCase(), code: `Key${letter}`, label: letter }));
const DIGITS = [...'0123456789'].map((digit): Press => ({ key: digit, code: `Digit${digit}`, label: digit }));
const ARROWS: Press[] = [
  { key: 'ArrowUp', code: 'ArrowUp', label: '↑' },
  { key: 'ArrowDown', code: 'ArrowDown', label: '↓' },
  { key: 'ArrowLeft', code: 'ArrowLeft', label: '←' },
  { key: 'ArrowRight', code: 'ArrowRight', label: '→' },
];
const FUNCTION_KEYS = Array.from({ length: 12 }, (_, i): Press => ({ key: `F${i + 1}`, code: `F${i + 1}`, label: `F${i + 1}` }));

const MODIFIERS = [
  { prefix: '', ctrlKey: false, shiftKey: false, altKey: false },
  { prefix: 'Ctrl+', ctrlKey: true, shiftKey: false, altKey: false },
  { prefix: 'Ctrl+Shift+', ctrlKey: true, shiftKey: true, altKey: false },
  { prefix: 'Alt+', ctrlKey: false, shiftKey: false, altKey: true },
];

/** Every shortcut the shell and the editor answer to, grouped by what it does, in the order first met. */
export function shortcutRows(): ShortcutRow[] {
  const rows = new Map<string, ShortcutRow>();
  const add = (group: ShortcutRow['group'], action: string, keys: string): void => {
    const row = rows.get(action) ?? { action, keys: [], group };
    row.keys.push(keys);
    rows.set(action, row);
  };
  for (const modifier of MODIFIERS) {
    for (const press of [...FUNCTION_KEYS, ...DIGITS, ...LETTERS, ...ARROWS]) {
      const event = {
        key: modifier.shiftKey && press.key.length === 1 ? press.key.toUpperCase() : press.key,
        code: press.code,
        ctrlKey: modifier.ctrlKey,
        metaKey: false,
        shiftKey: modifier.shiftKey,
        altKey: modifier.altKey,
      };
      const chord = `${modifier.prefix}${press.label}`;
      const app = shortcutCommand(event);
      if (app && app !== 'save-and-close' && app !== 'discard-and-close') add('文件', APP_COMMAND_NAMES[app], chord);
      if (isPrintShortcut(event)) add('文件', PRINT_NAME, chord);
      const editor = commandForKey(event);
      if (editor) add('编辑', editorCommandName(editor), chord);
    }
  }
  // File commands in the top bar's order; editing ones as met (block kinds by digit, then letters, then arrows).
  const appOrder: string[] = [...Object.values(APP_COMMAND_NAMES), PRINT_NAME];
  const rank = (row: ShortcutRow): number => (row.group === '文件' ? appOrder.indexOf(row.action) : appOrder.length);
  return [...rows.values()].sort((a, b) => rank(a) - rank(b));
}
