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

/**
 * Menu commands reach the page through one relay registered now, before the
 * page runs: a command sent while the page is still starting (an 打开 for a
 * file double-clicked to start the app) waits here until the page subscribes.
 */
const menuListeners = new Set<(command: MenuCommand) => void>();
const waitingCommands: MenuCommand[] = [];
const MAX_WAITING_COMMANDS = 4;
ipcRenderer.on(PLATFORM_CHANNELS.menuCommand, (_event: unknown, command: unknown) => {
  if (!MENU_COMMANDS.includes(command as MenuCommand)) return;
  if (menuListeners.size === 0) {
    if (waitingCommands.length < MAX_WAITING_COMMANDS) waitingCommands.push(command as MenuCommand);
    return;
  }
  // The page's listener sees only the command word, never the IPC event (which exposes `sender`).
  for (const listener of menuListeners) listener(command as MenuCommand);
});

const bridge: GaojiangBridge = {
  services,
  platform: {
    chooseDraftToOpen: () => ipcRenderer.invoke(PLATFORM_CHANNELS.chooseDraftToOpen),
    chooseDraftSavePath: (suggestedName) => ipcRenderer.invoke(PLATFORM_CHANNELS.chooseDraftSavePath, suggestedName),
    saveExport: (bytes, suggestedName) => ipcRenderer.invoke(PLATFORM_CHANNELS.saveExport, bytes, suggestedName),
    printPages: () => ipcRenderer.invoke(PLATFORM_CHANNELS.printPages),
    savePagesPdf: (suggestedName) => ipcRenderer.invoke(PLATFORM_CHANNELS.savePagesPdf, suggestedName),
    showExportInFolder: (file) => ipcRenderer.invoke(PLATFORM_CHANNELS.showExportInFolder, file),
    onMenuCommand: (listener) => {
      // A fresh function per subscription, so unsubscribing one never drops another.
      const relay = (command: MenuCommand): void => listener(command);
      menuListeners.add(relay);
      for (const command of waitingCommands.splice(0)) relay(command);
      return () => {
        menuListeners.delete(relay);
      };
    },
  },
};

contextBridge.exposeInMainWorld('gaojiang', bridge);
