import { GaojiangError } from '../errors.js';
import { versionsToRemove } from '../history/retention.js';
import { validateDraft } from '../model/migrate.js';
import type { Draft } from '../model/schema.js';
import { draftCharacters } from '../model/stats.js';
import { draftTitle } from '../model/text.js';
import { hashKey } from './draft-library.js';
import type { FileSystemPort } from '../ports/file-system.js';

export type VersionKind = 'save' | 'auto';

/** A version as listed: when, how it came about, its title and 字数; or a file that could not be read. */
export type VersionEntry =
  | { id: string; savedAtMs: number; kind: VersionKind; title: string; chars: number; damaged?: undefined }
  | { id: string; savedAtMs: number; kind: VersionKind; damaged: true };

/** What a version file holds besides the draft. */
interface VersionHeader {
  /** The draft's file (the history's key): a check against a hash collision. */
  path: string;
  savedAtMs: number;
  kind: VersionKind;
  title: string;
  chars: number;
}

/** At most one autosaved version per this much time (issue #17: every 10 minutes while editing). */
export const AUTOSAVE_VERSION_INTERVAL_MS = 10 * 60 * 1000;

/**
 * A version's id, which is also its file name without `.json`: the time in
 * ms and how it came about. Ids come from pages too, so nothing else ever
 * names a file here: not a path, not `..`, not another extension.
 */
export const VERSION_ID_PATTERN = /^\d{1,15}-(save|auto)$/;
const VERSION_FILE = /^(\d{1,15})-(save|auto)\.json$/;

/**
 * The versions of the user's drafts, in the library folder:
 *
 *   <library>/历史/<hash of the draft's path>/<ms>-save.json   one per save
 *   <library>/历史/<hash of the draft's path>/<ms>-auto.json   while editing, at most every 10 minutes
 *
 * Each file holds `{ version: header, draft }`. Folders are named by a hash
 * of the draft's path, never by the path itself, and versions by ids that
 * match VERSION_ID_PATTERN, so nothing a page sends can name a file outside
 * this folder. Old versions are thinned by the retention rule
 * (core/history/retention.ts) whenever a version is written.
 */
export class DraftHistory {
  readonly folder: string;

  constructor(
    private readonly files: FileSystemPort,
    libraryDir: string,
    private readonly now: () => number = Date.now,
    private readonly utcOffsetMinutes: (ms: number) => number = (ms) => -new Date(ms).getTimezoneOffset(),
  ) {
    this.folder = files.join(libraryDir, '历史');
  }

  /** Keeps the draft as saved to `path`; nothing when it is the same as the newest version. */
  async recordSave(path: string, draft: Draft): Promise<VersionEntry | undefined> {
    return this.record(path, draft, 'save');
  }

  /** Keeps an autosaved version of the draft at `path` if none was kept in the last 10 minutes. */
  async recordAutosave(path: string, draft: Draft): Promise<VersionEntry | undefined> {
    const newest = (await this.versionFiles(path))[0];
    if (newest && this.now() - newest.savedAtMs < AUTOSAVE_VERSION_INTERVAL_MS) return undefined;
    return this.record(path, draft, 'auto');
  }

  /** The versions of the draft at `path`, newest first; a file that cannot be read is listed as damaged. */
  async list(path: string): Promise<VersionEntry[]> {
    const found = await this.versionFiles(path);
    return Promise.all(
      found.map(async (file): Promise<VersionEntry> => {
        try {
          const { header } = await this.readFile(path, file.path);
          return { id: file.id, savedAtMs: header.savedAtMs, kind: header.kind, title: header.title, chars: header.chars };
        } catch {
          return { id: file.id, savedAtMs: file.savedAtMs, kind: file.kind, damaged: true };
        }
      }),
    );
  }

  /** One version's draft. */
  async read(path: string, id: string): Promise<{ version: VersionEntry; draft: Draft }> {
    if (!VERSION_ID_PATTERN.test(id)) {
      throw new GaojiangError('invalid-input', '找不到这个历史版本。', `bad version id ${id.slice(0, 40)}`);
    }
    const file = this.files.join(this.draftFolder(path), `${id}.json`);
    let read: { header: VersionHeader; draft: Draft };
    try {
      read = await this.readFile(path, file);
    } catch (error) {
      if (error instanceof GaojiangError && error.code === 'file-not-found') {
        throw new GaojiangError('file-not-found', '找不到这个历史版本，它可能已按保留规则删除。', `no version ${id}`);
      }
      throw new GaojiangError('invalid-draft', '这个历史版本的文件已损坏，无法打开。', `damaged version ${id}: ${String(error)}`);
    }
    const { header, draft } = read;
    return { version: { id, savedAtMs: header.savedAtMs, kind: header.kind, title: header.title, chars: header.chars }, draft };
  }

  private async record(path: string, draft: Draft, kind: VersionKind): Promise<VersionEntry | undefined> {
    const existing = await this.versionFiles(path);
    const newest = existing[0];
    if (newest) {
      const previous = await this.readFile(path, newest.path).catch(() => undefined);
      if (previous && JSON.stringify(previous.draft) === JSON.stringify(draft)) return undefined;
    }
    // Two versions in the same millisecond (or a clock set back) still get distinct, ordered ids.
    const savedAtMs = Math.max(this.now(), (newest?.savedAtMs ?? -1) + 1);
    const id = `${savedAtMs}-${kind}`;
    const header: VersionHeader = { path, savedAtMs, kind, title: draftTitle(draft), chars: draftCharacters(draft.children) };
    await this.files.writeTextAtomic(this.files.join(this.draftFolder(path), `${id}.json`), JSON.stringify({ version: header, draft }));
    await this.prune([{ id, path: '', savedAtMs, kind }, ...existing]);
    return { id, savedAtMs, kind, title: header.title, chars: header.chars };
  }

  /** Removes what the retention rule no longer keeps; a file that will not go is tried again next time. */
  private async prune(versions: readonly VersionFile[]): Promise<void> {
    const now = this.now();
    for (const old of versionsToRemove(versions, now, { utcOffsetMinutes: this.utcOffsetMinutes(now) })) {
      const file = versions.find((v) => v.id === old.id);
      if (file?.path) await this.files.remove(file.path).catch(() => undefined);
    }
  }

  /** The version files of a draft, newest first, from their names alone. */
  private async versionFiles(path: string): Promise<VersionFile[]> {
    const found: VersionFile[] = [];
    for (const entry of await this.files.listFiles(this.draftFolder(path))) {
      const match = VERSION_FILE.exec(entry.name);
      if (match) found.push({ id: `${match[1]}-${match[2]}`, path: entry.path, savedAtMs: Number(match[1]), kind: match[2] as VersionKind });
    }
    return found.sort((a, b) => b.savedAtMs - a.savedAtMs || (a.id < b.id ? 1 : -1));
  }

  private async readFile(path: string, file: string): Promise<{ header: VersionHeader; draft: Draft }> {
    const json = JSON.parse(await this.files.readText(file)) as { version?: Partial<VersionHeader>; draft?: unknown };
    const header = json.version;
    if (
      !header ||
      header.path !== path ||
      typeof header.savedAtMs !== 'number' ||
      (header.kind !== 'save' && header.kind !== 'auto') ||
      typeof header.title !== 'string' ||
      typeof header.chars !== 'number'
    ) {
      throw new Error('version header missing or not this draft’s');
    }
    return { header: header as VersionHeader, draft: validateDraft(json.draft) };
  }

  private draftFolder(path: string): string {
    return this.files.join(this.folder, hashKey(path));
  }
}

interface VersionFile {
  id: string;
  /** The file; empty for the version just written (it is never removed by its own write). */
  path: string;
  savedAtMs: number;
  kind: VersionKind;
}
