import type { MenuCommand } from '../../../core/services/bridge.js';

/** What the top bar, the keyboard and the Electron menu can ask the shell to do. */
export type AppCommand = MenuCommand;

/** The parts of a KeyboardEvent a shortcut depends on. */
export interface KeyChord {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The shell's keyboard shortcuts (Ctrl, or ⌘ on macOS; F1 帮助). The page handles
 * them itself in Electron too (the menu shows them without registering
 * them), so each press acts exactly once.
 */
export function shortcutCommand(event: KeyChord): AppCommand | null {
  if (event.key === 'F1') return event.ctrlKey || event.metaKey || event.altKey || event.shiftKey ? null : 'help';
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  switch (event.key.toLowerCase()) {
    case 'n':
      return event.shiftKey ? null : 'new';
    case 'o':
      return event.shiftKey ? null : 'open';
    case 'i':
      // Not Ctrl+Shift+I: that is the developer tools.
      return event.shiftKey ? null : 'import';
    case 's':
      return event.shiftKey ? 'save-as' : 'save';
    case 'e':
      return event.shiftKey ? null : 'export';
    case 'w':
      // Closes the open draft (asking to save first), not the window.
      return event.shiftKey ? null : 'close';
    default:
      return null;
  }
}
