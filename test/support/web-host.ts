import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startWebHost, type WebHost } from '../../host/server.js';
import { REPO_ROOT } from './corpus.js';

/** The built renderer: `npm test` builds before the e2e project runs. */
export const BUILT_RENDERER = path.join(REPO_ROOT, 'dist/renderer');

export interface TestWebHost {
  host: WebHost;
  workspace: string;
  /** The host's English log lines. */
  logs: string[];
  close(): Promise<void>;
}

/** Starts the web host on a free port with an empty temporary workspace. */
export async function startTestWebHost(): Promise<TestWebHost> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'gaojiang-e2e-'));
  const logs: string[] = [];
  const host = await startWebHost({ workspace, rendererDir: BUILT_RENDERER, log: (line) => logs.push(line) });
  return {
    host,
    workspace,
    logs,
    close: async () => {
      await host.close();
      await rm(workspace, { recursive: true, force: true });
    },
  };
}
