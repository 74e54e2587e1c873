import { PLATFORM_CHANNELS, type MenuCommand } from '../core/services/bridge.js';

/** The parts of a BrowserWindow's webContents the guard uses (a fake in tests). */
export interface GuardedContents {
  on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): void;
  send(channel: string, command: MenuCommand): void;
}

/** The native 保存 / 不保存 / 取消 question; resolves to the index of the button chosen. */
export type AskToSave = () => Promise<number>;

export const UNSAVED_CLOSE_BUTTONS = ['保存', '不保存', '取消'] as const;

/**
 * Closing a window whose page has unsaved work: the page's beforeunload
 * handler refuses, Electron emits `will-prevent-unload`, and we ask the user.
 * The unload is never forced from here: only the page holds the draft, so
 * 保存 and 不保存 go back to it (`save-and-close`, `discard-and-close`); it
 * saves (or drops its recovery copy), marks itself clean and closes the
 * window itself. 取消 leaves everything as it is.
 */
export function guardUnsavedClose(contents: GuardedContents, ask: AskToSave, log: (line: string) => void): void {
  let asking = false;
  contents.on('will-prevent-unload', () => {
    // A second close request while the question is open is the same question.
    if (asking) return;
    asking = true;
    ask()
      .then((choice) => {
        const command: MenuCommand | undefined =
          choice === 0 ? 'save-and-close' : choice === 1 ? 'discard-and-close' : undefined;
        if (command) contents.send(PLATFORM_CHANNELS.menuCommand, command);
      })
      .catch((error: unknown) => log(`unsaved-close dialog failed: ${String(error)}`))
      .finally(() => {
        asking = false;
      });
  });
}
