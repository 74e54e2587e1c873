import { describe, expect, it } from 'vitest';
import { findSimilarity, MIN_PASSAGE_CHARS, pairPassages, type SimilarityDocument } from '../../core/collect/similarity.js';
import { normalizeForComparison } from '../../core/collect/similarity-normalize.js';
import { similarityReportDocx } from '../../core/collect/similarity-docx.js';
import { similarityCsv } from '../../core/collect/similarity-report.js';
import { draftComparableText, plainComparableText } from '../../core/collect/similarity-text.js';
import { toSimplified } from '../../core/import/traditional.js';
import { createDraft } from '../../core/model/create.js';
import type { Block } from '../../core/model/schema.js';
import { parseCsv } from '../../core/quotes/csv.js';
import { extractQuotations } from '../../core/quotes/extract.js';
import { readCorpus } from '../support/corpus.js';
import { readDocxParts } from '../support/docx-parts.js';

const CONTENT = /[\p{L}\p{N}]/gu;
const contentChars = (text: string): number => text.match(CONTENT)?.length ?? 0;
const doc = (id: string, text: string): SimilarityDocument => ({ id, name: id, ...plainComparableText(text) });
const paragraphsOf = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => line.length > 60);

const SPEECHES = readCorpus('speeches-excerpts.txt');
const NEWS = readCorpus('news-summary-traditional.txt');
const COMPILATION = readCorpus('compilation-two-articles.txt');

/** A submission: three paragraphs of the (traditional) news summary, the copied paragraph, three more. */
function withCopiedParagraph(copied: string): string {
  const own = paragraphsOf(NEWS);
  return [...own.slice(0, 3), copied, ...own.slice(3, 6)].join('\n');
}

/** The copied paragraph's letters and digits outside the quotations extraction finds in it: what may count. */
function trueShare(submission: string, copied: string): number {
  const from = submission.indexOf(copied);
  const quoted = extractQuotations(submission)
    .filter((q) => q.start >= from && q.end <= from + copied.length)
    .reduce((sum, q) => sum + contentChars(q.text), 0);
  return (contentChars(copied) - quoted) / contentChars(submission);
}

describe('查重 finds a paragraph copied from a 范文', () => {
  // One paragraph without quotations, one long one with an attributed quotation inside.
  const cases = [0, 1, 6].map((i) => paragraphsOf(SPEECHES)[i]!);

  it.each(cases.map((copied, i) => [i, copied] as const))('paragraph %i: reported within 2 points of the true share', (_, copied) => {
    const submission = withCopiedParagraph(copied);
    const report = findSimilarity([doc('稿件', submission)], [doc('范文', SPEECHES)]);
    const result = report.submissions[0]!;
    expect(result.sources.map((s) => [s.id, s.kind])).toEqual([['范文', 'reference']]);
    expect(Math.abs(result.share - trueShare(submission, copied)) * 100).toBeLessThanOrEqual(2);
    expect(result.share).toBeGreaterThan(0.1);
  });

  it('gives offsets in both texts that hold the same words', () => {
    const submission = withCopiedParagraph(paragraphsOf(SPEECHES)[6]!);
    const passages = pairPassages(doc('稿件', submission), doc('范文', SPEECHES));
    expect(passages.length).toBeGreaterThan(0);
    for (const passage of passages) {
      const mine = normalizeForComparison(submission.slice(passage.start, passage.end)).codes;
      const theirs = normalizeForComparison(SPEECHES.slice(passage.otherStart, passage.otherEnd)).codes;
      expect([...mine]).toEqual([...theirs]);
      expect(passage.chars).toBeGreaterThanOrEqual(MIN_PASSAGE_CHARS);
    }
  });

  it('matches a simplified copy against a traditional 范文 (繁→简) and ignores punctuation width', () => {
    const original = paragraphsOf(NEWS)[5]!;
    const copied = toSimplified(original).replace(/，/g, ',');
    const submission = [...paragraphsOf(SPEECHES).slice(0, 2), copied].join('\n');
    const [result] = findSimilarity([doc('稿件', submission)], [doc('范文', NEWS)]).submissions;
    expect(Math.abs(result!.share - trueShare(submission, copied)) * 100).toBeLessThanOrEqual(2);
  });

  it('flags a submission above the threshold and lists it in the CSV', () => {
    const submission = withCopiedParagraph(paragraphsOf(SPEECHES)[6]!);
    const report = findSimilarity([doc('稿件', submission), doc('另一篇', COMPILATION)], [doc('范文', SPEECHES)], { threshold: 0.1 });
    expect(report.submissions.map((s) => s.exceeds)).toEqual([true, false]);
    const rows = parseCsv(similarityCsv(report));
    const header = rows.findIndex((row) => row[0] === '稿件');
    expect(rows[header]).toEqual(['稿件', '字数', '重复率', '超过阈值', '所属群组', '相似来源', '来源类型', '与该来源重复率', '相同片段数']);
    expect(rows[header + 1]).toMatchObject({ 0: '稿件', 3: '是', 5: '范文', 6: '参考范文' });
    expect(rows[header + 2]).toMatchObject({ 0: '另一篇', 2: '0.0%', 3: '否', 5: '' });
  });

  it('leaves out characters XML forbids from the Word report, its title property too', async () => {
    const report = findSimilarity([{ ...doc('s', SPEECHES), name: '稿件\uFFFF\u0001' }]);
    const docx = readDocxParts(await similarityReportDocx(report, new Map([['s', doc('s', SPEECHES)]]), { title: '查重\uFFFF报告\u0001' }));
    for (const name of ['word/document.xml', 'docProps/core.xml']) expect(docx.part(name)).not.toMatch(/[\u0001\uFFFF]/);
  });

  it('writes a name Excel or WPS would run as a formula as text, behind a quote', () => {
    const names = ['=HYPERLINK("http://x","点此")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '张-明'];
    const report = findSimilarity(names.map((name, i) => ({ ...doc(`s${i}`, paragraphsOf(SPEECHES)[i]!), name })));
    const csv = similarityCsv(report);
    for (const name of names.slice(0, -1)) expect(csv).toContain(`'${name.replace(/"/g, '""')}`);
    // Read back by parseCsv (which takes the guard off), the names are the names.
    const rows = parseCsv(csv);
    expect(rows.slice(rows.findIndex((row) => row[0] === '稿件') + 1).map((row) => row[0])).toEqual(names);
  });
});

describe('查重 reports no overlap between unrelated texts', () => {
  it('finds under 5 % between the different corpus files', () => {
    const report = findSimilarity([doc('speeches', SPEECHES), doc('news', NEWS), doc('compilation', COMPILATION)]);
    for (const submission of report.submissions) expect(submission.share, submission.name).toBeLessThan(0.05);
  });

  it('finds under 5 % between texts made of different sentences of the same corpus, shuffled', () => {
    const sentences = [...new Set([SPEECHES, NEWS, COMPILATION].flatMap((text) => text.split(/(?<=[。！？])/).map((s) => s.trim())))].filter(
      (s) => s.length > 8,
    );
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const shuffled = sentences.map((s) => [random(), s] as const).sort((a, b) => a[0] - b[0]).map(([, s]) => s);
    const half = Math.floor(shuffled.length / 2);
    const texts = [shuffled.slice(0, half), shuffled.slice(half)].map((part, i) => doc(`part${i}`, part.join('')));
    for (const submission of findSimilarity(texts).submissions) expect(submission.share).toBeLessThan(0.05);
  });

  it('does not count a chain of set phrases (提法) as copying', () => {
    const a = doc('a', '我们要深入学习贯彻习近平新时代中国特色社会主义思想，结合交通执法岗位实际抓好落实。');
    const b = doc('b', '全体党员深入学习贯彻习近平新时代中国特色社会主义思想，在社区治理中当好先锋。');
    expect(findSimilarity([a, b]).submissions.map((s) => s.share)).toEqual([0, 0]);
  });
});

describe('quotations shared by two submissions do not count', () => {
  const quotation = '江山就是人民、人民就是江山，打江山、守江山，守的是人民的心。';
  const ownA = '作为基层执法队员，我在日常工作中坚持公正文明执法，认真倾听群众诉求，积极协助解决困难。';
  const ownB = '组织部门担负着管党员、管干部、管人才的职责，要在服务中心大局上更有作为，在推进基层治理上更有担当。';

  it('leaves out a quotation found in running text', () => {
    const a = doc('a', `${ownA}习近平总书记深刻指出：“${quotation}”`);
    const b = doc('b', `习近平总书记指出，“${quotation}”${ownB}`);
    expect(findSimilarity([a, b]).submissions.map((s) => s.share)).toEqual([0, 0]);
    // The same words as the writers' own (not quoted) are copying.
    const plainA = doc('a', `${ownA}${quotation}`);
    const plainB = doc('b', `${quotation}${ownB}`);
    expect(findSimilarity([plainA, plainB]).submissions.every((s) => s.share > 0.2)).toBe(true);
  });

  it('leaves out a quote element of a draft', () => {
    const draftWith = (own: string) => {
      const draft = createDraft('题目');
      const block: Block = {
        type: 'paragraph',
        children: [{ text: own }, { type: 'quote', speaker: '习近平', children: [{ text: quotation }] }, { text: '这是根本。' }],
      };
      return { ...draft, children: [...draft.children.slice(0, 1), block] };
    };
    const a: SimilarityDocument = { id: 'a', name: 'a', ...draftComparableText(draftWith(ownA)) };
    const b: SimilarityDocument = { id: 'b', name: 'b', ...draftComparableText(draftWith(ownB)) };
    expect(a.excluded.some((range) => a.text.slice(range.start, range.end) === `“${quotation}”`)).toBe(true);
    expect(findSimilarity([a, b]).submissions.map((s) => s.share)).toEqual([0, 0]);
  });
});
