import type { OpenedDraft, Services } from '../../../core/services/contract.js';
import type { MenuCommand } from '../../../core/services/bridge.js';

export type { OpenedDraft, Services, MenuCommand };

/**
 * Where an export went: the folder in words (Electron: the folder the user
 * chose; web: the browser's downloads), and in the desktop app a way to show
 * the file in the system's file manager (打开所在文件夹).
 */
export type ExportOutcome = { saved: false } | { saved: true; where: string; showInFolder?: () => Promise<void> };

interface CommonPlatform {
  /** Saves exported bytes where the user chooses (Electron) or as a download (web). */
  saveExport(bytes: Uint8Array, fileName: string): Promise<ExportOutcome>;
  /** Hands a text file (an exported template) to the user: a download, which Electron turns into a save dialog. */
  saveTextFile(text: string, fileName: string): void;
  /** Lets the user pick a file from their computer and returns it (a hidden file input); null if cancelled. */
  pickLocalFile(accept: string): Promise<File | null>;
  /**
   * Prints the 分页预览's pages (the page's print stylesheet shows only them): the system's print
   * dialog in Electron, the browser's in the web version.
   */
  printPages(): Promise<'printed' | 'cancelled'>;
  /**
   * Saves the 分页预览's pages as a PDF: Electron asks where and writes it; a browser can only offer
   * its print dialog, where the user picks “另存为 PDF” ('browser-dialog').
   */
  savePagesPdf(suggestedName: string): Promise<'saved' | 'cancelled' | 'browser-dialog'>;
  /** Commands from the main process (application menu, close dialog); Electron only. Returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Electron: the operating system's own open and save dialogs, shown by the main process. */
export interface NativeDialogsPlatform extends CommonPlatform {
  fileDialogs: 'native';
  /** Lets the user pick a draft file and reads it; null if they cancel. */
  openDraftFile(): Promise<OpenedDraft | null>;
  /** Asks where to save a draft; the chosen path is granted to the page. null if cancelled. */
  chooseDraftSavePath(suggestedName: string): Promise<string | null>;
}

/** The web host: the page shows its own dialogs over the workspace folder. */
export interface InAppDialogsPlatform extends CommonPlatform {
  fileDialogs: 'in-app';
  /** Reads a draft the user uploads from their computer (no path: saving it asks for a name). */
  uploadDraftFile(): Promise<OpenedDraft | null>;
}

/**
 * Everything the UI may ask of the outside world. There are two
 * implementations (Electron IPC and HTTP to the web host), chosen once at
 * start-up; the UI asks `platform.fileDialogs` only where the two really
 * differ (who shows the open and save dialogs), nowhere else.
 */
export interface AppClient {
  services: Services;
  platform: NativeDialogsPlatform | InAppDialogsPlatform;
}

/**
 * A failure of the transport itself (the web host stopped, a garbled
 * response), with a sentence the user can act on.
 */
export class TransportError extends Error {
  readonly userMessage: string;

  constructor(userMessage: string, logMessage: string) {
    super(logMessage);
    this.name = 'TransportError';
    this.userMessage = userMessage;
  }
}
