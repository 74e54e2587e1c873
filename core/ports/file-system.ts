/**
 * The files the services read and write, as a port: Node implements it
 * (core/node/file-system.ts, with each transport's path policy), tests may
 * fake it. Its own module so that features (templates, drafts) and the
 * services layer both depend on it, not on each other.
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
  /** Whether `path` names a file inside `folder` (after resolving `..`). */
  isInside(folder: string, path: string): boolean;
}

export interface FileEntry {
  path: string;
  name: string;
  modifiedMs: number;
}
