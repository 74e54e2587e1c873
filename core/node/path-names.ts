import path from 'node:path';
import { GaojiangError } from '../errors.js';

/**
 * Names Windows gives to devices in every folder: `C:\稿匠\CON.gaojiang`
 * opens the console, `NUL.json` discards what is written, `COM1` talks to a
 * serial port. They are refused on every system, with or without an
 * extension (and with the trailing spaces and dots Windows ignores), so a
 * draft never gets a name it could not have on the office's Windows machines.
 */
const DEVICE_NAME = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export function isWindowsDeviceName(segment: string): boolean {
  const stem = segment.split('.', 1)[0] ?? '';
  return DEVICE_NAME.test(stem.replace(/[ .]+$/, ''));
}

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
