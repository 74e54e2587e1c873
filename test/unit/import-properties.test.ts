import { strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GaojiangError } from '../../core/errors.js';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { cleanupLines } from '../../core/import/cleanup.js';
import { DRAFT_PART_PATH } from '../../core/import/embedded-draft.js';
import { importDocument } from '../../core/import/import-document.js';
import { importText } from '../../core/import/import-text.js';
import { linesFromText, type SourceLine } from '../../core/import/source-lines.js';
import { draftFromLines } from '../../core/import/structure.js';
import { DraftSchema, type Block, type Draft } from '../../core/model/schema.js';
import { blockText } from '../../core/model/text.js';
import { draftOf } from '../fixtures/checks/build.js';
import { JUNK_PAGES } from '../fixtures/import/junk-pages.js';
import { readCorpus } from '../support/corpus.js';
import { squeeze } from '../support/import-helpers.js';

/**
 * Properties of the import (fast-check): cleanup is idempotent and never
 * drops an article sentence, structure recognition never throws, and
 * export → import keeps the text — 10,000 cases each. The round trip costs
 * some 8 ms a draft (mostly mammoth), about 85 s in all here;
 * IMPORT_ROUNDTRIP_RUNS / IMPORT_PROPERTY_RUNS change the counts.
 */
const RUNS = Number(process.env['IMPORT_PROPERTY_RUNS'] ?? 10_000);
const ROUNDTRIP_RUNS = Number(process.env['IMPORT_ROUNDTRIP_RUNS'] ?? 10_000);

const corpus = ['speeches-excerpts.txt', 'compilation-two-articles.txt'].map(readCorpus).join('\n');
/** Article sentences as cleanup must keep them: long, Chinese, ending a sentence. */
const ARTICLE_SENTENCES = [...new Set(corpus.split(/(?<=[。！？])/).map((s) => s.trim()))].filter((s) => s.length > 55 && s.length < 200 && !/^\d/.test(s));
const FRAGMENTS = [...new Set(corpus.split(/(?<=[。，；：！？])/).map((s) => s.trim()))].filter((s) => s.length >= 2 && s.length <= 40);
/** Junk lines from real pages (navigation, log-in, prices, footers…), and markers recognition reacts to. */
const JUNK = [...new Set(JUNK_PAGES.flatMap((page) => page.text.split('\n')).map((line) => line.trim()).filter((line) => line !== '' && line.length < 60))];
const MARKERS = ['一是', '二是', '三是', '一、', '二、', '（一）', '（二）', '1.', '2.', '（1）', '首先，', '其次，', '第一，', '—2—', '- 3 -', '2、', '12', '以上发言，不当之处，请批评指正。', '谢谢大家！', '张三', '2026年11月24日', '　', ' '];

const printCases = (property: string, count: number) => console.log(`import_property ${property}: ${count.toLocaleString('en')} cases`);

/** Checks `check` on RUNS generated values, then prints and verifies how many ran. */
function assertCounted<T>(property: string, values: fc.Arbitrary<T>, check: (value: T) => void): void {
  let cases = 0;
  fc.assert(
    fc.property(values, (value) => {
      check(value);
      cases++;
    }),
    { numRuns: RUNS },
  );
  printCases(property, cases);
  expect(cases).toBe(RUNS);
}

describe('cleanup (property)', () => {
  const line = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ARTICLE_SENTENCES) },
    { weight: 2, arbitrary: fc.constantFrom(...JUNK) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...MARKERS), fc.constantFrom(...FRAGMENTS)).map(([m, f]) => m + f) },
    { weight: 1, arbitrary: fc.constantFrom(...MARKERS) },
  );
  const lines = fc.array(line, { minLength: 1, maxLength: 12 }).map((texts): SourceLine[] => texts.map((text, i) => ({ text, line: i + 1 })));

  it(`is idempotent and never drops an article sentence (${RUNS} cases)`, () => {
    assertCounted('cleanup', lines, (source) => {
      const once = cleanupLines(source);
      const twice = cleanupLines(once.lines);
      expect(twice.lines.map((l) => l.text)).toEqual(once.lines.map((l) => l.text));
      const kept = squeeze(once.lines.map((l) => l.text).join(''));
      for (const { text } of source) if (ARTICLE_SENTENCES.includes(text)) expect(kept, `dropped: ${text}`).toContain(squeeze(text));
    });
  }, 60_000);
});

describe('structure recognition (property)', () => {
  const text = fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
        { weight: 2, arbitrary: fc.constantFrom(...MARKERS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
        { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '“', '”', '：', '。', '**', '<b>', '\u2028') },
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));

  it(`never throws, and gives valid drafts (${RUNS} cases)`, () => {
    assertCounted('structure', text, (source) => {
      const lines = linesFromText(source);
      if (lines.length > 0) expect(DraftSchema.safeParse(draftFromLines(lines).draft).success).toBe(true);
      // The whole text import: a draft, or (empty text) a Chinese error.
      try {
        for (const draft of importText(source).drafts) expect(DraftSchema.safeParse(draft).success).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(GaojiangError);
        expect(lines).toEqual([]);
      }
    });
  }, 60_000);
});

describe('export → import (property)', () => {
  // Words as the editor holds them: numbers are derived, so none is typed at the start of a block.
  const WORDS = FRAGMENTS.filter((f) => !/^([一二三四五六七八九十]+[是、]|[（(]|\d|第[一二三四五六七八九十]|首先|其次|最后)/.test(f));
  const leafText = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
  const block: fc.Arbitrary<Block> = fc.oneof(
    fc.tuple(leafText, fc.option(leafText, { nil: undefined }), fc.boolean()).map(([t, q, bold]): Block => ({
      type: 'paragraph',
      children: q === undefined ? [{ text: t, ...(bold ? { bold: true } : {}) }] : [{ text: t }, { type: 'quote', speaker: '习近平', children: [{ text: q }] }, { text: '。' }],
    })),
    fc.tuple(leafText, leafText).map(([lead, rest]): Block => ({ type: 'point', children: [{ text: lead, lead: true }, { text: rest }] })),
    fc.tuple(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, leafText).map(([level, t]): Block => ({ type: 'heading', level, children: [{ text: t }] })),
    leafText.map((t): Block => ({ type: 'closing', children: [{ text: t }] })),
  );
  const draft: fc.Arbitrary<Draft> = fc
    .tuple(leafText, fc.array(block, { minLength: 1, maxLength: 8 }))
    .map(([title, blocks]) => draftOf([{ type: 'title', children: [{ text: title }] }, ...blocks]));

  /** The exported .docx without the embedded draft: what Word or WPS gives back after an edit. */
  const withoutEmbeddedDraft = (bytes: Uint8Array): Uint8Array => {
    const files = unzipSync(bytes);
    files[DRAFT_PART_PATH] = strToU8('<?xml version="1.0" encoding="UTF-8"?><other xmlns="urn:example:not-gaojiang"/>');
    return zipSync(files);
  };

  /**
   * Twenty-five generated drafts go into one document, as a compilation (每篇 starts
   * with its title, which restarts the numbering): the exporter and mammoth
   * cost less per draft that way.
   */
  const PER_DOCUMENT = 25;
  const documents = fc.array(draft, { minLength: PER_DOCUMENT, maxLength: PER_DOCUMENT }).map((drafts) => draftOf(drafts.flatMap((d) => d.children)));

  it(`keeps the text, and restores a 稿匠 .docx exactly (${ROUNDTRIP_RUNS} drafts)`, async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(documents, async (original) => {
        const bytes = await exportDraftToDocx(original);
        expect((await importDocument({ kind: 'docx', bytes })).drafts).toEqual([original]);
        // Read from the printed text alone, every block's words come back, in order.
        const fromText = await importDocument({ kind: 'docx', bytes: withoutEmbeddedDraft(bytes) }, { keepHalfWidthPunctuation: true });
        const imported = squeeze(fromText.drafts.flatMap((d) => d.children.map(blockText)).join(''));
        let at = 0;
        for (const block of original.children) {
          const words = squeeze(blockText(block));
          const found = imported.indexOf(words, at);
          expect(found, `lost or reordered: ${words}`).toBeGreaterThanOrEqual(0);
          at = found + words.length;
        }
        cases += PER_DOCUMENT;
      }),
      { numRuns: Math.ceil(ROUNDTRIP_RUNS / PER_DOCUMENT) },
    );
    console.log(`import_property export-import: ${cases.toLocaleString('en')} drafts in ${(cases / PER_DOCUMENT).toLocaleString('en')} documents`);
    expect(cases).toBeGreaterThanOrEqual(ROUNDTRIP_RUNS);
  }, 3_600_000);
});
