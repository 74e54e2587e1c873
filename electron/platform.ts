import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, shell, type IpcMainInvokeEvent, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { GaojiangError } from '../core/errors.js';
import { writeFileDurably } from '../core/node/safe-write.js';
import { PLATFORM_CHANNELS } from '../core/services/bridge.js';
import type { ServiceImplementation } from '../core/services/contract.js';
import { dispatchService } from '../core/services/dispatch.js';
import { ExportLocations } from './export-locations.js';
import type { GrantedPathsPolicy } from './granted-paths.js';
import { handleTrusted, type BindingContext, type IpcHandleTarget } from './ipc-binding.js';
import { needsReplaceQuestion, parseSuggestedDraftName, withDraftExtension } from './draft-save-path.js';
import type { OpenRequests } from './open-requests.js';
import { parsePlatformArgs } from './platform-args.js';
import { parseSaveExportArgs } from './save-export-args.js';
import { exportFileName } from '../core/file-name.js';

export interface PlatformDeps {
  implementation: ServiceImplementation;
  policy: GrantedPathsPolicy;
  /** A draft the system asked to open (file association, command line): taken instead of showing the dialog. */
  openRequests?: Pick<OpenRequests, 'take'>;
  /** Where exports went in this run (打开所在文件夹 shows only these); a fresh list when absent. */
  exportLocations?: ExportLocations;
  /** shell.showItemInFolder; tests pass a fake. */
  showItemInFolder?: (file: string) => void;
}

/**
 * The operations that need a native dialog. The dialog runs here, in the
 * main process, so a path reaches the services only after the user chose it.
 */
export function bindPlatform(ipc: IpcHandleTarget<IpcMainInvokeEvent>, context: BindingContext, deps: PlatformDeps): void {
  const exports = deps.exportLocations ?? new ExportLocations();
  const showItemInFolder = deps.showItemInFolder ?? ((file: string) => shell.showItemInFolder(file));
  handleTrusted(ipc, PLATFORM_CHANNELS.chooseDraftToOpen, context, async (event, args) => {
    parsePlatformArgs(PLATFORM_CHANNELS.chooseDraftToOpen, args, '打开稿件的请求无效。');
    const requested = deps.openRequests?.take();
    if (requested) return dispatchService(deps.implementation, 'openDraft', { path: requested });
    const options: OpenDialogOptions = {
      title: '打开稿件',
      properties: ['openFile'],
      filters: [
        { name: '稿匠稿件 (*.gaojiang, *.json)', extensions: ['gaojiang', 'json'] },
        { name: '所有文件', extensions: ['*'] },
      ],
    };
    const window = BrowserWindow.fromWebContents(event.sender);
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const chosen = result.filePaths[0];
    if (result.canceled || !chosen) return null;
    deps.policy.grant(chosen);
    return dispatchService(deps.implementation, 'openDraft', { path: chosen });
  });

  handleTrusted(ipc, PLATFORM_CHANNELS.chooseDraftSavePath, context, async (event, args) => {
    const title = parseSuggestedDraftName(args);
    const { path: suggested } = (await dispatchService(deps.implementation, 'suggestDraftPath', { title })) as { path: string };
    // The dialog opens in the drafts folder only if it exists; it is inside the library, ours to create.
    await mkdir(path.dirname(suggested), { recursive: true }).catch(() => undefined);
    const options: SaveDialogOptions = {
      title: '保存稿件',
      defaultPath: suggested,
      filters: [{ name: '稿匠稿件 (*.gaojiang)', extensions: ['gaojiang'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    };
    const window = BrowserWindow.fromWebContents(event.sender);
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    const chosen = withDraftExtension(result.filePath);
    if (needsReplaceQuestion(result.filePath, chosen, existsSync)) {
      const question: MessageBoxOptions = {
        type: 'warning',
        title: '保存稿件',
        message: `“${path.basename(chosen)}”已存在，要替换它吗？`,
        buttons: ['替换', '取消'],
        defaultId: 1,
        cancelId: 1,
      };
      const answer = window ? await dialog.showMessageBox(window, question) : await dialog.showMessageBox(question);
      if (answer.response !== 0) return null;
    }
    deps.policy.grant(chosen);
    return chosen;
  });

  handleTrusted(ipc, PLATFORM_CHANNELS.saveExport, context, async (event, args) => {
    const { bytes, fileName } = parseSaveExportArgs(args);
    const options: SaveDialogOptions = {
      title: '导出 Word',
      defaultPath: path.join(app.getPath('documents'), fileName),
      filters: [{ name: 'Word 文档 (*.docx)', extensions: ['docx'] }],
    };
    const window = BrowserWindow.fromWebContents(event.sender);
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return 'cancelled' as const;
    // Durably, keeping the export it replaces as .bak (Chinese errors for a full disk or a file Word holds open).
    await writeFileDurably(result.filePath, bytes, { backup: true });
    return { path: exports.remember(result.filePath) };
  });

  handleTrusted(ipc, PLATFORM_CHANNELS.showExportInFolder, context, async (_event, args) => {
    const [file] = parsePlatformArgs(PLATFORM_CHANNELS.showExportInFolder, args, '要打开的文件夹无效。');
    showItemInFolder(exports.check(file, existsSync));
    return null;
  });

  // 打印 and 导出 PDF print the page itself: its print stylesheet shows only the 分页预览's A4 pages, each
  // carrying the GB/T 9704 margins (so the printer adds none: preferCSSPageSize, marginType none).
  handleTrusted(ipc, PLATFORM_CHANNELS.printPages, context, async (event, args) => {
    parsePlatformArgs(PLATFORM_CHANNELS.printPages, args, '打印请求无效。');
    return new Promise<'printed' | 'cancelled'>((resolve, reject) => {
      event.sender.print({ silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } }, (success, failureReason) => {
        if (success) resolve('printed');
        else if (/cancel/i.test(failureReason)) resolve('cancelled');
        else reject(new GaojiangError('file-unwritable', '打印失败，请检查打印机后重试。', `print failed: ${failureReason}`));
      });
    });
  });

  handleTrusted(ipc, PLATFORM_CHANNELS.savePagesPdf, context, async (event, args) => {
    const [suggestedName] = parsePlatformArgs(PLATFORM_CHANNELS.savePagesPdf, args, '导出 PDF 的请求无效。');
    const options: SaveDialogOptions = {
      title: '导出 PDF',
      defaultPath: path.join(app.getPath('documents'), exportFileName(suggestedName, '.pdf')),
      filters: [{ name: 'PDF 文档 (*.pdf)', extensions: ['pdf'] }],
    };
    const window = BrowserWindow.fromWebContents(event.sender);
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return 'cancelled' as const;
    const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, margins: { marginType: 'none' } });
    await writeFileDurably(result.filePath, pdf, { backup: true });
    return 'saved' as const;
  });
}
