/**
 * Import benchmark: a 20-page .docx made by our exporter from corpus text
 * (22 lines × 28 characters a page: ~12,500 characters), imported back.
 * `import_docx_ms` is the full path a foreign Word file takes (mammoth,
 * 繁简 detection, cleanup, structure recognition): the embedded 稿匠 draft
 * is replaced by a foreign custom XML part so it cannot short-cut.
 * `import_docx_restore_ms` is a 稿匠 .docx restored from its embedded draft.
 * `import_html_page_ms` is a ~100 KB web page (menus, a sidebar of links, the
 * article in its own region) through linkedom, Readability and the line
 * stage; `import_html_adversarial_ms` the slowest of the adversarial markup
 * of test/fixtures/import/hostile-inputs.ts (issue #14: 120 KB of "<a " took
 * the old tokenizer 26 s). Wired into bench/run.ts by the caller.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { exportDraftToDocx } from '../core/export/docx.js';
import { DRAFT_PART_PATH } from '../core/import/embedded-draft.js';
import { importDocument } from '../core/import/import-document.js';
import { ADVERSARIAL_HTML } from '../test/fixtures/import/hostile-inputs.js';
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

  const page = webPage(corpusSentences(corpusDir), 100 * 1024);
  report('import_html_page_ms', await medianMs(RUNS, () => importDocument({ kind: 'html', html: page })), `ms (${Math.round(page.length / 1024)} KB)`);
  let slowest = 0;
  for (const { html } of ADVERSARIAL_HTML) {
    slowest = Math.max(slowest, await medianMs(3, () => importDocument({ kind: 'html', html }).catch(() => undefined)));
  }
  report('import_html_adversarial_ms', slowest, 'ms (slowest case)');
}

/** A web page of about `chars` UTF-16 units: a menu, corpus paragraphs in an article region, a sidebar of links. */
function webPage(sentences: readonly string[], chars: number): string {
  const menu = `<div class="menu">${['首页', '心得体会', '工作总结', '发言材料', '登录'].map((word) => `<a href="/${word}">${word}</a>`).join(' | ')}</div>`;
  const sidebar = `<div class="sidebar"><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/p/${i}">推荐范文${i}</a></li>`).join('')}</ul></div>`;
  const paragraphs: string[] = [];
  let length = menu.length + sidebar.length;
  for (let i = 0; length < chars; i++) {
    const paragraph = `<p>${sentences.slice(i % sentences.length, (i % sentences.length) + 3).join('')}</p>\n`;
    paragraphs.push(paragraph);
    length += paragraph.length;
  }
  return `<html><head><title>学习心得体会_范文网</title></head><body>${menu}<div class="article"><h1>学习心得体会</h1>${paragraphs.join('')}</div>${sidebar}</body></html>`;
}
