import { exportDraftToDocx } from '../export/docx.js';
import { createDraft } from '../model/create.js';
import { parseDraftJson, serializeDraft } from '../model/migrate.js';
import type { ServiceImplementation } from './contract.js';

/**
 * What the services need from the machine. Node provides it in core/node;
 * tests can pass an in-memory one. Paths are checked by the port, which
 * knows what this transport may touch.
 */
export interface FileSystemPort {
  readText(path: string): Promise<string>;
  /** Writes through a temporary file and a rename, creating missing folders. */
  writeTextAtomic(path: string, text: string): Promise<void>;
  /** The files (not folders) directly inside `folder`; none if it does not exist. */
  listFiles(folder: string): Promise<FileEntry[]>;
  /** A file's modification time, or undefined if it does not exist. */
  modifiedMs(path: string): Promise<number | undefined>;
  /** Removes a file; a missing file is not an error. */
  remove(path: string): Promise<void>;
  /** `folder` joined with a plain file name. */
  join(folder: string, name: string): string;
  /** The file name shown to users. */
  displayName(path: string): string;
}

export interface FileEntry {
  path: string;
  name: string;
  modifiedMs: number;
}

export function createServiceImplementation(files: FileSystemPort): ServiceImplementation {
  return {
    createDraft: async ({ title, meta }) => createDraft(title, meta),

    openDraft: async ({ path }) => {
      const text = await files.readText(path);
      return { path, name: files.displayName(path), draft: parseDraftJson(text) };
    },

    parseDraft: async ({ name, text }) => ({ name, draft: parseDraftJson(text) }),

    saveDraft: async ({ path, draft }) => {
      await files.writeTextAtomic(path, serializeDraft(draft));
      return { path };
    },

    exportDocx: async ({ draft, options }) => exportDraftToDocx(draft, options),
  };
}
