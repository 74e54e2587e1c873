import { execFileSync } from 'node:child_process';
import { constants, copyFileSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { GaojiangError, isGaojiangError } from '../../core/errors.js';
import type { ZipLimits } from '../../core/import/docx-zip.js';
import { importDocument } from '../../core/import/import-document.js';
import { importFile } from '../../core/node/import-file.js';
import { blockText } from '../../core/model/text.js';
import { documentXml, editDocx, minimalDocx, zipBomb } from '../fixtures/import/zip-builders.js';
import { REPO_ROOT } from '../support/corpus.js';
import { expectUserError } from '../support/errors.js';
import { printedText } from '../support/import-helpers.js';
import { tempDir } from '../support/temp-dir.js';

const PEER_DOCX = path.resolve(REPO_ROOT, '../shared/peer-docx');
const peerFiles = readdirSync(PEER_DOCX).filter((name) => /\.(docx|zip)$/.test(name)).sort();
const importBytes = (bytes: Uint8Array, zipLimits?: ZipLimits) =>
  importDocument({ kind: 'docx', bytes }, { fallbackTitle: '文档', ...(zipLimits ? { zipLimits } : {}) });

/** What each of mammoth's test documents must give: text the draft contains, or the Chinese error. */
const PEER_EXPECTED: Record<string, { text?: string[]; absent?: string[]; error?: RegExp }> = {
  'comments.docx': { text: ['Ouch.'], absent: ['A tachyon'] },
  'embedded-style-map.docx': { text: ['Walking on imported air'] },
  'empty.docx': { error: /这份 Word 文档是空的/ },
  'empty.zip': { error: /这不是 Word 文档（\.docx）/ },
  'endnotes.docx': { text: ['Ouch', '注1：A tachyon walks into a bar.', '注2：Fin.'], absent: ['↑'] },
  'external-picture.docx': { error: /只有图片，没有可导入的文字/ },
  'footnote-hyperlink.docx': { text: ['注1：Example'] },
  'footnotes.docx': { text: ['注1：A tachyon walks into a bar.', '注2：Fin.'] },
  'hello.zip': { error: /这不是 Word 文档（\.docx）/ },
  'simple-list.docx': { text: ['Apple', 'Banana'] },
  'single-paragraph.docx': { text: ['Walking on imported air'] },
  'strict-format.docx': { text: ['Test'] },
  'strikethrough.docx': { text: ["Today's Special: Salmon Sold out"] },
  'tables.docx': { text: ['Above', 'Top left', 'Top right', 'Bottom left', 'Bottom right', 'Below'] },
  'text-box.docx': { text: ['Datum plane'] },
  'tiny-picture-target-base-relative.docx': { error: /只有图片/ },
  'tiny-picture.docx': { error: /只有图片/ },
  'underline.docx': { text: ['The Sunset Tree'] },
  'utf8-bom.docx': { text: ['This XML has a byte order mark.'] },
};

describe('every document of ../shared/peer-docx imports to a draft or a clear Chinese error', () => {
  it('covers every file there', () => {
    expect(peerFiles).toEqual(Object.keys(PEER_EXPECTED).sort());
  });

  it.each(peerFiles)('%s', async (name) => {
    const expected = PEER_EXPECTED[name]!;
    let outcome: unknown;
    try {
      outcome = await importFile(path.join(PEER_DOCX, name));
    } catch (error) {
      outcome = error;
    }
    if (expected.error) {
      expect(isGaojiangError(outcome), `expected a GaojiangError, got ${String(outcome)}`).toBe(true);
      expect((outcome as GaojiangError).userMessage).toMatch(expected.error);
      return;
    }
    expect(isGaojiangError(outcome), isGaojiangError(outcome) ? outcome.userMessage : '').toBe(false);
    const text = printedText((outcome as Awaited<ReturnType<typeof importFile>>).drafts[0]!);
    for (const part of expected.text ?? []) expect(text).toContain(part);
    for (const part of expected.absent ?? []) expect(text).not.toContain(part);
  });
});

describe('pictures are never read', () => {
  /**
   * The linked picture is a named pipe: opening it for reading blocks until
   * a writer comes, so a reader would hang the import; and after the
   * import, opening the pipe for writing without blocking fails with ENXIO
   * exactly when no reader has it open.
   */
  function expectNoReaderOn(fifo: string): void {
    let error: NodeJS.ErrnoException | undefined;
    try {
      openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (caught) {
      error = caught as NodeJS.ErrnoException;
    }
    expect(error?.code, 'something opened the linked picture').toBe('ENXIO');
  }

  const withinSeconds = <T>(promise: Promise<T>, seconds: number): Promise<T> =>
    Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('import hung: the linked file was opened')), seconds * 1000))]);

  it('external-picture.docx does not open the file its picture links to (relative or absolute)', async () => {
    const dir = tempDir();
    const relative = path.join(dir, 'external-picture.docx');
    copyFileSync(path.join(PEER_DOCX, 'external-picture.docx'), relative);
    // The document links "tiny-picture.png", beside the document.
    const besideFifo = path.join(dir, 'tiny-picture.png');
    execFileSync('mkfifo', [besideFifo]);
    const absoluteFifo = path.join(dir, 'elsewhere.png');
    execFileSync('mkfifo', [absoluteFifo]);
    const original = readFileSync(relative);
    const rels = strFromU8(unzipSync(original)['word/_rels/document.xml.rels']!);
    expect(rels).toContain('Target="tiny-picture.png" TargetMode="External"');
    const absolute = path.join(dir, 'absolute-link.docx');
    writeFileSync(
      absolute,
      editDocx(original, { 'word/_rels/document.xml.rels': rels.replace('Target="tiny-picture.png"', `Target="file://${absoluteFifo}"`) }),
    );
    for (const file of [relative, absolute]) {
      await expectUserError(() => withinSeconds(importFile(file), 5), 'invalid-input', /只有图片/);
    }
    expectNoReaderOn(besideFifo);
    expectNoReaderOn(absoluteFifo);
  });

  it('an embedded picture that would inflate to 200 MB is never inflated', async () => {
    const tiny = unzipSync(readFileSync(path.join(PEER_DOCX, 'tiny-picture.docx')));
    const media = Object.keys(tiny).find((name) => name.startsWith('word/media/'))!;
    const others = Object.fromEntries(
      Object.entries(tiny)
        .filter(([name]) => name !== media && !name.endsWith('/'))
        .map(([name, data]) => [name, name === 'word/document.xml' ? strFromU8(data).replace('</w:body>', '<w:p><w:r><w:t>图片下的文字</w:t></w:r></w:p></w:body>') : strFromU8(data)]),
    );
    const result = await importBytes(zipBomb(media, 200 * 1024 * 1024, 100, others));
    expect(printedText(result.drafts[0]!)).toContain('图片下的文字');
    expect(result.notes).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/1 张图片/) }));
    // Building the 200 MB zip takes seconds on a busy machine.
  }, 30_000);
});

describe('hostile and wrong files', () => {
  // Its time and memory are measured by `npm run bench -- hostile`.
  it('refuses a zip bomb (document.xml inflating to 300 MB, declared 1 KB) with a Chinese error', async () => {
    const bomb = zipBomb('word/document.xml', 300 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectUserError(() => importBytes(bomb), 'file-too-large', /解压后的内容异常巨大/);
  }, 30_000);

  it('refuses at once an entry that declares a size past the cap, before inflating anything', async () => {
    const bomb = zipBomb('word/document.xml', 1024, 2 ** 31);
    await expectUserError(() => importBytes(bomb), 'file-too-large', /异常巨大/);
  });

  it('caps the total of all entries, not only each one', async () => {
    const limits = { maxEntries: 100, maxEntryBytes: 1024 * 1024, maxTotalBytes: 1024 * 1024 };
    const big = 'x'.repeat(700 * 1024);
    const docx = minimalDocx(documentXml([big]));
    const withStyles = editDocx(docx, { 'word/styles.xml': `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><!--${big}--></w:styles>` });
    await expectUserError(() => importBytes(withStyles, limits), 'file-too-large', /异常巨大/);
  });

  it('refuses a part with a DOCTYPE before any parser sees it', async () => {
    const xml = documentXml(['&lol;']).replace('?>', '?><!DOCTYPE w:document [<!ENTITY lol "lol">]>');
    await expectUserError(() => importBytes(minimalDocx(xml)), 'invalid-input', /DOCTYPE/);
  });

  it('names an old .doc (or an encrypted .docx) renamed .docx', async () => {
    const doc = new Uint8Array(4096);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectUserError(() => importBytes(doc), 'invalid-input', /这不是 Word 文档（\.docx）：它是旧版 Word 文档（\.doc）/);
    const file = path.join(tempDir(), '材料.docx');
    writeFileSync(file, doc);
    await expectUserError(() => importFile(file), 'invalid-input', /旧版 Word 文档/);
  });

  it('names an Excel file, a PDF, an empty file and plain junk given as .docx', async () => {
    const xlsx = editDocx(minimalDocx(documentXml(['x'])), {});
    const excel = unzipSync(xlsx);
    delete excel['word/document.xml'];
    excel['xl/workbook.xml'] = new TextEncoder().encode('<workbook/>');
    const { zipSync } = await import('fflate');
    await expectUserError(() => importBytes(zipSync(excel)), 'invalid-input', /Excel 表格/);
    await expectUserError(() => importBytes(new TextEncoder().encode('%PDF-1.7 …')), 'invalid-input', /PDF 文件/);
    await expectUserError(() => importBytes(new Uint8Array(0)), 'invalid-input', /空的/);
    await expectUserError(() => importBytes(new TextEncoder().encode('只是一些文字')), 'invalid-input', /这不是 Word 文档/);
    await expectUserError(() => importBytes(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])), 'invalid-input', /这不是 Word 文档/);
  });

  it('reads invalid UTF-8 in a part as replacement characters instead of failing', async () => {
    const xml = new TextEncoder().encode(documentXml(['学习心得体会', '正文第一句。BAD']));
    const at = xml.indexOf(0x42); // 'B' of BAD
    xml.set([0xff, 0xfe, 0xfd], at);
    const docx = editDocx(minimalDocx(''), { 'word/document.xml': xml });
    const result = await importBytes(docx);
    expect(blockText(result.drafts[0]!.children[0]!)).toBe('学习心得体会');
    expect(printedText(result.drafts[0]!)).toContain('正文第一句。\uFFFD');
  });

  it('refuses an unsupported extension with what to do, without reading the file', async () => {
    await expectUserError(() => importFile('/nonexistent/旧材料.doc'), 'invalid-input', /另存为” \.docx/);
  });
});

describe('Word structure becomes draft structure', () => {
  it('takes a bold short paragraph for a heading and a bold lead sentence for a lead', async () => {
    const body =
      '<w:p><w:r><w:t>学习“千万工程”研讨发言</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>开头的一段话，谈谈学习的总体体会和认识。</w:t></w:r></w:p>' +
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>提高思想认识</w:t></w:r></w:p>' +
      ['坚持人民至上。', '坚持问题导向。']
        .map((lead) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${lead}</w:t></w:r><w:r><w:t>这是这一点的正文内容，写得比较长一些，足够成为正文。</w:t></w:r></w:p>`)
        .join('');
    const xml = documentXml([]).replace('<w:body>', `<w:body>${body}`);
    const result = await importBytes(minimalDocx(xml));
    const draft = result.drafts[0]!;
    expect(draft.children.map((b) => b.type)).toEqual(['title', 'paragraph', 'heading', 'point', 'point']);
    expect(draft.children[3]!.children[0]).toEqual({ text: '坚持人民至上。', lead: true });
    expect(draft.numbering).toMatchObject({ heading1: 'none', point: 'none' });
  });
});
