import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { DRAFT_PART_PATH, draftPartXml, parseDraftPart } from '../../core/import/embedded-draft.js';
import { importDocument } from '../../core/import/import-document.js';
import { instantiateTemplate } from '../../core/templates/instantiate.js';
import { parseTemplate } from '../../core/templates/load.js';
import type { Draft } from '../../core/model/schema.js';
import { longDraft, studySpeechDraft } from '../fixtures/drafts.js';
import { editDocx } from '../fixtures/import/zip-builders.js';
import { corpusFiles, REPO_ROOT } from '../support/corpus.js';
import { kinds, printedText } from '../support/import-helpers.js';

const TEMPLATES_DIR = path.join(REPO_ROOT, 'templates');
const templateDrafts: [string, Draft][] = readdirSync(TEMPLATES_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((file) => {
    const template = parseTemplate(file, readFileSync(path.join(TEMPLATES_DIR, file), 'utf8'));
    const values = { theme: '学习“千万工程”“浦江经验”', role: '交通运输执法队队员', unit: '某某县交通运输执法队', author: '张三', date: '2026-11-24' };
    return [template.id, instantiateTemplate(template, values)];
  });

const importDocx = (bytes: Uint8Array) => importDocument({ kind: 'docx', bytes });

async function corpusDrafts(): Promise<[string, Draft][]> {
  const out: [string, Draft][] = [];
  for (const file of corpusFiles()) {
    const result = await importDocument({ kind: 'text', text: readFileSync(file, 'utf8') }, { fallbackTitle: path.basename(file, '.txt') });
    result.drafts.forEach((draft, i) => out.push([`${path.basename(file)} #${i + 1}`, draft]));
  }
  return out;
}

describe('export → import restores the draft exactly (the draft rides in customXml/item1.xml)', () => {
  it.each(templateDrafts)('template %s', async (_, draft) => {
    const result = await importDocx(await exportDraftToDocx(draft));
    expect(result.detected.restoredEmbeddedDraft).toBe(true);
    expect(result.drafts).toEqual([draft]);
  });

  it('every imported corpus draft, with both font profiles and without the author line', async () => {
    for (const [name, draft] of await corpusDrafts()) {
      for (const options of [{}, { fonts: 'windows' as const, printAuthorLine: false }]) {
        const result = await importDocx(await exportDraftToDocx(draft, options));
        expect(result.drafts, name).toEqual([draft]);
      }
    }
  });

  it('the study speech (quotations with ids, bold, all block kinds) and a long draft', async () => {
    for (const draft of [studySpeechDraft(), longDraft(2_000)]) {
      expect((await importDocx(await exportDraftToDocx(draft))).drafts).toEqual([draft]);
    }
  });

  it('carries the author the printed author line names, not a stale wizard value', async () => {
    const draft = studySpeechDraft();
    const retyped: Draft = {
      ...draft,
      meta: { ...draft.meta, author: '李明', unit: '某某县委办公室' },
      children: draft.children.map((block) => (block.type === 'author-line' ? { ...block, children: [{ text: '某某县农业农村局 刘洋' }] } : block)),
    };
    const [restored] = (await importDocx(await exportDraftToDocx(retyped))).drafts;
    expect(restored?.meta).toMatchObject({ author: '刘洋', unit: '某某县农业农村局' });
  });

  it('survives text XML forbids (control characters) inside the draft', async () => {
    const draft = studySpeechDraft();
    const tricky: Draft = { ...draft, meta: { ...draft.meta, theme: 'a\u0001b\uFFFE<&>]]>' } };
    const json = parseDraftPart(draftPartXml(tricky));
    expect(json).toEqual(tricky);
    expect((await importDocx(await exportDraftToDocx(tricky))).drafts).toEqual([tricky]);
  });
});

describe('a 稿匠 .docx edited afterwards', () => {
  it('is recognised again from its text when the text changed in Word, with a note', async () => {
    const draft = studySpeechDraft();
    const bytes = await exportDraftToDocx(draft);
    const files = unzipSync(bytes);
    const edited = strFromU8(files['word/document.xml']!).replace('深受启发', '深受教育');
    const result = await importDocx(editDocx(bytes, { 'word/document.xml': edited }));
    expect(result.detected.restoredEmbeddedDraft).toBe(false);
    expect(printedText(result.drafts[0]!)).toContain('深受教育');
    expect(result.notes).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/改过文字/) }));
    // Recognition still finds the structure from the printed labels.
    expect(kinds(result.drafts[0]!)).toContain('pt');
  });

  it('falls back to the text when the embedded draft is damaged', async () => {
    const bytes = await exportDraftToDocx(studySpeechDraft());
    const damaged = editDocx(bytes, { [DRAFT_PART_PATH]: draftPartXml(studySpeechDraft()).replace('"schemaVersion":1', '"schemaVersion":1,"x":1') });
    const result = await importDocx(damaged);
    expect(result.detected.restoredEmbeddedDraft).toBe(false);
    expect(result.notes).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/无法读取/) }));
  });
});
