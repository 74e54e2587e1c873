import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { fileError } from '../core/node/file-system.js';
import { PLATFORM_CHANNELS } from '../core/services/bridge.js';
import type { ServiceImplementation } from '../core/services/contract.js';
import { dispatchService } from '../core/services/dispatch.js';
import type { GrantedPathsPolicy } from './granted-paths.js';
import { handleTrusted, type BindingContext, type IpcHandleTarget } from './ipc-binding.js';
import { parseSaveExportArgs } from './save-export-args.js';

export interface PlatformDeps {
  implementation: ServiceImplementation;
  policy: GrantedPathsPolicy;
}

/**
 * The operations that need a native dialog. The dialog runs here, in the
 * main process, so a path reaches the services only after the user chose it.
 */
export function bindPlatform(ipc: IpcHandleTarget<IpcMainInvokeEvent>, context: BindingContext, deps: PlatformDeps): void {
  handleTrusted(ipc, PLATFORM_CHANNELS.chooseDraftToOpen, context, async (event) => {
    const options: OpenDialogOptions = {
      title: '打开稿件',
      properties: ['openFile'],
      filters: [
        { name: '稿匠稿件 (*.gaojiang.json, *.json)', extensions: ['json'] },
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
    const target = result.filePath;
    await writeFile(target, bytes).catch((error: NodeJS.ErrnoException) => {
      throw fileError(error, target, 'write');
    });
    return 'saved' as const;
  });
}
