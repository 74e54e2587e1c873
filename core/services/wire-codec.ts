/**
 * JSON cannot carry bytes, so over HTTP a Uint8Array travels as
 * `{ "$bytes": "<base64>" }`. The host and the renderer's HTTP client share
 * this codec. No draft object can be mistaken for a byte box: every draft
 * object is a strict zod object without a `$bytes` key.
 *
 * Pure TypeScript (core has neither Buffer nor btoa).
 */
export interface WireBytes {
  $bytes: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE_TABLE = new Map([...ALPHABET].map((char, index) => [char, index]));

/** Nesting deeper than this is refused: real values (drafts) are shallow. */
const MAX_DEPTH = 64;

export function bytesToBase64(bytes: Uint8Array): string {
  const chunks: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    chunk +=
      ALPHABET.charAt((triple >> 18) & 63) +
      ALPHABET.charAt((triple >> 12) & 63) +
      (i + 1 < bytes.length ? ALPHABET.charAt((triple >> 6) & 63) : '=') +
      (i + 2 < bytes.length ? ALPHABET.charAt(triple & 63) : '=');
    // Joining chunks keeps string building linear for multi-megabyte exports.
    if (chunk.length >= 8192) {
      chunks.push(chunk);
      chunk = '';
    }
  }
  chunks.push(chunk);
  return chunks.join('');
}

export function base64ToBytes(base64: string): Uint8Array {
  if (base64.length % 4 !== 0) throw new TypeError('base64 length is not a multiple of 4');
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((base64.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < base64.length; i += 4) {
    let triple = 0;
    for (let j = 0; j < 4; j++) {
      const char = base64.charAt(i + j);
      const isPad = char === '=' && i + 4 === base64.length && j >= 4 - padding;
      const value = isPad ? 0 : DECODE_TABLE.get(char);
      if (value === undefined) throw new TypeError('invalid base64 character');
      triple = (triple << 6) | value;
    }
    if (o < out.length) out[o++] = (triple >> 16) & 255;
    if (o < out.length) out[o++] = (triple >> 8) & 255;
    if (o < out.length) out[o++] = triple & 255;
  }
  return out;
}

/** A value ready for JSON.stringify: every Uint8Array replaced by a byte box. */
export function encodeWire(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new TypeError('value nested too deeply');
  if (value instanceof Uint8Array) return { $bytes: bytesToBase64(value) } satisfies WireBytes;
  if (Array.isArray(value)) return value.map((item) => encodeWire(item, depth + 1));
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeWire(item, depth + 1)]));
  }
  return value;
}

/** The inverse of encodeWire, applied to parsed JSON: byte boxes become Uint8Arrays again. */
export function decodeWire(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new TypeError('value nested too deeply');
  if (isWireBytes(value)) return base64ToBytes(value.$bytes);
  if (Array.isArray(value)) return value.map((item) => decodeWire(item, depth + 1));
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decodeWire(item, depth + 1)]));
  }
  return value;
}

function isWireBytes(value: unknown): value is WireBytes {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '$bytes' && typeof value['$bytes'] === 'string';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
