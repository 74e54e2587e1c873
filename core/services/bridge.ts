import type { OpenedDraft, ServiceInput, ServiceName, ServiceOutput } from './contract.js';
import type { WireError } from './wire-error.js';

/**
 * What the Electron preload exposes to the renderer as `window.gaojiang`.
 * Shared here so the preload (which implements it) and the renderer (which
 * calls it) cannot drift apart. Types only: the sandboxed preload bundles none
 * of the contract's schemas.
 *
 * Errors cross IPC as values, not rejections: Electron reduces a rejected
 * ipcMain.handle to a bare English message, which would lose the Chinese
 * userMessage and the code.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: WireError };

export type BridgeServices = { [N in ServiceName]: (input: ServiceInput<N>) => Promise<IpcResult<ServiceOutput<N>>> };

/**
 * Commands the main process sends to the page: the application menu's items
 * (`close` closes the open draft, not the window; `history` shows its 历史版本),
 * and the answers of the native 关闭前保存 dialog (`save-and-close`,
 * `discard-and-close`), which the page carries out because only it holds the draft.
 */
export const MENU_COMMANDS = ['new', 'open', 'import', 'save', 'save-as', 'export', 'help', 'organizer', 'save-and-close', 'discard-and-close', 'close', 'history'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface BridgePlatform {
  /** Shows the open dialog; the main process reads the chosen file and grants its path. null if cancelled. */
  chooseDraftToOpen(): Promise<IpcResult<OpenedDraft | null>>;
  /**
   * Shows the save dialog for a draft (starting in the library's 稿件 folder
   * with a name made from `suggestedName`), grants the chosen path and returns
   * it; null if cancelled. The page then saves through the saveDraft service.
   */
  chooseDraftSavePath(suggestedName: string): Promise<IpcResult<string | null>>;
  /** Shows the save dialog and writes the bytes there; the path written, or 'cancelled'. */
  saveExport(bytes: Uint8Array, suggestedName: string): Promise<IpcResult<{ path: string } | 'cancelled'>>;
  /** 打开所在文件夹: shows a file saveExport wrote in this run in the system's file manager (any other path is refused). */
  showExportInFolder(path: string): Promise<IpcResult<null>>;
  /** Prints the page (its print stylesheet shows only the 分页预览's pages) with the system's print dialog. */
  printPages(): Promise<IpcResult<'printed' | 'cancelled'>>;
  /** Shows the save dialog for a PDF (named from `suggestedName`) and writes the page printed to PDF there (A4, the page's own margins). */
  savePagesPdf(suggestedName: string): Promise<IpcResult<'saved' | 'cancelled'>>;
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export interface GaojiangBridge {
  services: BridgeServices;
  platform: BridgePlatform;
}

/** Channel names: one per operation, never a generic one the page could aim anywhere. */
export const serviceChannel = (name: ServiceName): string => `gaojiang:${name}`;
export const PLATFORM_CHANNELS = {
  chooseDraftToOpen: 'gaojiang-platform:chooseDraftToOpen',
  chooseDraftSavePath: 'gaojiang-platform:chooseDraftSavePath',
  saveExport: 'gaojiang-platform:saveExport',
  printPages: 'gaojiang-platform:printPages',
  savePagesPdf: 'gaojiang-platform:savePagesPdf',
  showExportInFolder: 'gaojiang-platform:showExportInFolder',
  menuCommand: 'gaojiang-platform:menuCommand',
} as const;
