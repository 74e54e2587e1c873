import { describe, expect, it } from 'vitest';
import { importDocument } from '../../core/import/import-document.js';
import { draftTitle } from '../../core/model/text.js';
import type { Draft } from '../../core/model/schema.js';
import {
  COMPILATION,
  COMPILATION_VOLUME_TITLE,
  NEWS_SIMPLIFIED,
  NEWS_TRADITIONAL_HEADINGS,
  SPEECHES,
  type ExpectedDraft,
} from '../fixtures/import/corpus-expected.js';
import { readCorpus } from '../support/corpus.js';
import { headingTexts, kinds, numberedLabels, pointLeads, printedText, squeeze } from '../support/import-helpers.js';

const importCorpus = (name: string, keepTraditional = false) =>
  importDocument({ kind: 'text', text: readCorpus(`${name}.txt`) }, { fallbackTitle: name, keepTraditional, keepHalfWidthPunctuation: true });

function expectStructure(draft: Draft, expected: ExpectedDraft): void {
  expect(draftTitle(draft)).toBe(expected.title);
  expect(kinds(draft)).toEqual(expected.kinds);
  if (expected.labels) expect(numberedLabels(draft)).toEqual(expected.labels);
  if (expected.headings) expect(headingTexts(draft)).toEqual(expected.headings);
  if (expected.leads) expect(pointLeads(draft)).toEqual(expected.leads);
}

describe('importing ../shared/corpus', () => {
  it('speeches-excerpts: run-in points, run-in 一、 headings, 一是 inside a paragraph; no title, so the file name', async () => {
    const result = await importCorpus('speeches-excerpts');
    expect(result.drafts).toHaveLength(1);
    expectStructure(result.drafts[0]!, SPEECHES);
    expect(result.drafts[0]!.numbering).toMatchObject({ heading1: 'chinese-dun', point: 'yi-shi' });
    expect(result.detected).toMatchObject({ sourceKind: 'text', traditional: false, convertedToSimplified: false });
    // Nothing of the text is lost: the printed draft is the source with its numbers where they were.
    expect(squeeze(printedText(result.drafts[0]!)).replace(/^speeches-excerpts/, '')).toBe(squeeze(readCorpus('speeches-excerpts.txt')));
  });

  it('compilation-two-articles: split at 第1篇/第2篇 into two drafts, the volume title kept aside', async () => {
    const result = await importCorpus('compilation-two-articles');
    expect(result.volume).toEqual({ title: COMPILATION_VOLUME_TITLE, preface: [] });
    expect(result.drafts).toHaveLength(2);
    result.drafts.forEach((draft, i) => {
      expectStructure(draft, COMPILATION[i]!);
      expect(draft.numbering.point).toBe('none');
      expect(draft.meta.genre).toBe('研讨发言');
    });
    // Every article sentence is in one of the drafts; only the volume title and the 第N篇 markers are not.
    const source = squeeze(readCorpus('compilation-two-articles.txt'))
      .replace(squeeze(COMPILATION_VOLUME_TITLE), '')
      .replace(/第[12]篇:/g, '');
    expect(result.drafts.map((d) => squeeze(printedText(d))).join('')).toBe(source);
  });

  it('news-summary-traditional: converted to simplified, unnumbered short headings, copyright footer removed', async () => {
    const result = await importCorpus('news-summary-traditional');
    expect(result.detected).toMatchObject({ traditional: true, convertedToSimplified: true });
    const draft = result.drafts[0]!;
    expectStructure(draft, NEWS_SIMPLIFIED);
    // The headings' level is styled 'none': numbering is derived, and these had none.
    expect(draft.numbering.heading1).toBe('none');
    const text = printedText(draft);
    expect(text).not.toMatch(/Copyright|people\.com\.cn|rights reserved/);
    expect(text).not.toMatch(/[書學習會領導發]/);
    expect(text).toContain('(本报记者 李灿 陆乐)');
    expect(result.notes).toContainEqual(expect.objectContaining({ kind: 'removed', line: 46, message: '版权声明' }));
    // The subtitle under the title stays body text, flagged for a person to check.
    expect(result.notes).toContainEqual(expect.objectContaining({ kind: 'review', line: 2 }));
  });

  it('news-summary-traditional with keepTraditional: the same structure in traditional characters', async () => {
    const result = await importCorpus('news-summary-traditional', true);
    expect(result.detected).toMatchObject({ traditional: true, convertedToSimplified: false });
    const draft = result.drafts[0]!;
    expect(draftTitle(draft)).toBe('以先行者之姿 書寫高質量答卷');
    expect(headingTexts(draft)).toEqual(NEWS_TRADITIONAL_HEADINGS);
    expect(printedText(draft)).not.toMatch(/Copyright/);
    // Apart from the removed footer, the text is exactly the source's.
    const source = readCorpus('news-summary-traditional.txt').replace(/Copyright.*$/m, '');
    expect(squeeze(printedText(draft))).toBe(squeeze(source));
  });
});
