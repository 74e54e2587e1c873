import path from 'node:path';
import { GaojiangError } from '../core/errors.js';

/**
 * The files saveExport wrote in this run: the only paths 打开所在文件夹 may
 * show (shell.showItemInFolder). A page cannot name any other path — not a
 * file the user opened, not one it guessed — so the call reveals nothing the
 * user did not just save. Bounded: the most recent exports only.
 */
export class ExportLocations {
  private readonly written: string[] = [];

  constructor(private readonly limit = 50) {}

  remember(file: string): string {
    const resolved = path.resolve(file);
    const at = this.written.indexOf(resolved);
    if (at >= 0) this.written.splice(at, 1);
    this.written.push(resolved);
    if (this.written.length > this.limit) this.written.shift();
    return resolved;
  }

  /** The path, if this run exported it; otherwise a refusal in Chinese. */
  check(file: string, exists: (file: string) => boolean): string {
    const resolved = path.resolve(file);
    // Exactly a path saveExport returned: no other spelling of it (.., a relative path) either.
    if (file !== resolved || !this.written.includes(resolved)) {
      throw new GaojiangError('path-not-allowed', '只能打开稿匠刚导出的文件所在的文件夹。', `showExportInFolder refused ${file.slice(0, 300)}`);
    }
    if (!exists(resolved)) throw new GaojiangError('file-not-found', '这个文件已被移动或删除。', `exported file gone: ${resolved}`);
    return resolved;
  }
}
