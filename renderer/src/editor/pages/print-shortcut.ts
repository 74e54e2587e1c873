import type { KeyChord } from '../../app/commands.js';

/** 打印 (Ctrl+P, ⌘P on macOS): the draft workspace shows the 分页预览 and prints its pages. */
export function isPrintShortcut(event: KeyChord): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';
}
