import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isWindowsDeviceName } from '../core/file-name.js';
import { isDraftFileName } from '../core/services/draft-library.js';
import type { GrantedPathsPolicy } from './granted-paths.js';

/**
 * Drafts the system asks us to open: a `.gaojiang` double-clicked (file
 * association), dropped on the program, or named on the command line — for
 * the first instance at start, for a second one through the
 * single-instance lock. The user chose such a file just as in the open
 * dialog, so its path is granted like a dialog's answer.
 */

/**
 * The draft named in a command line: the last argument that is a draft
 * file name (`.gaojiang`, `.json`) and not a switch. Relative names resolve
 * against the working directory of the process that received them; Linux
 * desktop files pass `file://` URLs (`%U`).
 */
export function draftPathFromArgv(argv: readonly string[], workingDirectory: string): string | undefined {
  for (const argument of [...argv.slice(1)].reverse()) {
    if (argument.startsWith('-') || argument.includes('\0')) continue;
    let candidate = argument;
    // Another scheme (https:, gaojiang:) is never a file; a one-letter "scheme" is a Windows drive.
    if (/^[a-z][a-z0-9+.-]+:/i.test(candidate) && !/^file:\/\//i.test(candidate)) continue;
    if (/^file:\/\//i.test(candidate)) {
      try {
        candidate = fileURLToPath(candidate);
      } catch {
        continue;
      }
    }
    const absolute = path.resolve(workingDirectory, candidate);
    const name = path.basename(absolute);
    if (isDraftFileName(name) && !isWindowsDeviceName(name)) return absolute;
  }
  return undefined;
}

/** How long a requested file waits for the page to ask for it (the page may be busy with a question). */
export const OPEN_REQUEST_TTL_MS = 2 * 60_000;

/**
 * The file the page should open next. The main process grants it and tells
 * the page to run its ordinary 打开 command; the page (which asks about
 * unsaved work first) then calls chooseDraftToOpen, which takes this file
 * instead of showing the dialog. Taking it clears it, so the next 打开
 * shows the dialog again.
 */
export class OpenRequests {
  private pending: { path: string; at: number } | undefined;

  constructor(
    private readonly policy: Pick<GrantedPathsPolicy, 'grant'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Grants and remembers `absolutePath`; false if it is not a draft file name. */
  offer(absolutePath: string): boolean {
    if (!path.isAbsolute(absolutePath) || !isDraftFileName(path.basename(absolutePath))) return false;
    this.policy.grant(absolutePath);
    this.pending = { path: absolutePath, at: this.now() };
    return true;
  }

  hasPending(): boolean {
    return this.pending !== undefined && this.now() - this.pending.at <= OPEN_REQUEST_TTL_MS;
  }

  take(): string | undefined {
    const fresh = this.hasPending() ? this.pending?.path : undefined;
    this.pending = undefined;
    return fresh;
  }
}
