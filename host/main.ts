import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isGaojiangError } from '../core/errors.js';
import { parseHostArgs } from './args.js';
import { startWebHost } from './server.js';

// Bundled to dist/host/main.js; the renderer is built beside it in dist/renderer.
const rendererDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer');

try {
  const args = parseHostArgs(process.argv.slice(2));
  await mkdir(args.workspace, { recursive: true });
  const host = await startWebHost({ workspace: args.workspace, rendererDir, port: args.port });
  process.stdout.write(`稿匠网页版已启动：${host.url}\n`);
  process.stdout.write(`稿件文件夹：${args.workspace}\n按 Ctrl+C 退出。\n`);
  const stop = (): void => {
    host.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (isGaojiangError(error)) {
    process.stderr.write(`${error.userMessage}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`稿匠网页版未能启动：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
