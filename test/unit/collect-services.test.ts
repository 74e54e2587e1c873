import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { ALLOW_ANY_PATH } from '../../core/node/file-system.js';
import { createNodeServiceImplementation } from '../../core/node/services.js';
import { createLocalServices } from '../../core/services/local.js';
import { variedArticles } from '../fixtures/collect-drafts.js';
import { readCorpus, REPO_ROOT } from '../support/corpus.js';
import { docxParagraphTexts } from '../support/docx-text.js';
import { expectUserError } from '../support/errors.js';
import { tempDir } from '../support/temp-dir.js';

function setUp() {
  const implementation = createNodeServiceImplementation({
    policy: ALLOW_ANY_PATH,
    libraryDir: tempDir(),
    templatesDir: path.join(REPO_ROOT, 'templates'),
    trackRecent: false,
  });
  return createLocalServices(implementation);
}

const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

async function collectionWithRoster(services: ReturnType<typeof setUp>) {
  const collection = await services.saveCollection({ fields: { theme: '主题教育专题研讨', deadline: '2026-12-01', organizerUnit: '机关党委' } });
  const roster = await services.importRoster({ collectionId: collection.id, csv: utf8('\uFEFF姓名,单位\n作者甲,办公室\n作者乙,财务科\n作者丙,办公室\n李四,人事科\n') });
  expect(roster).toEqual({ added: 4, problems: [] });
  return collection;
}

describe('collection services', () => {
  it('imports submissions, matches them, keeps versions and reports status', async () => {
    const services = setUp();
    const { id } = await collectionWithRoster(services);
    const [a, b] = variedArticles(2);
    const docx = await exportDraftToDocx(a!);
    const first = await services.importSubmission({ collectionId: id, file: { name: '研讨发言.docx', source: { kind: 'docx', bytes: docx } } });
    expect(first.matchedBy).toBe('author-line');
    expect(first.submission).toMatchObject({ submitter: '作者甲', status: '已交', version: 1 });

    const byName = await services.importSubmission({ collectionId: id, file: { name: '李四-心得体会.txt', source: { kind: 'text', text: readCorpus('speeches-excerpts.txt') } } });
    expect(byName.matchedBy).toBe('file-name');
    const unmatched = await services.importSubmission({ collectionId: id, file: { name: '无名.txt', source: { kind: 'text', text: '关于学习的体会\n\n一、提高认识。我们要深入学习。' } } });
    expect(unmatched.matchedBy).toBeUndefined();

    const again = await services.importSubmission({ collectionId: id, file: { name: '作者甲-修改稿.docx', source: { kind: 'docx', bytes: docx } } });
    expect(again.submission).toMatchObject({ id: first.submission.id, version: 2 });
    expect((await services.submissionHistory({ id: first.submission.id })).versions.map((v) => v.fileName)).toEqual(['作者甲-修改稿.docx', '研讨发言.docx']);

    const bDocx = await exportDraftToDocx(b!);
    const second = await services.importSubmission({ collectionId: id, file: { name: 'x.docx', source: { kind: 'docx', bytes: bDocx } } });
    await services.updateSubmission({ id: second.submission.id, status: '已退回', note: '字数不足' });

    const overview = await services.collectionOverview({ id });
    expect(overview.counts).toEqual({ 未交: 1, 已交: 2, 已退回: 1, 已收录: 0 });
    expect(overview.unassignedIds).toEqual([unmatched.submission.id]);
    expect(overview.reminder).toContain('尚未交稿（1 人）：\n办公室：作者丙');
    expect(overview.reminder).toContain('退回修改待重交（1 人）：\n财务科：作者乙');

    const listed = await services.listCollections({});
    expect(listed.collections[0]).toMatchObject({ memberCount: 4, submittedCount: 3 });
  });

  it('names a 范文 that could not be read in the report and compares with the others', async () => {
    const services = setUp();
    const { id } = await collectionWithRoster(services);
    const corpus = readCorpus('speeches-excerpts.txt');
    await services.importSubmission({ collectionId: id, file: { name: '作者丙-体会.txt', source: { kind: 'text', text: `学习体会\n\n${corpus}` } } });
    const references = [
      { name: '网上范文3.docx', source: { kind: 'docx' as const, bytes: utf8('not a zip') } },
      { name: '网上范文4.txt', source: { kind: 'text' as const, text: corpus } },
    ];
    const { report } = await services.checkCollectionSimilarity({ collectionId: id, references });
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'unreadable', name: '网上范文3.docx', message: expect.stringMatching(/^参考范文“网上范文3\.docx”无法读取/) })]);
    expect(report.submissions[0]?.sources[0]).toMatchObject({ name: '网上范文4.txt', kind: 'reference' });
  });

  it('checks similarity against uploaded 范文 and compiles in the chosen order', async () => {
    const services = setUp();
    const { id } = await collectionWithRoster(services);
    const corpus = readCorpus('speeches-excerpts.txt');
    const paragraphs = corpus.split('\n').filter((line) => line.length > 60);
    const copied = `学习体会\n\n${paragraphs.slice(0, 2).join('\n')}\n我们要立足岗位，把学习成果转化为推动工作的实际成效，以实干实绩检验学习成效。`;
    const submitted = await services.importSubmission({ collectionId: id, file: { name: '作者丙-体会.txt', source: { kind: 'text', text: copied } } });
    const own = await services.importSubmission({ collectionId: id, file: { name: '作者甲.docx', source: { kind: 'docx', bytes: await exportDraftToDocx(variedArticles(1)[0]!) } } });

    const { report, texts } = await services.checkCollectionSimilarity({
      collectionId: id,
      references: [{ name: 'speeches-excerpts.txt', source: { kind: 'text', text: corpus } }],
      threshold: 0.3,
    });
    const flagged = report.submissions.find((s) => s.id === submitted.submission.id);
    expect(flagged?.exceeds).toBe(true);
    expect(flagged?.sources[0]).toMatchObject({ name: 'speeches-excerpts.txt', kind: 'reference' });
    expect(texts.map((t) => t.name)).toContain('speeches-excerpts.txt');
    // Passages are not in the report: the page asks for a pair's when it opens it.
    const textOf = (textId: string) => texts.find((t) => t.id === textId)!;
    const [mine, reference] = [textOf(submitted.submission.id), textOf(flagged!.sources[0]!.id)];
    const { passages } = await services.similarityPassages({ text: mine, other: reference });
    expect(passages.length).toBeGreaterThan(0);
    // The import turned the corpus's half-width ,;: into full width: compare with widths folded.
    for (const passage of passages) expect(corpus.normalize('NFKC')).toContain(mine.text.slice(passage.start, passage.end).normalize('NFKC'));
    const word = await services.exportSimilarityReport({ report, texts, title: '查重报告' });
    expect(word.fileName).toBe('查重报告.docx');
    expect(docxParagraphTexts(word.bytes).join('\n')).toContain('speeches-excerpts.txt');

    const compiled = await services.compileSubmissions({ collectionId: id, submissionIds: [own.submission.id, submitted.submission.id], title: '研讨材料汇编', unit: '机关党委', date: '2026-12-02' });
    expect(compiled.fileName).toBe('研讨材料汇编.docx');
    expect(compiled.articles.map((a) => [a.number, a.source])).toEqual([
      [1, '作者甲.docx'],
      [2, '作者丙-体会.txt'],
    ]);
    const lines = docxParagraphTexts(compiled.bytes);
    expect(lines.indexOf('第1篇')).toBeLessThan(lines.indexOf('第2篇'));
    // 作者丙's text names no writer: the 汇编 signs it from the roster, under its title and in the 目录.
    expect(lines.slice(lines.indexOf('第2篇'), lines.indexOf('第2篇') + 4)).toEqual(['第2篇', '学习体会', '', '办公室 作者丙']);
    expect(lines.some((line) => line.startsWith('学习体会\u3000作者丙（办公室）'))).toBe(true);
  });

  it('refuses bad input with Chinese messages', async () => {
    const services = setUp();
    await expectUserError(() => services.saveCollection({ fields: { theme: ' ' } }), 'invalid-input', /fields.theme/);
    await expectUserError(() => services.collectionOverview({ id: 'nope' }), 'file-not-found', /没有找到这个征集/);
    const { id } = await services.saveCollection({ fields: { theme: '研讨' } });
    await expectUserError(() => services.importRoster({ collectionId: id, csv: utf8('单位\n办公室\n') }), 'invalid-input', /姓名/);
    await expectUserError(() => services.compileSubmissions({ collectionId: id, submissionIds: ['x'], title: '汇编' }), 'file-not-found', /没有找到这份稿件/);
    await expectUserError(() => services.compileSubmissions({ collectionId: id, submissionIds: ['x', 'x'], title: '汇编' }), 'invalid-input', /同一篇稿件选了两次/);
  });
});
