#!/usr/bin/env node
// The `gaojiang` command: runs the bundled CLI (built by `npm run build`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('错误：稿匠命令行尚未构建，请先在项目目录运行 npm run build。\n');
  process.exit(2);
}
await import(cli.href);
