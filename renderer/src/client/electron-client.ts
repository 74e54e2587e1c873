import type { GaojiangBridge, IpcResult } from '../../../core/services/bridge.js';
import type { ServiceName } from '../../../core/services/contract.js';
import { SERVICE_NAME_LIST } from '../../../core/services/names.js';
import { fromWireError } from '../../../core/services/wire-error.js';
import type { AppClient, Services } from './app-client.js';
import { downloadText, pickFile } from './browser-files.js';

type PlatformOperation = 'chooseDraftToOpen' | 'chooseDraftSavePath' | 'saveExport' | 'showExportInFolder' | 'printPages' | 'savePagesPdf';

/** The folder of a path the main process returned, as the user's system writes it (C:\\… or /…). */
const folderOf = (file: string): string => file.slice(0, Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'))) || file;

/** Errors arrive as values (see IpcResult); here they become thrown errors again. */
function unwrap<T>(result: IpcResult<T>, operation: ServiceName | PlatformOperation): T {
  if (result.ok) return result.value;
  throw fromWireError(result.error, operation);
}

/** The client over Electron IPC, through the functions the preload exposed as window.gaojiang. */
export function createElectronClient(bridge: GaojiangBridge): AppClient {
  const services = Object.fromEntries(
    SERVICE_NAME_LIST.map((name) => {
      const call = bridge.services[name] as (input: unknown) => Promise<IpcResult<unknown>>;
      return [name, async (input: unknown) => unwrap(await call(input), name)];
    }),
  ) as Services;

  return {
    services,
    platform: {
      fileDialogs: 'native',
      openDraftFile: async () => unwrap(await bridge.platform.chooseDraftToOpen(), 'chooseDraftToOpen'),
      chooseDraftSavePath: async (suggestedName) =>
        unwrap(await bridge.platform.chooseDraftSavePath(suggestedName), 'chooseDraftSavePath'),
      saveExport: async (bytes, fileName) => {
        const result = unwrap(await bridge.platform.saveExport(bytes, fileName), 'saveExport');
        if (result === 'cancelled') return { saved: false };
        return {
          saved: true,
          where: folderOf(result.path),
          showInFolder: async () => {
            unwrap(await bridge.platform.showExportInFolder(result.path), 'showExportInFolder');
          },
        };
      },
      printPages: async () => unwrap(await bridge.platform.printPages(), 'printPages'),
      savePagesPdf: async (suggestedName) => unwrap(await bridge.platform.savePagesPdf(suggestedName), 'savePagesPdf'),
      saveTextFile: downloadText,
      pickLocalFile: pickFile,
      onMenuCommand: (listener) => bridge.platform.onMenuCommand(listener),
    },
  };
}
