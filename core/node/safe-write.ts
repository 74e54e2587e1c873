import { randomBytes } from 'node:crypto';
import { copyFile, link, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { GaojiangError } from '../errors.js';
import { fileError } from './file-errors.js';

/**
 * Writing a user's file so that a crash, a power cut or a full disk never
 * leaves it half-written:
 *
 * 1. the new content goes to a temporary file in the same folder (a rename
 *    is atomic only within one file system), which is fsynced;
 * 2. the previous version is kept as `<name>.bak` (one version, replaced by
 *    the next save) — a hard link when the file system allows, so keeping
 *    it copies nothing: the old file is never modified after this, only
 *    replaced;
 * 3. the temporary file is renamed over the target;
 * 4. the folder is fsynced, so the rename itself survives a power cut
 *    (write-file-atomic, used before, fsyncs the file but not the folder).
 *
 * Steps that Windows refuses while another program (a virus scanner, the
 * search indexer, WPS) holds the file briefly are retried with a bounded
 * backoff; whatever still fails becomes a GaojiangError with a Chinese
 * sentence, and the temporary file is removed.
 */
export const BACKUP_SUFFIX = '.bak';

/** Waits between tries: five tries over about one second. */
export const RETRY_DELAYS_MS: readonly number[] = [100, 200, 300, 400];

/** What Windows answers while another program holds the file for a moment. */
const TRANSIENT_CODES = new Set(['EBUSY', 'EPERM', 'EACCES']);
/** A hard link is impossible here (FAT32, some network shares): copy instead. */
const NO_HARD_LINK_CODES = new Set(['EPERM', 'EXDEV', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EACCES']);

export interface DurableWriteOptions {
  /** Keep the previous version as `<name>.bak` beside the file. */
  backup?: boolean;
  /** Waits between tries of a step Windows may refuse for a moment (tests shorten them). */
  retryDelaysMs?: readonly number[];
}

/** The save in flight (or last queued) per file: saves of one file run one after another. */
const savesInFlight = new Map<string, Promise<void>>();

/**
 * Saves of one path are serialised: two at once (an autosave and 保存, two
 * windows) would race on the temporary and `.bak` names and leave `.bak.tmp`
 * files behind. A read-only file is refused, not replaced: the rename would
 * succeed (it needs only the folder), silently defeating the user's choice.
 */
export function writeFileDurably(target: string, data: string | Uint8Array, options: DurableWriteOptions = {}): Promise<void> {
  const key = path.resolve(target);
  const previous = savesInFlight.get(key) ?? Promise.resolve();
  const save = previous.catch(() => undefined).then(() => writeNow(target, data, options));
  const settled = save.catch(() => undefined);
  savesInFlight.set(key, settled);
  void settled.then(() => {
    if (savesInFlight.get(key) === settled) savesInFlight.delete(key);
  });
  return save;
}

async function writeNow(target: string, data: string | Uint8Array, options: DurableWriteOptions): Promise<void> {
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const folder = path.dirname(target);
  const temp = tempNameBeside(target);
  const mode = await stat(target).then((info) => info.mode & 0o777, () => undefined);
  if (mode !== undefined && (mode & 0o200) === 0) {
    throw new GaojiangError(
      'file-unwritable',
      `“${path.basename(target)}”是只读文件，稿匠不会覆盖它。请“另存为”其他文件，或先在文件属性中取消“只读”。`,
      `refusing to replace read-only file ${target}`,
    );
  }
  try {
    await withRetries(delays, async () => {
      await rm(temp, { force: true });
      await writeAndSync(temp, data, mode);
    });
    if (options.backup) await keepPreviousVersion(target, delays);
    await withRetries(delays, () => rename(temp, target));
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw fileError(error as NodeJS.ErrnoException, target, 'write');
  }
  await syncFolder(folder);
  // Orphans come from earlier processes, so one look per file and process is enough:
  // autosave rewrites the recovery copy every few seconds and need not list its folder each time.
  if (!orphansLookedFor.has(target)) {
    orphansLookedFor.add(target);
    await removeOrphanedTemps(target);
  }
}

/** `.<name>.<random>.tmp` beside `target`: hidden on Linux, never a draft or template name. */
function tempNameBeside(target: string, kind = 'tmp'): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}.${kind}`);
}

/**
 * A temporary file this much older than now is no save in progress, even
 * one by another computer on a shared folder (whose process ids mean
 * nothing here): a save writes and renames within seconds.
 */
export const ORPHAN_AGE_MS = 60_000;

/** The files whose orphans this process has already looked for. */
const orphansLookedFor = new Set<string>();

/**
 * Temporary files of `target` left by a process that died mid-save (a crash,
 * a kill, a power cut) are removed by a later save: they are named after
 * the writer's process id, and a process that no longer exists will not
 * finish them. Best effort, like the backup.
 */
async function removeOrphanedTemps(target: string): Promise<void> {
  const prefix = `.${path.basename(target)}.`;
  const folder = path.dirname(target);
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const pid = name.startsWith(prefix) ? /^(\d+)-[0-9a-f]{12}\.(?:bak\.)?tmp$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid === undefined || isRunning(Number(pid))) continue;
    const file = path.join(folder, name);
    const modified = await stat(file).then((info) => info.mtimeMs, () => Date.now());
    if (Date.now() - modified > ORPHAN_AGE_MS) await rm(file, { force: true }).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true; // our own writes in flight are not orphans
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function writeAndSync(file: string, data: string | Uint8Array, mode: number | undefined): Promise<void> {
  // 'wx': never write through something already at this (random) name.
  const handle = await open(file, 'wx', mode ?? 0o666);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * `<target>.bak` becomes the current version before it is replaced. Best
 * effort: failing to keep a backup must not fail the save itself.
 */
async function keepPreviousVersion(target: string, delays: readonly number[]): Promise<void> {
  const staged = tempNameBeside(target, 'bak.tmp');
  try {
    try {
      await link(target, staged);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'ENOENT') return; // the first save: nothing to keep
      if (!NO_HARD_LINK_CODES.has(code)) throw error;
      await copyFile(target, staged);
      const handle = await open(staged, 'r+');
      await handle.sync().finally(() => handle.close());
    }
    await withRetries(delays, () => rename(staged, `${target}${BACKUP_SUFFIX}`));
  } catch {
    await rm(staged, { force: true }).catch(() => undefined);
  }
}

/** Makes a rename in `folder` durable. Windows cannot open a folder for this (and NTFS journals renames). */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // Some file systems (network shares, FUSE) refuse to fsync a folder; the data itself is synced.
  }
}

async function withRetries<T>(delays: readonly number[], step: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const delay = delays[attempt];
      if (!TRANSIENT_CODES.has(code) || delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
