import { describe, expect, it } from 'vitest';
import { copiedCollection } from '../../bench/collect-bench.js';
import { findSimilarity, type SimilarityDocument } from '../../core/collect/similarity.js';
import { draftComparableText } from '../../core/collect/similarity-text.js';
import { IsolatedWorker, similarityIsolated } from '../../core/node/isolated-worker.js';
import { CORPUS_DIR } from '../support/corpus.js';
import { expectUserError } from '../support/errors.js';

/**
 * Issue #19: the app's 查重 runs in a worker thread, so the process that
 * serves the app (web host, Electron's main process) keeps answering while
 * a large collection is compared.
 */
const documents = (count: number): SimilarityDocument[] =>
  copiedCollection(CORPUS_DIR, count).map((draft, i) => ({ id: `s${i + 1}`, name: `稿件${i + 1}`, ...draftComparableText(draft) }));

describe('查重 in a worker', () => {
  it('gives the in-process report while this thread keeps running', async () => {
    const submissions = documents(150);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const started = performance.now();
    const isolated = await similarityIsolated(submissions, [], { threshold: 0.3 });
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(isolated).toEqual(findSimilarity(submissions, [], { threshold: 0.3 }));
    expect(isolated.submissions.some((s) => s.exceeds)).toBe(true);
    // The event loop ran throughout: at least a third of the 5 ms ticks the run's time allows.
    expect(ticks).toBeGreaterThan(elapsed / 5 / 3);
  }, 60_000);

  it('a run past its time ends in Chinese, and the next run works', async () => {
    const submissions = documents(60);
    const worker = new IsolatedWorker({ heapMb: 512, timeMs: 1 });
    await expectUserError(() => worker.findSimilarity(submissions, []), 'file-too-large', /查重未能完成（超过 0.001 秒）/);
    await worker.close();
    const report = await similarityIsolated(submissions.slice(0, 5), [], {});
    expect(report.submissions).toHaveLength(5);
  }, 60_000);
});
