import { execFileSync } from 'node:child_process';
import { constants, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GaojiangError } from '../../core/errors.js';
import { importDocument } from '../../core/import/import-document.js';
import { importFile } from '../../core/node/import-file.js';
import { decodeChineseBytes } from '../../core/import/text-encoding.js';
import { blockText } from '../../core/model/text.js';
import {
  HOSTILE_INPUTS,
  invalidUtf8Text,
  linkedPicturesDocx,
  textDocx,
  truncated,
} from '../fixtures/import/hostile-inputs.js';
import { CONTENT_TYPES, documentXml, editDocx } from '../fixtures/import/zip-builders.js';
import { printedText } from '../support/import-helpers.js';
import { tempDir } from '../support/temp-dir.js';

/**
 * Hostile and malformed material (issue #7): every import ends in a draft or
 * a GaojiangError whose message is Chinese — never another exception. Their
 * time and peak memory are figures of `npm run bench -- hostile`.
 */
const CHINESE = /[\u4e00-\u9fff]/;

/** The import's outcome: 'imports', or the Chinese message; anything else thrown fails the test. */
async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'imports';
  } catch (error) {
    if (!(error instanceof GaojiangError)) throw error;
    expect(error.userMessage).toMatch(CHINESE);
    return error.userMessage;
  }
}

const utf16le = (text: string): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) new DataView(out.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
  return out;
};

const writeTemp = (name: string, bytes: Uint8Array): string => {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
};

describe('each hostile file from the issue’s list', () => {
  it.each(HOSTILE_INPUTS.map((input) => [input.name, input] as const))('%s', async (_name, input) => {
    const result = await outcome(() => importFile(writeTemp(input.fileName, input.bytes())));
    if (input.outcome === 'imports') expect(result).toBe('imports');
    else expect(result).toMatch(input.outcome);
  }, 30_000);
});

describe('random and damaged bytes', () => {
  it('500 random byte strings as .docx, .txt and .html each end in a draft or a Chinese error', async () => {
    const kinds = { docx: 0, text: 0, html: 0 };
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        const docx = await outcome(() => importDocument({ kind: 'docx', bytes }, { fallbackTitle: '随机' }));
        expect(docx).not.toBe('imports');
        // Random bytes mostly decode to nothing plausible: refused in Chinese by the decoder, or imported.
        let text = '';
        await outcome(async () => (text = decodeChineseBytes(bytes).text));
        await outcome(() => importDocument({ kind: 'text', text }, { fallbackTitle: '随机' }));
        await outcome(() => importDocument({ kind: 'html', html: text }, { fallbackTitle: '随机' }));
        kinds.docx++;
        kinds.text++;
        kinds.html++;
      }),
      { numRuns: 500 },
    );
    expect(kinds).toEqual({ docx: 500, text: 500, html: 500 });
  }, 60_000);

  it('random bytes after a zip’s signature, and a real .docx cut anywhere, give a Chinese error', async () => {
    const whole = textDocx(200);
    for (let share = 0.05; share < 1; share += 0.05) {
      expect(await outcome(() => importDocument({ kind: 'docx', bytes: truncated(whole, share) }))).toMatch(/这不是 Word 文档|损坏/);
    }
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2048 }), async (tail) => {
        const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]);
        expect(await outcome(() => importDocument({ kind: 'docx', bytes }))).not.toBe('imports');
      }),
      { numRuns: 300 },
    );
  });
});

describe('a DOCTYPE in any part the reader parses', () => {
  const doctype = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>';
  const withDoctype = (xml: string) => xml.replace('?>', `?>${doctype}`);
  const STYLES = '<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';
  const RELS =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';

  it.each([
    ['word/document.xml', () => editDocx(textDocx(3), { 'word/document.xml': withDoctype(documentXml(['正文。'])) })],
    ['word/styles.xml', () => editDocx(textDocx(3), { 'word/_rels/document.xml.rels': RELS, 'word/styles.xml': withDoctype(STYLES) })],
    ['word/_rels/document.xml.rels', () => editDocx(textDocx(3), { 'word/_rels/document.xml.rels': withDoctype(RELS), 'word/styles.xml': STYLES })],
    ['[Content_Types].xml', () => editDocx(textDocx(3), { '[Content_Types].xml': withDoctype(CONTENT_TYPES) })],
    // UTF-16 with a byte order mark, which XML allows: still seen.
    ['word/document.xml (UTF-16)', () => editDocx(textDocx(3), { 'word/document.xml': utf16le(withDoctype(documentXml(['正文。']))) })],
  ])('%s is refused before parsing', async (_part, docx) => {
    expect(await outcome(() => importDocument({ kind: 'docx', bytes: docx() }))).toMatch(/DOCTYPE/);
  });
});

describe('pictures linked to local or network paths are never read', () => {
  /** Opening a FIFO for writing without blocking fails with ENXIO exactly when nobody opened it for reading. */
  const expectNoReaderOn = (fifo: string): void => {
    let code: string | undefined;
    try {
      openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
      code = (error as NodeJS.ErrnoException).code;
    }
    expect(code, `something opened ${fifo}`).toBe('ENXIO');
  };

  it('imports the text around them and names them, opening none of the linked files', async () => {
    const dir = tempDir();
    const beside = path.join(dir, 'beside.png');
    const absolute = path.join(dir, 'absolute.png');
    execFileSync('mkfifo', [beside, absolute]);
    const docx = writeTemp('链接.docx', linkedPicturesDocx(['beside.png', `file://${absolute}`, absolute, '\\\\server\\share\\photo.png', 'https://example.com/track.png']));
    // A reader would block on the FIFO: the import finishing at all shows none was opened.
    const result = await importFile(path.join(path.dirname(docx), '链接.docx'), { fallbackTitle: '链接' });
    expect(printedText(result.drafts[0]!)).toMatch(/图片前的文字。[\s\S]*图片后的文字。/);
    expect(result.notes).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/5 张图片/) }));
    expectNoReaderOn(beside);
    expectNoReaderOn(absolute);
  });
});

describe('text files', () => {
  it('a UTF-8 file with a few damaged bytes stays UTF-8, the damage shown as U+FFFD', async () => {
    const result = await importFile(writeTemp('损坏.txt', invalidUtf8Text()));
    expect(result.detected.encoding).toBe('utf-8');
    expect(blockText(result.drafts[0]!.children[0]!)).toBe('学习心得体会');
    expect(printedText(result.drafts[0]!)).toContain('\uFFFD');
    expect(printedText(result.drafts[0]!)).toContain('第200句：坚持以人民为中心的发展思想');
    expect(result.notes.map((n) => n.message).join()).not.toMatch(/繁体/);
  });
});
