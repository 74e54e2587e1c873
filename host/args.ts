import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GaojiangError } from '../core/errors.js';

export interface HostArgs {
  port: number;
  workspace: string;
}

export const DEFAULT_WORKSPACE = path.join(homedir(), '稿匠');

/** `--port N` (default: any free port) and `--workspace DIR` (default ~/稿匠). */
export function parseHostArgs(argv: string[]): HostArgs {
  let values: { port?: string; workspace?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, workspace: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new GaojiangError('invalid-input', '参数不正确。用法：--port 端口号 --workspace 文件夹', (error as Error).message);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new GaojiangError('invalid-input', `端口号“${values.port}”无效，应为 0 到 65535 之间的整数。`, `bad port ${values.port}`);
  }
  return { port, workspace: path.resolve(values.workspace ?? DEFAULT_WORKSPACE) };
}
