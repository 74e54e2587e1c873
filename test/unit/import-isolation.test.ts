import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GaojiangError } from '../../core/errors.js';
import { countXmlElements, MAX_DOCX_XML_ELEMENTS } from '../../core/import/docx-reader.js';
import { ALLOW_ANY_PATH } from '../../core/node/file-system.js';
import { importFile } from '../../core/node/import-file.js';
import { importIsolated, IsolatedWorker } from '../../core/node/isolated-worker.js';
import { createNodeServiceImplementation } from '../../core/node/services.js';
import { createLocalServices } from '../../core/services/local.js';
import { manyParagraphsDocx, manyRunsDocx, pseudoRandomBytes } from '../fixtures/import/hostile-inputs.js';
import { REPO_ROOT } from '../support/corpus.js';
import { expectUserError } from '../support/errors.js';
import { tempDir } from '../support/temp-dir.js';

/**
 * Issue #14, item 1: small .docx files whose XML would exhaust the reader
 * (a 165 KB file of 2.6 million runs killed the CLI and the web host). The
 * reader refuses them before building a DOM, and every import runs in a
 * worker whose heap and time are capped, so what slips past the caps ends
 * its worker with a Chinese error while this process goes on.
 */
describe('the issue’s files are refused before a DOM is built', () => {
  it.each([
    ['2.6 million runs in one paragraph (60 MB of XML, ~170 KB file)', () => manyRunsDocx(2_600_000), /解压后的内容异常巨大/],
    ['6 MB of tiny runs (~20 KB file)', () => manyRunsDocx(250_000), /结构异常庞大/],
    ['60 MB of paragraphs (~280 KB file)', () => manyParagraphsDocx(500_000), /解压后的内容异常巨大/],
  ])('%s', async (_name, bytes, message) => {
    const file = path.join(tempDir(), '来稿.docx');
    writeFileSync(file, bytes());
    await expectUserError(() => importFile(file), 'file-too-large', message);
  }, 30_000);

  it('counts start tags only, without a parser', () => {
    expect(countXmlElements('<?xml version="1.0"?><!-- c --><w:p a="1"><w:r><w:t>学&lt;</w:t></w:r></w:p><_x/>')).toBe(4);
    expect(countXmlElements('')).toBe(0);
  });

  it('a document of half the element cap still imports', async () => {
    const runs = Math.floor(MAX_DOCX_XML_ELEMENTS / 2 / 3);
    const result = await importIsolated({ kind: 'docx', bytes: manyRunsDocx(runs) });
    expect(result.drafts.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('the import worker', () => {
  it('a file that exhausts the worker’s heap ends it with a Chinese error, and the next import works', async () => {
    const importer = new IsolatedWorker({ heapMb: 64, timeMs: 60_000 });
    const heavy = importer.importDocument({ kind: 'docx', bytes: manyRunsDocx(60_000) });
    // Queued behind it: runs in a fresh worker once the first one died.
    const next = importer.importDocument({ kind: 'text', text: '好稿\n\n正文。' });
    await expectUserError(() => heavy, 'file-too-large', /文件过大或结构异常，无法导入（读取时超出内存上限）/);
    expect((await next).drafts).toHaveLength(1);
    await importer.close();
  }, 60_000);

  it('a file that takes longer than the time limit ends its worker with a Chinese error', async () => {
    const importer = new IsolatedWorker({ heapMb: 384, timeMs: 300 });
    await expectUserError(() => importer.importDocument({ kind: 'docx', bytes: manyRunsDocx(60_000) }), 'file-too-large', /无法导入（读取超过 0.3 秒）/);
    await importer.close();
  }, 30_000);

  it('hands back the reader’s own Chinese errors unchanged', async () => {
    const error = await importIsolated({ kind: 'docx', bytes: pseudoRandomBytes(4096) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GaojiangError);
    expect((error as GaojiangError).userMessage).toMatch(/这不是 Word 文档/);
  });

  it('runs the app’s importMaterial: the 2.6-million-run file gives a Chinese error and the services go on', async () => {
    const services = createLocalServices(
      createNodeServiceImplementation({ policy: ALLOW_ANY_PATH, libraryDir: tempDir(), templatesDir: path.join(REPO_ROOT, 'templates'), trackRecent: false }),
    );
    await expectUserError(() => services.importMaterial({ name: '来稿.docx', source: { kind: 'docx', bytes: manyRunsDocx(2_600_000) } }), 'file-too-large', /异常/);
    const { drafts } = await services.importMaterial({ name: '好稿.txt', source: { kind: 'text', text: '学习心得\n\n正文一段。' } });
    expect(drafts).toHaveLength(1);
  }, 30_000);
});
