import { GaojiangError } from '../errors.js';
import { sanitizeFileName } from '../file-name.js';
import { draftTitle } from '../model/text.js';
import { DRAFT_FILE_EXTENSION, validateDraft } from '../model/migrate.js';
import type { Draft } from '../model/schema.js';
import type { FileEntry, FileSystemPort } from '../ports/file-system.js';

const MAX_RECENT = 10;

export interface RecoveryEntry {
  key: string;
  path?: string;
  title: string;
  savedAtMs: number;
}

/**
 * The user's library folder as it concerns drafts: the drafts folder, the
 * recent-files list and the autosave recovery copies.
 *
 *   <library>/稿件/       drafts saved from the app by default
 *   <library>/恢复/       one recovery copy per open document
 *   <library>/历史/       versions of each draft (DraftHistory, draft-history.ts)
 *   <library>/recent.json
 */
export class DraftLibrary {
  readonly draftsFolder: string;
  readonly recoveryFolder: string;
  private readonly recentFile: string;

  constructor(
    private readonly files: FileSystemPort,
    libraryDir: string,
    private readonly now: () => number = Date.now,
  ) {
    this.draftsFolder = files.join(libraryDir, '稿件');
    this.recoveryFolder = files.join(libraryDir, '恢复');
    this.recentFile = files.join(libraryDir, 'recent.json');
  }

  async listDrafts(): Promise<FileEntry[]> {
    const entries = await this.files.listFiles(this.draftsFolder);
    return entries.filter((e) => isDraftFileName(e.name)).sort((a, b) => b.modifiedMs - a.modifiedMs);
  }

  async suggestPath(title: string): Promise<string> {
    const base = sanitizeFileName(title, '未命名稿件');
    const taken = new Set((await this.files.listFiles(this.draftsFolder)).map((e) => e.name));
    let name = `${base}${DRAFT_FILE_EXTENSION}`;
    for (let n = 2; taken.has(name); n++) name = `${base}（${n}）${DRAFT_FILE_EXTENSION}`;
    return this.files.join(this.draftsFolder, name);
  }

  async recentFiles(): Promise<{ path: string; name: string }[]> {
    try {
      const list = JSON.parse(await this.files.readText(this.recentFile)) as unknown;
      if (!Array.isArray(list)) return [];
      return list
        .filter((p): p is string => typeof p === 'string')
        .slice(0, MAX_RECENT)
        .map((p) => ({ path: p, name: this.files.displayName(p) }));
    } catch {
      return []; // a missing or damaged list is just an empty one
    }
  }

  async recordRecent(path: string): Promise<void> {
    const current = (await this.recentFiles()).map((f) => f.path).filter((p) => p !== path);
    await this.files.writeTextAtomic(this.recentFile, JSON.stringify([path, ...current].slice(0, MAX_RECENT)));
  }

  async saveRecovery(key: string, path: string | undefined, draft: Draft): Promise<void> {
    const entry: RecoveryEntry = { key, title: draftTitle(draft), savedAtMs: this.now(), ...(path ? { path } : {}) };
    await this.files.writeTextAtomic(this.recoveryPath(key), JSON.stringify({ entry, draft }));
  }

  /** Recovery copies worth offering: newer than their file, or of drafts never saved. */
  async listRecoveries(): Promise<RecoveryEntry[]> {
    const found: RecoveryEntry[] = [];
    for (const file of await this.files.listFiles(this.recoveryFolder)) {
      const copy = await this.readCopy(file.path).catch(() => undefined);
      if (!copy) continue;
      const savedMs = copy.entry.path ? await this.files.modifiedMs(copy.entry.path).catch(() => undefined) : undefined;
      if (savedMs === undefined || copy.entry.savedAtMs > savedMs) found.push(copy.entry);
    }
    return found.sort((a, b) => b.savedAtMs - a.savedAtMs);
  }

  async readRecovery(key: string): Promise<{ entry: RecoveryEntry; draft: Draft }> {
    const copy = await this.readCopy(this.recoveryPath(key));
    if (copy.entry.key !== key) {
      throw new GaojiangError('file-not-found', '找不到这份恢复副本。', `recovery key mismatch for ${key}`);
    }
    return copy;
  }

  async discardRecovery(key: string): Promise<void> {
    await this.files.remove(this.recoveryPath(key));
  }

  private async readCopy(path: string): Promise<{ entry: RecoveryEntry; draft: Draft }> {
    const json = JSON.parse(await this.files.readText(path)) as { entry: RecoveryEntry; draft: unknown };
    return { entry: json.entry, draft: validateDraft(json.draft) };
  }

  private recoveryPath(key: string): string {
    return this.files.join(this.recoveryFolder, `${hashKey(key)}.json`);
  }
}

export function isDraftFileName(name: string): boolean {
  return name.endsWith(DRAFT_FILE_EXTENSION) || name.endsWith('.json');
}

/** FNV-1a, 32-bit, twice with different seeds: a short stable file name for a document key. */
export function hashKey(key: string): string {
  const fnv = (seed: number): string => {
    let h = seed;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return fnv(0x811c9dc5) + fnv(0x01000193);
}

