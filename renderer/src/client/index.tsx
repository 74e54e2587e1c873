import { createContext, useContext, type ReactNode } from 'react';
import type { GaojiangBridge } from '../../../core/services/bridge.js';
import { takeAccessToken } from './access-token.js';
import type { AppClient } from './app-client.js';
import { createElectronClient } from './electron-client.js';
import { createHttpClient } from './http-client.js';

export type { AppClient, InAppDialogsPlatform, NativeDialogsPlatform, MenuCommand, OpenedDraft, Services } from './app-client.js';
export { DRAFT_FILE_ACCEPT, TEMPLATE_FILE_ACCEPT } from './file-types.js';
export { TransportError } from './app-client.js';

declare global {
  interface Window {
    /** Present only inside Electron, exposed by the preload. */
    gaojiang?: GaojiangBridge;
  }
}

/** Picks the transport once: Electron's preload bridge if present, otherwise HTTP to the web host. */
export function createAppClient(): AppClient {
  return window.gaojiang ? createElectronClient(window.gaojiang) : createHttpClient(takeAccessToken());
}

const AppClientContext = createContext<AppClient | null>(null);

export function AppClientProvider({ client, children }: { client: AppClient; children: ReactNode }) {
  return <AppClientContext.Provider value={client}>{children}</AppClientContext.Provider>;
}

export function useAppClient(): AppClient {
  const client = useContext(AppClientContext);
  if (!client) throw new Error('useAppClient outside AppClientProvider');
  return client;
}
