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
  // Windows reserves device names such as CON and COM1 regardless of extension.
  if (cleaned === '' || /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(cleaned)) return fallback;
  return cleaned;
}

/** `<title>.docx` (or another extension), safe to offer in a save dialog or a download. */
export function exportFileName(title: string, extension = '.docx'): string {
  const base = sanitizeFileName(title.endsWith(extension) ? title.slice(0, -extension.length) : title);
  return `${base}${extension}`;
}
