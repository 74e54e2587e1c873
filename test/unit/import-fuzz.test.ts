import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { GaojiangError } from '../../core/errors.js';
import { decodeChineseBytes } from '../../core/import/text-encoding.js';
import type { ImportSource } from '../../core/import/import-document.js';
import { IsolatedWorker } from '../../core/node/isolated-worker.js';
import { fuzzDocx, fuzzHtml, fuzzTextBytes } from '../fixtures/import/fuzz-inputs.js';

/**
 * Issue #14's fuzz job: structure-aware .docx, .html and .txt inputs, each
 * imported in the import worker (as the app and the CLI import them). Every
 * one ends in drafts or a GaojiangError with a Chinese message; none kills
 * the worker or this process. The unit suite runs 10,000 text files and web
 * pages and 100 Word documents (mammoth's ~0.1 s each would cost minutes);
 * `GAOJIANG_FUZZ_RUNS=10000` runs 10,000 of each kind.
 */
const FULL = Number(process.env.GAOJIANG_FUZZ_RUNS ?? 0);
const RUNS = { text: FULL || 5_000, html: FULL || 5_000, docx: FULL || 100 };
const CHINESE = /[\u4e00-\u9fff]/;

const importer = new IsolatedWorker();
afterAll(() => importer.close());

const outcomes = { drafts: 0, refused: 0 };

async function importOne(source: () => ImportSource): Promise<void> {
  try {
    await importer.importDocument(source(), { fallbackTitle: '模糊测试' });
    outcomes.drafts++;
  } catch (error) {
    // A fault would be a plain Error; the worker dying (memory, time) is a GaojiangError whose message says so.
    expect(error).toBeInstanceOf(GaojiangError);
    expect((error as GaojiangError).userMessage).toMatch(CHINESE);
    expect((error as GaojiangError).userMessage).not.toMatch(/文件过大或结构异常/);
    outcomes.refused++;
  }
}

describe('structure-aware fuzzing of the import', () => {
  it(`${RUNS.text} text files`, async () => {
    await fc.assert(
      fc.asyncProperty(fuzzTextBytes, async (bytes) => {
        let text: string | undefined;
        try {
          text = decodeChineseBytes(bytes).text;
        } catch (error) {
          expect(error).toBeInstanceOf(GaojiangError);
          outcomes.refused++;
          return;
        }
        await importOne(() => ({ kind: 'text', text }));
      }),
      { numRuns: RUNS.text },
    );
  }, 600_000);

  it(`${RUNS.html} web pages`, async () => {
    await fc.assert(fc.asyncProperty(fuzzHtml, (html) => importOne(() => ({ kind: 'html', html }))), { numRuns: RUNS.html });
  }, 600_000);

  it(`${RUNS.docx} Word documents`, async () => {
    await fc.assert(fc.asyncProperty(fuzzDocx, (bytes) => importOne(() => ({ kind: 'docx', bytes }))), { numRuns: RUNS.docx });
  }, 600_000);

  afterAll(() => {
    process.stdout.write(`import_fuzz: text ${RUNS.text}, html ${RUNS.html}, docx ${RUNS.docx}; ${outcomes.drafts} drafts, ${outcomes.refused} refused in Chinese\n`);
  });
});
