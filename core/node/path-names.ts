import path from 'node:path';
import { GaojiangError } from '../errors.js';
import { isWindowsDeviceName } from '../file-name.js';

/**
 * Refuses a path whose name parts are not plain file names: a device name,
 * a NUL, and on Windows a `:` after the drive (an alternate data stream,
 * `稿件.gaojiang:隐藏`) or a device-namespace prefix (`\\.\`, `\\?\`).
 */
export function assertPlainPath(absolute: string, pathApi: path.PlatformPath = path): void {
  const refuse = (why: string): never => {
    throw new GaojiangError('path-not-allowed', '文件路径无效。', `${why}: ${absolute.slice(0, 300)}`);
  };
  if (absolute.includes('\0')) refuse('path contains NUL');
  const root = pathApi.parse(absolute).root;
  const isWindows = pathApi.sep === '\\';
  if (isWindows && /^[\\/]{2}[.?][\\/]/.test(absolute)) refuse('device namespace path');
  const segments = absolute.slice(root.length).split(/[\\/]/).filter((segment) => segment !== '');
  for (const segment of segments) {
    if (isWindowsDeviceName(segment)) {
      throw new GaojiangError('path-not-allowed', `“${segment}”是 Windows 保留的设备名，不能用作文件名。`, `device name in path: ${absolute.slice(0, 300)}`);
    }
    if (isWindows && segment.includes(':')) refuse('alternate data stream');
  }
}
