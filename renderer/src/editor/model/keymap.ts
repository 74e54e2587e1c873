import type { EditorCommand } from './commands.js';
import type { BlockKind } from './block-kind.js';

/** The parts of a keyboard event the shortcuts look at. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const DIGIT_KINDS: Record<string, BlockKind> = {
  Digit0: 'paragraph',
  Digit1: 'heading-1',
  Digit2: 'heading-2',
  Digit3: 'heading-3',
  Digit4: 'heading-4',
  Digit5: 'point',
};

/**
 * Ctrl+0 正文, Ctrl+1…4 标题, Ctrl+5 分点, Ctrl+L 领起句, Ctrl+B 加粗,
 * Alt+↑/↓ 移动, Ctrl+Z 撤销, Ctrl+Y / Ctrl+Shift+Z 重做 (⌘ on macOS).
 * Digits go by `code` so the keyboard layout and Shift do not matter.
 */
export function commandForKey(press: KeyPress): EditorCommand | undefined {
  const mod = press.ctrlKey || press.metaKey;
  if (press.altKey && !mod && !press.shiftKey) {
    if (press.key === 'ArrowUp') return { type: 'move', direction: 'up' };
    if (press.key === 'ArrowDown') return { type: 'move', direction: 'down' };
    return undefined;
  }
  if (!mod || press.altKey) return undefined;
  const kind = DIGIT_KINDS[press.code];
  if (kind && !press.shiftKey) return { type: 'block-kind', kind };
  switch (press.key.toLowerCase()) {
    case 'b':
      return press.shiftKey ? undefined : { type: 'bold' };
    case 'l':
      return press.shiftKey ? undefined : { type: 'lead' };
    case 'z':
      return press.shiftKey ? { type: 'redo' } : { type: 'undo' };
    case 'y':
      return press.shiftKey ? undefined : { type: 'redo' };
    default:
      return undefined;
  }
}

/** Shortcut text for tooltips. */
export const SHORTCUT_HINTS: Record<BlockKind | 'bold' | 'lead', string> = {
  paragraph: 'Ctrl+0',
  'heading-1': 'Ctrl+1',
  'heading-2': 'Ctrl+2',
  'heading-3': 'Ctrl+3',
  'heading-4': 'Ctrl+4',
  point: 'Ctrl+5',
  closing: '',
  salutation: '',
  signature: '',
  bold: 'Ctrl+B',
  lead: 'Ctrl+L',
};
