/**
 * File names made from user text (a draft's title) must be valid on
 * Windows, macOS and Linux: no path separators, no reserved characters, no
 * trailing dots or spaces, not too long.
 */
const RESERVED = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const MAX_NAME_CHARS = 120;

export function sanitizeFileName(name: string, fallback = '稿件'): string {
  const cleaned = [...name.replace(RESERVED, ' ').replace(/\s+/g, ' ').trim()]
    .slice(0, MAX_NAME_CHARS)
    .join('')
    .replace(/[. ]+$/, '');
  if (cleaned === '' || isWindowsDeviceName(cleaned)) return fallback;
  return cleaned;
}

/** `<title>.docx` (or another extension), safe to offer in a save dialog or a download. */
export function exportFileName(title: string, extension = '.docx'): string {
  const base = sanitizeFileName(title.endsWith(extension) ? title.slice(0, -extension.length) : title);
  return `${base}${extension}`;
}

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
