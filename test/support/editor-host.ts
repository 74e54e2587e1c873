import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serializeDraft } from '../../core/model/migrate.js';
import type { Draft } from '../../core/model/schema.js';
import { startWebHost, type WebHost } from '../../host/server.js';
import { BUILT_RENDERER } from './web-host.js';

/** The web host serving the built app, on an empty temporary workspace. */
export interface EditorWebHost {
  host: WebHost;
  workspace: string;
  close(): Promise<void>;
}

export async function startEditorWebHost(): Promise<EditorWebHost> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'gaojiang-editor-'));
  const host = await startWebHost({ workspace, rendererDir: BUILT_RENDERER, log: () => {} });
  return {
    host,
    workspace,
    close: async () => {
      await host.close();
      await rm(workspace, { recursive: true, force: true });
    },
  };
}

/** Writes `draft` into the workspace's 稿件 folder (where the app's 打开 dialog looks); returns its file name. */
export async function writeWorkspaceDraft(workspace: string, name: string, draft: Draft): Promise<string> {
  const folder = path.join(workspace, '稿件');
  await mkdir(folder, { recursive: true });
  const fileName = `${name}.gaojiang`;
  await writeFile(path.join(folder, fileName), serializeDraft(draft));
  return fileName;
}
