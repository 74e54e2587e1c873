import { strFromU8 } from 'fflate';
import { GaojiangError } from '../errors.js';

/**
 * The text of an XML part of a .docx, checked before any parser sees it.
 * A DOCTYPE is refused outright: OOXML never needs one, and it is how
 * entity-expansion (“billion laughs”) and external-entity attacks begin.
 * Invalid UTF-8 becomes U+FFFD rather than failing the import.
 */
export function decodeXmlPart(bytes: Uint8Array, name: string): string {
  const text = decodeBytes(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new GaojiangError(
      'invalid-input',
      '这份 Word 文档含有不允许的 XML 声明（DOCTYPE），出于安全考虑已拒绝导入。请在 Word 或 WPS 中另存一份后再试。',
      `DOCTYPE in ${name}`,
    );
  }
  return text.replace(/^\uFEFF/, '');
}

function decodeBytes(bytes: Uint8Array): string {
  // XML parts are UTF-8, or UTF-16 with a byte order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), false);
  return strFromU8(bytes);
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units: string[] = [];
  const CHUNK = 8192;
  for (let at = 0; at + 1 < bytes.length; at += CHUNK * 2) {
    const codes: number[] = [];
    for (let i = at; i + 1 < Math.min(bytes.length, at + CHUNK * 2); i += 2) {
      const a = bytes[i] ?? 0;
      const b = bytes[i + 1] ?? 0;
      codes.push(littleEndian ? a | (b << 8) : (a << 8) | b);
    }
    units.push(String.fromCharCode(...codes));
  }
  return units.join('');
}
