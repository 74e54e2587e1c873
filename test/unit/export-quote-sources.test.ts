import { describe, expect, it } from 'vitest';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { ExportOptionsSchema } from '../../core/export/options.js';
import { footnoteText, SOURCE_LIST_TITLE, sourceListEntries } from '../../core/export/quote-sources.js';
import type { Block, Draft } from '../../core/model/schema.js';
import { STUDY_SPEECH_QUOTE, studySpeechDraft } from '../fixtures/drafts.js';
import { attr, element, elements, paragraphs, readDocxParts } from '../support/docx-parts.js';

/** The study speech with a second quotation, one without a source (nothing to cite). */
function draftWithQuotes(): Draft {
  const draft = studySpeechDraft();
  const extra: Block = {
    type: 'paragraph',
    children: [
      { text: '正如' },
      { type: 'quote', speaker: '', children: [{ text: '江山就是人民，人民就是江山' }] },
      { text: '。' },
    ],
  };
  return { ...draft, children: [...draft.children.slice(0, 3), extra, ...draft.children.slice(3)] };
}

const noteTexts = (footnotesXml: string): string[] =>
  elements(footnotesXml, 'w:footnote')
    .filter((note) => !/w:type="(separator|continuationSeparator)"/.test(note))
    .map((note) => elements(note, 'w:t').map((t) => t.replace(/<[^>]+>/g, '')).join(''));

describe('export option 引文出处 (quoteSources)', () => {
  it('defaults to none: no footnotes part and no list, the same document as without the option', async () => {
    expect(ExportOptionsSchema.parse({}).quoteSources).toBe('none');
    const plain = readDocxParts(await exportDraftToDocx(draftWithQuotes()));
    const explicit = readDocxParts(await exportDraftToDocx(draftWithQuotes(), { quoteSources: 'none' }));
    expect(plain.document).toBe(explicit.document);
    expect(plain.document).not.toContain('w:footnoteReference');
    expect(plain.document).not.toContain(SOURCE_LIST_TITLE);
  });

  it('footnotes: a reference right after the closing ” of each sourced quotation, its footnote holding the source', async () => {
    const parts = readDocxParts(await exportDraftToDocx(draftWithQuotes(), { quoteSources: 'footnotes' }));
    expect(parts.names).toContain('word/footnotes.xml');
    expect(noteTexts(parts.part('word/footnotes.xml'))).toEqual(['习近平：《之江新语》。']);
    // The reference follows the run ending in ” and points at that footnote.
    const quoted = paragraphs(parts.document).find((p) => p.text.includes(STUDY_SPEECH_QUOTE));
    const runs = elements(quoted?.xml ?? '', 'w:r');
    const referenceAt = runs.findIndex((run) => run.includes('w:footnoteReference'));
    const textBefore = runs.slice(0, referenceAt).map((run) => elements(run, 'w:t').map((t) => t.replace(/<[^>]+>/g, '')).join('')).join('');
    expect(textBefore.endsWith(`${STUDY_SPEECH_QUOTE}”`)).toBe(true);
    const id = attr(element(runs[referenceAt] ?? '', 'w:footnoteReference') ?? '', 'w:id');
    expect(parts.part('word/footnotes.xml')).toContain(`w:id="${id}"`);
    // The relationship and content type Word needs to find the part.
    expect(parts.part('word/_rels/document.xml.rels')).toContain('footnotes.xml');
    expect(parts.part('[Content_Types].xml')).toContain('footnotes+xml');
    // The unsourced quotation gets no reference: one reference in the whole document.
    expect(elements(parts.document, 'w:footnoteReference')).toHaveLength(1);
    expect(parts.document).not.toContain(SOURCE_LIST_TITLE);
  });

  it('endnote-list: 引文出处 and a numbered entry per sourced quotation after the text', async () => {
    const parts = readDocxParts(await exportDraftToDocx(draftWithQuotes(), { quoteSources: 'endnote-list' }));
    const texts = paragraphs(parts.document).map((p) => p.text);
    const at = texts.indexOf(SOURCE_LIST_TITLE);
    expect(at).toBeGreaterThan(texts.indexOf('2025年6月12日'));
    expect(texts.slice(at + 1)).toEqual([`1. “${STUDY_SPEECH_QUOTE}”（习近平，《之江新语》）`]);
    expect(parts.document).not.toContain('w:footnoteReference');
  });

  it('writes the texts with the speaker when there is one, and lists a repeated quotation once', () => {
    const quote = { type: 'quote' as const, speaker: '习近平总书记', source: '《之江新语》，2007年3月', children: [{ text: '干在实处' }] };
    expect(footnoteText(quote)).toBe('习近平总书记：《之江新语》，2007年3月。');
    expect(footnoteText({ ...quote, speaker: '' })).toBe('《之江新语》，2007年3月。');
    expect(footnoteText({ ...quote, source: ' ' })).toBeUndefined();
    const draft = studySpeechDraft();
    const twice: Draft = { ...draft, children: [...draft.children, { type: 'paragraph', children: [{ text: '' }, quote, { text: '' }] }, { type: 'paragraph', children: [{ text: '' }, quote, { text: '' }] }] };
    expect(sourceListEntries(twice)).toEqual([`“${STUDY_SPEECH_QUOTE}”（习近平，《之江新语》）`, '“干在实处”（习近平总书记，《之江新语》，2007年3月）']);
  });

  it('adds no list when no quotation has a source', async () => {
    const draft = studySpeechDraft();
    const unsourced: Draft = {
      ...draft,
      children: draft.children.map((block) => ({
        ...block,
        children: block.children.map((inline) => ('type' in inline ? { ...inline, source: '' } : inline)),
      })) as Block[],
    };
    const parts = readDocxParts(await exportDraftToDocx(unsourced, { quoteSources: 'endnote-list' }));
    expect(parts.document).not.toContain(SOURCE_LIST_TITLE);
  });
});
