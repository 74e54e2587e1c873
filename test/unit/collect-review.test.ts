import { describe, expect, it } from 'vitest';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { createDraft } from '../../core/model/create.js';
import type { Block, Draft } from '../../core/model/schema.js';
import { variedArticles } from '../fixtures/collect-drafts.js';
import { docxParagraphTexts } from '../support/docx-text.js';
import { localServices } from '../support/local-services.js';

const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

function draftWith(title: string, author: string, body: string[]): Draft {
  const draft = createDraft(title, { author, unit: '办公室' });
  const blocks: Block[] = body.map((text) => ({ type: 'paragraph', children: [{ text }] }));
  return { ...draft, children: [...draft.children.filter((block) => block.type === 'title' || block.type === 'author-line'), ...blocks] };
}

/** A .docx 稿匠 exported: it re-imports exactly, half-width marks included (as a member's file may hold them). */
const docxOf = async (draft: Draft) => ({ kind: 'docx' as const, bytes: await exportDraftToDocx(draft) });

async function batch() {
  const { services } = localServices();
  const collection = await services.saveCollection({ fields: { theme: '主题教育专题研讨', organizerUnit: '机关党委' } });
  await services.importRoster({ collectionId: collection.id, csv: utf8('姓名,单位\n作者甲,办公室\n作者乙,办公室\n作者丙,财务科\n作者丁,人事科\n') });
  const [, copiedFrom] = variedArticles(2, 7);
  const roster = (await services.collectionOverview({ id: collection.id })).roster;
  const memberId = (name: string) => roster.find((member) => member.name === name)!.id;
  const a = await services.importSubmission({
    collectionId: collection.id,
    file: { name: '作者甲.docx', source: await docxOf(draftWith('学习体会', '作者甲', ['我们要深入学习,提高认识;做到知行合一!', '要把学习成果转化为推动工作的实际成效。'])) },
  });
  const b = await services.importSubmission({ collectionId: collection.id, memberId: memberId('作者乙'), file: { name: '作者乙.docx', source: await docxOf(copiedFrom!) } });
  const c = await services.importSubmission({ collectionId: collection.id, memberId: memberId('作者丙'), file: { name: '作者丙.docx', source: await docxOf(copiedFrom!) } });
  return { services, collectionId: collection.id, ids: [a.submission.id, b.submission.id, c.submission.id] as const };
}

// Imports through the isolated worker and 体检 with the word segmenter: seconds on a busy machine.
describe('汇编前检查 (#15 item 1)', { timeout: 30_000 }, () => {
  it('names copies over the threshold, 体检 errors, punctuation to fix and members who have not handed in', async () => {
    const { services, collectionId, ids } = await batch();
    const review = await services.reviewCompile({ collectionId, submissionIds: [...ids] });
    expect(review.similar.map((row) => row.submissionId).sort()).toEqual([ids[1], ids[2]].sort());
    expect(review.similar[0]?.share).toBeGreaterThan(review.threshold);
    expect(review.similar[0]?.sourceName).toMatch(/作者[乙丙]：/);
    expect(review.missing).toEqual([expect.objectContaining({ name: '作者丁', unit: '人事科' })]);
    const punctuation = review.punctuation.find((row) => row.submissionId === ids[0]);
    expect(punctuation?.fixes).toBeGreaterThanOrEqual(3);
    expect(punctuation?.name).toBe('作者甲：学习体会');
    const errors = review.checkErrors.find((row) => row.submissionId === ids[0]);
    expect(errors?.errors).toBeGreaterThan(0);
    expect(errors?.examples.join('')).toMatch(/半角|，/);
    // Only the chosen submissions are reviewed: 作者乙 left out, 作者丙's copy of them is still found.
    const some = await services.reviewCompile({ collectionId, submissionIds: [ids[2]] });
    expect(some.similar.map((row) => row.submissionId)).toEqual([ids[2]]);
    expect(some.punctuation).toEqual([]);
  });

  it('整理标点 fixes every chosen submission as a new version and keeps the member’s own', async () => {
    const { services, collectionId, ids } = await batch();
    const before = await services.compileSubmissions({ collectionId, submissionIds: [ids[0]], title: '汇编' });
    expect(docxParagraphTexts(before.bytes)).toContain('我们要深入学习,提高认识;做到知行合一!');

    const cleaned = await services.cleanPunctuation({ collectionId, submissionIds: [...ids] });
    expect(cleaned.changed.map((entry) => entry.submissionId)).toEqual([ids[0]]);
    expect(cleaned.fixes).toBeGreaterThanOrEqual(3);
    const history = (await services.submissionHistory({ id: ids[0] })).versions;
    expect(history.map((v) => [v.version, v.origin, v.fileName])).toEqual([
      [2, '整理标点', '作者甲.docx'],
      [1, '收到', '作者甲.docx'],
    ]);
    const overview = await services.collectionOverview({ id: collectionId });
    expect(overview.submissions.find((s) => s.id === ids[0])).toMatchObject({ version: 2, status: '已交', submitter: '作者甲' });

    const after = docxParagraphTexts((await services.compileSubmissions({ collectionId, submissionIds: [ids[0]], title: '汇编' })).bytes);
    expect(after).toContain('我们要深入学习，提高认识；做到知行合一！');
    expect(after.join('')).not.toMatch(/[,;!]/);
    // Nothing left to fix: a second run adds no version.
    expect((await services.cleanPunctuation({ collectionId, submissionIds: [ids[0]] })).changed).toEqual([]);
    expect((await services.reviewCompile({ collectionId, submissionIds: [ids[0]] })).punctuation).toEqual([]);
    expect((await services.submissionHistory({ id: ids[0] })).versions).toHaveLength(2);
  });
});
