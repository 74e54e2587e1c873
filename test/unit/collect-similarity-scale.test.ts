import { describe, expect, it } from 'vitest';
import { copiedCollection, similarityBenchSet } from '../../bench/collect-bench.js';
import { clusterSentence } from '../../core/collect/similarity-clusters.js';
import { similarityReportDocx } from '../../core/collect/similarity-docx.js';
import { findSimilarityExact } from '../../core/collect/similarity-exact.js';
import { findSimilarity, pairPassages, TOP_SOURCES, type SimilarityDocument } from '../../core/collect/similarity.js';
import { draftComparableText, plainComparableText } from '../../core/collect/similarity-text.js';
import { CORPUS_DIR, readCorpus } from '../support/corpus.js';
import { docxParagraphTexts } from '../support/docx-text.js';

/** Whole collections, twice (the exact computation too): minutes on a busy machine. */
const SLOW = 120_000;

/**
 * The scalable 查重 (candidates from capped indexes, rates from shared
 * windows, passages on demand) held to the exact all-pairs computation.
 */
const doc = (id: string, text: string): SimilarityDocument => ({ id, name: id, ...plainComparableText(text) });

/** Rates within 2 points of the exact ones; every source above the threshold listed, or five at least as strong. */
function expectAgreement(submissions: readonly SimilarityDocument[], references: readonly SimilarityDocument[] = []): void {
  const exact = findSimilarityExact(submissions, references);
  const fast = findSimilarity(submissions, references);
  expect(fast.submissions.map((s) => s.id)).toEqual(exact.submissions.map((s) => s.id));
  exact.submissions.forEach((reference, i) => {
    const result = fast.submissions[i]!;
    expect(Math.abs(result.share - reference.share) * 100, result.name).toBeLessThanOrEqual(2);
    expect(result.exceeds, result.name).toBe(reference.exceeds);
    const above = reference.sources.filter((source) => source.share > exact.threshold);
    const listed = new Set(result.sources.map((source) => source.id));
    if (above.length <= TOP_SOURCES) for (const source of above) expect(listed.has(source.id), `${result.name} → ${source.name}`).toBe(true);
    else expect(result.sources.every((source) => source.share > exact.threshold)).toBe(true);
    // A listed source's share is the exact pair's.
    for (const source of result.sources) {
      const same = reference.sources.find((s) => s.id === source.id);
      expect(Math.abs(source.share - (same?.share ?? 0)) * 100, `${result.name} → ${source.name}`).toBeLessThanOrEqual(0.01);
    }
  });
}

describe('查重 at scale agrees with the exact computation', () => {
  it('on the 200-submission bench set (200 submissions, 1,000 范文)', () => {
    const { submissions, references } = similarityBenchSet(CORPUS_DIR);
    expectAgreement(submissions, references);
  }, SLOW);

  it('on 200 submissions, 30 % edited copies of three 范文', () => {
    const submissions = copiedCollection(CORPUS_DIR, 200).map((draft, i) => ({ id: `c${i}`, name: `稿件${i + 1}`, ...draftComparableText(draft) }));
    expectAgreement(submissions);
  }, SLOW);
});

describe('查重 reports clusters, not a wall of pairs', () => {
  const submissions = copiedCollection(CORPUS_DIR, 200).map((draft, i) => ({ id: `c${i}`, name: `稿件${i + 1}`, ...draftComparableText(draft) }));

  it('groups the copies of each 范文 once, and lists at most five matches per submission', () => {
    const report = findSimilarity(submissions);
    // Submissions 1–3 of every ten copy 范文 1–3 (copiedCollection): three groups of 20.
    const expected = [0, 1, 2].map((model) => submissions.filter((_, i) => i % 10 === model).map((s) => s.id).sort());
    const groups = report.clusters.map((cluster) => [cluster.sourceId, ...cluster.members.map((m) => m.id)].sort());
    expect(groups.sort()).toEqual(expected.sort());
    expect(clusterSentence(report.clusters[0]!)).toMatch(/^19 份稿件大量与“稿件\d+”的稿件相同$/);
    expect(report.submissions.every((s) => s.sources.length <= 5)).toBe(true);
    expect(JSON.stringify(report)).not.toMatch(/"passages":\[/);
  });

  it('names the 范文 as a group’s source when it is given as a reference', () => {
    const speeches = doc('范文', readCorpus('speeches-excerpts.txt'));
    const report = findSimilarity(submissions, [speeches]);
    const group = report.clusters.find((cluster) => cluster.sourceId === '范文');
    expect(group?.sourceKind).toBe('reference');
    expect(group?.members.map((m) => m.id).sort()).toEqual(submissions.filter((_, i) => i % 10 === 0).map((s) => s.id).sort());
  });

  it('writes the Word report clusters first, and the passages of flagged submissions computed as it is written', async () => {
    const few = submissions.slice(0, 30);
    const report = findSimilarity(few);
    const lines = docxParagraphTexts(await similarityReportDocx(report, new Map(few.map((s) => [s.id, s]))));
    const [clusters, rates] = [lines.indexOf('相似群组'), lines.indexOf('各稿件重复率')];
    expect(clusters).toBeGreaterThan(0);
    expect(rates).toBeGreaterThan(clusters);
    const flagged = report.submissions.filter((s) => s.exceeds);
    expect(flagged.length).toBeGreaterThan(0);
    for (const s of flagged) expect(lines.some((line) => line.startsWith(`${s.name}：重复率`))).toBe(true);
    // A passage quoted from the copy: a sentence of the 范文 it was made from.
    const speeches = readCorpus('speeches-excerpts.txt');
    expect(lines.some((line) => line.length > 30 && speeches.includes(line.replace(/……（共 \d+ 字）$/, '').slice(0, 30)))).toBe(true);
  });

  it('finds a pair’s passages on demand, the same as the exact computation', () => {
    const [a, b] = [submissions[0]!, submissions[10]!];
    const exact = findSimilarityExact([a, b]).submissions[0]!.passages;
    expect(pairPassages(a, b)).toEqual(exact);
  });
});

describe('查重 names bad input and goes on', () => {
  const speeches = readCorpus('speeches-excerpts.txt');
  const news = readCorpus('news-summary-traditional.txt');

  it('names an empty submission and one handed in twice under two names', () => {
    const report = findSimilarity([doc('张三.docx', speeches), doc('空白.docx', ' \n　\n'), doc('张三（再交）.docx', `${speeches}\n`), doc('李四.docx', news)]);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'empty', name: '空白.docx' }),
      expect.objectContaining({ kind: 'duplicate', name: '张三（再交）.docx', sameAs: '张三.docx' }),
    ]);
    const [first, empty, second, other] = report.submissions;
    expect(empty).toMatchObject({ share: 0, exceeds: false, sources: [] });
    expect(first!.sources[0]).toMatchObject({ id: '张三（再交）.docx', share: 1 });
    expect(second!.sources[0]).toMatchObject({ id: '张三.docx', share: 1 });
    expect(other!.share).toBeLessThan(0.05);
  });
});
