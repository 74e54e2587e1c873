import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GaojiangError } from '../../core/errors.js';
import { decodeChineseBytes, encodingNotes } from '../../core/import/text-encoding.js';
import { importFile } from '../../core/node/import-file.js';
import { pseudoRandomBytes } from '../fixtures/import/hostile-inputs.js';
import { tempDir } from '../support/temp-dir.js';

/**
 * Issue #14, item 4: one decoder for the app and the CLI. Each case is a file
 * a Chinese office machine really writes; the bytes are spelled out (GBK) or
 * produced the way Notepad does (UTF-16 with a BOM).
 */
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean, bom = true): Uint8Array => {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian);
  return out;
};
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const TEXT = '学习心得体会\n\n一是要坚持以人民为中心的发展思想，把学习成果转化为推动高质量发展的实际成效。\n';

describe('the encoding is chosen on the whole text', () => {
  it('reads GBK “一要学习”, which is also valid UTF-8 (as Cyrillic), as GBK', () => {
    // 一要学习 in GBK: D2BB D2AA D1A7 CFB0 — four valid two-byte UTF-8 sequences.
    const gbk = bytes(0xd2, 0xbb, 0xd2, 0xaa, 0xd1, 0xa7, 0xcf, 0xb0);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).not.toThrow();
    expect(decodeChineseBytes(gbk)).toMatchObject({ text: '一要学习', encoding: 'gb18030' });
  });

  it('reads GBK text of two characters, and after ASCII', () => {
    expect(decodeChineseBytes(bytes(0xd5, 0xc5, 0xc8, 0xfd))).toMatchObject({ text: '张三', encoding: 'gb18030' });
    expect(decodeChineseBytes(bytes(0x31, 0x2e, 0x20, 0xd1, 0xa7, 0xcf, 0xb0, 0xd0, 0xc4, 0xb5, 0xc3))).toMatchObject({ text: '1. 学习心得', encoding: 'gb18030' });
  });

  it('reads UTF-8 with and without a BOM, and plain ASCII as UTF-8', () => {
    expect(decodeChineseBytes(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8', truncatedEnd: false, damaged: 0 });
    expect(decodeChineseBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toMatchObject({ text: TEXT, encoding: 'utf-8' });
    expect(decodeChineseBytes(utf8('plain text\n'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('reads a short text of rare characters (a name) as UTF-8', () => {
    expect(decodeChineseBytes(utf8('喆\n'))).toMatchObject({ text: '喆\n', encoding: 'utf-8' });
    expect(decodeChineseBytes(utf8('姓名\n王喆,办公室\n'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('reads UTF-16 with a BOM (Notepad’s “Unicode”), little- and big-endian', () => {
    expect(decodeChineseBytes(utf16(TEXT, true))).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeChineseBytes(utf16(TEXT, false))).toMatchObject({ text: TEXT, encoding: 'utf-16be' });
  });

  it('reads traditional Chinese in UTF-8 and in Big5', () => {
    const traditional = '學習貫徹新時代中國特色社會主義思想，堅持以人民為中心的發展思想。';
    expect(decodeChineseBytes(utf8(traditional))).toMatchObject({ text: traditional, encoding: 'utf-8' });
    // The same sentence in Big5 (Taiwan and Hong Kong Windows' “ANSI”).
    const big5 = 'bec7b2dfb365b9fdb773aec9a54ea4a4b0eaaf53a6e2aac0b77ca544b871abe4b751a141b0edabf9a548a448a5c1acb0a4a4a4dfaabab56fae69abe4b751a143';
    expect(decodeChineseBytes(bytes(...(big5.match(/../g) ?? []).map((hex) => parseInt(hex, 16))))).toMatchObject({ text: traditional, encoding: 'big5' });
  });
});

describe('a cut-off last character is dropped, and said', () => {
  it.each([
    ['UTF-8', utf8(`${TEXT}学`).subarray(0, utf8(`${TEXT}学`).length - 1), 'utf-8'],
    ['UTF-8 (one byte of three left)', utf8(`${TEXT}学`).subarray(0, utf8(`${TEXT}学`).length - 2), 'utf-8'],
    ['GBK', bytes(0xd5, 0xc5, 0xc8, 0xfd, 0xd1), 'gb18030'],
    ['UTF-16LE', utf16(`${TEXT}学`, true).subarray(0, utf16(`${TEXT}学`, true).length - 1), 'utf-16le'],
  ])('%s', (_name, cut, encoding) => {
    const decoded = decodeChineseBytes(cut);
    expect(decoded).toMatchObject({ encoding, truncatedEnd: true, damaged: 0 });
    expect(decoded.text).not.toContain('\uFFFD');
    expect(encodingNotes(decoded).join()).toMatch(/末尾有一个不完整的字符/);
  });
});

describe('mojibake never passes as success', () => {
  it('refuses bytes no encoding reads as Chinese, in Chinese', () => {
    // Latin-1 accents, and a binary file named .txt: neither reads as Chinese in any encoding.
    for (const foreign of [bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x20, 0xe0, 0x20, 0xe7, 0xe0), pseudoRandomBytes(4096)]) {
      const error = (() => {
        try {
          decodeChineseBytes(foreign);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(GaojiangError);
      expect((error as GaojiangError).userMessage).toMatch(/无法识别这个文本文件的编码/);
    }
  });

  it('2,000 Chinese texts in each encoding come back exactly, or (cut) without their last character', () => {
    const chinese = fc.string({ unit: fc.constantFrom(...'学习贯彻新时代中国特色社会主义思想坚持以人民为中心的发展，。“”、；：一是二是（）1234abc \n'), minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(chinese, fc.boolean(), (text, littleEndian) => {
        expect(decodeChineseBytes(utf8(text)).text).toBe(text);
        expect(decodeChineseBytes(utf16(text, littleEndian)).text).toBe(text);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('the CLI’s import says which encoding it read', () => {
  it('UTF-16 with a BOM imports (it was garbage with exit 0), its notes naming the encoding', async () => {
    const file = path.join(tempDir(), '记事本.txt');
    writeFileSync(file, utf16(TEXT, true));
    const result = await importFile(file);
    expect(result.detected.encoding).toBe('utf-16le');
    expect(result.notes[0]?.message).toBe('文本按 UTF-16（Unicode） 编码读取。');
    expect(JSON.stringify(result.drafts)).toContain('要坚持以人民为中心的发展思想');
  });

  it('a UTF-8 file with its last character cut imports as UTF-8, not as “traditional” mojibake', async () => {
    const file = path.join(tempDir(), '截断.txt');
    const whole = utf8(`${TEXT}学习`);
    writeFileSync(file, whole.subarray(0, whole.length - 1));
    const result = await importFile(file);
    expect(result.detected).toMatchObject({ encoding: 'utf-8', traditional: false });
    expect(result.notes.map((n) => n.message)).toContain('文件末尾有一个不完整的字符（文件可能没有复制完整），已舍去。');
  });
});
