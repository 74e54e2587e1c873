import type { ExportOutcome } from '../client/app-client.js';

/** The part of Notices this needs (kept apart so it can be tested without the React hook's module). */
export interface ExportNotices {
  info(text: string, action?: { label: string; run: () => void }): void;
  error(failure: unknown): void;
}

/**
 * After an export or a 汇编: what was saved and where it went, with
 * 打开所在文件夹 in the desktop app. Nothing when the user cancelled.
 */
export function announceExport(notices: ExportNotices, outcome: ExportOutcome, what: string): void {
  if (!outcome.saved) return;
  const { showInFolder } = outcome;
  notices.info(
    `${what}，保存在${outcome.where}`,
    showInFolder ? { label: '打开所在文件夹', run: () => void showInFolder().catch((error: unknown) => notices.error(error)) } : undefined,
  );
}
