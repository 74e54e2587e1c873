import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeWire, encodeWire } from '../../core/services/wire-codec.js';

describe('wire codec', () => {
  it('base64 agrees with Node for every length remainder', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 100, 8193, 30_000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 255);
      const encoded = bytesToBase64(bytes);
      expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(encoded)).toEqual(bytes);
    }
  });

  it('round-trips Uint8Arrays nested anywhere through JSON', () => {
    const value = {
      bytes: new Uint8Array([0, 1, 254, 255]),
      list: [new Uint8Array([7]), '文本', 3, null, true],
      nested: { deeper: { empty: new Uint8Array() } },
    };
    const overTheWire = JSON.parse(JSON.stringify(encodeWire(value))) as unknown;
    expect(overTheWire).toMatchObject({ bytes: { $bytes: 'AAH+/w==' } });
    const decoded = decodeWire(overTheWire) as typeof value;
    expect(decoded.bytes).toBeInstanceOf(Uint8Array);
    expect(decoded).toEqual(value);
  });

  it('leaves objects that merely contain a $bytes key among others alone', () => {
    const value = { $bytes: 'AA==', other: 1 };
    expect(decodeWire(value)).toEqual(value);
  });

  it('refuses malformed base64 and absurd nesting', () => {
    expect(() => decodeWire({ $bytes: 'A' })).toThrow(TypeError);
    expect(() => decodeWire({ $bytes: 'AA*=' })).toThrow(TypeError);
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(() => decodeWire(deep)).toThrow(/nested/);
  });
});
