import { lstatSync, realpathSync } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { GaojiangError } from '../errors.js';

/**
 * Where a path really leads once symbolic links (and Windows junctions) are
 * followed. A path allowed by its name — `~/稿匠/稿件/x.gaojiang` — must
 * still be refused when a link on the way makes it lead out of the allowed
 * folder, so the file system checks both the name and this.
 *
 * For a path that does not exist yet (a file about to be saved) the deepest
 * existing folder is resolved and the rest appended. A dangling link is
 * refused outright: writing through it would create a file wherever it points.
 */
export async function resolveRealPath(absolute: string): Promise<string> {
  const missing: string[] = [];
  for (let current = absolute; ; ) {
    try {
      return path.join(await realpath(current), ...missing);
    } catch (error) {
      const next = await nextExisting(error, current, () => lstat(current));
      if (next === undefined) return absolute;
      missing.unshift(path.basename(current));
      current = next;
    }
  }
}

/** The same, synchronously: for grants made while a dialog's answer is handled. */
export function resolveRealPathSync(absolute: string): string {
  const missing: string[] = [];
  for (let current = absolute; ; ) {
    try {
      return path.join(realpathSync.native(current), ...missing);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw unresolvable(absolute, code);
      if (isLink(() => lstatSync(current))) throw dangling(absolute);
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      missing.unshift(path.basename(current));
      current = parent;
    }
  }
}

async function nextExisting(error: unknown, current: string, lstatCurrent: () => Promise<{ isSymbolicLink(): boolean }>): Promise<string | undefined> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'ENOENT' && code !== 'ENOTDIR') throw unresolvable(current, code);
  const isDangling = await lstatCurrent().then((info) => info.isSymbolicLink(), () => false);
  if (isDangling) throw dangling(current);
  const parent = path.dirname(current);
  return parent === current ? undefined : parent;
}

function isLink(lstatCurrent: () => { isSymbolicLink(): boolean }): boolean {
  try {
    return lstatCurrent().isSymbolicLink();
  } catch {
    return false;
  }
}

const dangling = (at: string): GaojiangError =>
  new GaojiangError('path-not-allowed', '不允许访问这个位置的文件（它是指向别处的快捷链接）。', `dangling symbolic link: ${at}`);

const unresolvable = (at: string, code: string | undefined): GaojiangError =>
  code === 'ELOOP'
    ? new GaojiangError('path-not-allowed', '文件路径无效（链接形成了循环）。', `symbolic link loop: ${at}`)
    : new GaojiangError('path-not-allowed', '无法确认这个文件的实际位置，已拒绝访问。', `realpath ${code ?? 'failed'}: ${at}`);
