/**
 * 写作体检 timing: all checks on a 5,000-character draft (goal ≤ 50 ms) and
 * on a 600,000-character compilation of 200 articles (goal ≤ 3,000 ms), as
 * medians after a warm-up. The drafts are made of the corpus's sentences,
 * half-width commas and all, so the checks have plenty to report.
 */
import { runChecks } from '../core/checks/index.js';
import { findCorpusDir, medianMs, type BenchReport } from './harness.js';
import { buildSampleDraft, corpusSentences } from './sample-drafts.js';

export async function runChecksBench(report: BenchReport, corpusDir = findCorpusDir()): Promise<void> {
  const sentences = corpusSentences(corpusDir);
  const small = buildSampleDraft(sentences, 5_000);
  const large = buildSampleDraft(sentences, 600_000, 200);
  report('check_5k_chars_ms', await medianMs(30, () => runChecks(small)), 'ms');
  report('check_600k_chars_ms', await medianMs(5, () => runChecks(large)), 'ms');
}
