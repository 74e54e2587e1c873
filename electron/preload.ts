import { contextBridge, ipcRenderer } from 'electron';
import { SERVICE_NAME_LIST } from '../core/services/names.js';
import {
  MENU_COMMANDS,
  PLATFORM_CHANNELS,
  serviceChannel,
  type BridgeServices,
  type GaojiangBridge,
  type MenuCommand,
} from '../core/services/bridge.js';

/**
 * One named function per operation, each bound to its own channel. The page
 * never gets ipcRenderer or a generic invoke(channel), so it cannot reach a
 * channel we did not mean to expose.
 */
const services = Object.fromEntries(
  SERVICE_NAME_LIST.map((name) => {
    const channel = serviceChannel(name);
    return [name, (input: unknown) => ipcRenderer.invoke(channel, input)];
  }),
) as BridgeServices;

const bridge: GaojiangBridge = {
  services,
  platform: {
    chooseDraftToOpen: () => ipcRenderer.invoke(PLATFORM_CHANNELS.chooseDraftToOpen),
    chooseDraftSavePath: (suggestedName) => ipcRenderer.invoke(PLATFORM_CHANNELS.chooseDraftSavePath, suggestedName),
    saveExport: (bytes, suggestedName) => ipcRenderer.invoke(PLATFORM_CHANNELS.saveExport, bytes, suggestedName),
    onMenuCommand: (listener) => {
      // The page's listener sees only the command word, never the IPC event (which exposes `sender`).
      const relay = (_event: unknown, command: unknown): void => {
        if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
      };
      ipcRenderer.on(PLATFORM_CHANNELS.menuCommand, relay);
      return () => {
        ipcRenderer.removeListener(PLATFORM_CHANNELS.menuCommand, relay);
      };
    },
  },
};

contextBridge.exposeInMainWorld('gaojiang', bridge);
