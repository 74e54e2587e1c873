/**
 * Import benchmark: a 20-page .docx made by our exporter from corpus text
 * (22 lines × 28 characters a page: ~12,500 characters), imported back.
 * `import_docx_ms` is the full path a foreign Word file takes (mammoth,
 * 繁简 detection, cleanup, structure recognition): the embedded 稿匠 draft
 * is replaced by a foreign custom XML part so it cannot short-cut.
 * `import_docx_restore_ms` is a 稿匠 .docx restored from its embedded draft.
 * Wired into bench/run.ts by the caller.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { exportDraftToDocx } from '../core/export/docx.js';
import { DRAFT_PART_PATH } from '../core/import/embedded-draft.js';
import { importDocument } from '../core/import/import-document.js';
import { findCorpusDir, medianMs, type BenchReport } from './harness.js';
import { buildSampleDraft, corpusSentences } from './sample-drafts.js';

const PAGE_CHARS = 22 * 28;
const PAGES = 20;
const RUNS = 9;

export async function runImportBench(
  report: BenchReport,
  corpusDir: string = findCorpusDir(),
): Promise<void> {
  const draft = buildSampleDraft(corpusSentences(corpusDir), PAGES * PAGE_CHARS);
  const exported = await exportDraftToDocx(draft);
  const files = unzipSync(exported);
  files[DRAFT_PART_PATH] = strToU8('<?xml version="1.0" encoding="UTF-8"?><other xmlns="urn:example:not-gaojiang"/>');
  const foreign = zipSync(files);

  const recognised = await importDocument({ kind: 'docx', bytes: foreign });
  if (recognised.detected.restoredEmbeddedDraft || recognised.drafts.length !== 1) throw new Error('bench: the foreign .docx did not take the recognition path');
  report('import_docx_ms', await medianMs(RUNS, () => importDocument({ kind: 'docx', bytes: foreign })), 'ms');
  report('import_docx_restore_ms', await medianMs(RUNS, () => importDocument({ kind: 'docx', bytes: exported })), 'ms');
  report('import_docx_kb', Math.round(foreign.length / 1024), 'KB');
}
