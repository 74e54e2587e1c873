import type { OpenedDraft, Services } from '../../../core/services/contract.js';
import type { MenuCommand } from '../../../core/services/bridge.js';

export type { OpenedDraft, Services, MenuCommand };

/**
 * Everything the UI may ask of the outside world. There are two
 * implementations (Electron IPC and HTTP to the web host), chosen once at
 * start-up; no other part of the UI knows which one it has.
 */
export interface AppClient {
  services: Services;
  platform: {
    /** Lets the user pick a draft file and reads it; null if they cancel. */
    openDraftFile(): Promise<OpenedDraft | null>;
    /** Saves exported bytes where the user chooses (Electron) or as a download (web). */
    saveExport(bytes: Uint8Array, fileName: string): Promise<'saved' | 'cancelled'>;
    /** Application-menu commands (Electron only; the web page has no menu). Returns the unsubscribe function. */
    onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  };
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
