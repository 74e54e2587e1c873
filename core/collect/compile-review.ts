import { fixAllMechanical, runChecks, WRITING_CHECKS, type Finding } from '../checks/index.js';
import type { Draft } from '../model/schema.js';
import type { SimilarityReport } from './similarity.js';

/**
 * 汇编前检查: what is wrong in the batch before it becomes a booklet —
 * submissions over the 查重 threshold, 体检 errors, members who have not
 * handed in, and half-width or doubled punctuation that 整理标点 would fix.
 * Pure: the caller runs the 查重 (over the whole collection, so a copy of a
 * left-out submission is found too) and passes the report in.
 */
export interface ReviewedSubmission {
  id: string;
  /** 作者：标题, as the page lists it. */
  name: string;
  draft: Draft;
}

export interface CompileReview {
  threshold: number;
  /** Chosen submissions whose share of shared text is over the threshold, highest first. */
  similar: { submissionId: string; name: string; share: number; sourceName: string }[];
  /** Chosen submissions with 体检 errors (severity 错误), most first: the count and the first few messages. */
  checkErrors: { submissionId: string; name: string; errors: number; examples: string[] }[];
  /** Chosen submissions with punctuation 整理标点 would fix, and how many marks. */
  punctuation: { submissionId: string; name: string; fixes: number }[];
  /** Roster members with nothing handed in. */
  missing: { memberId: string; name: string; unit: string }[];
}

/** The checks 整理标点 runs: the punctuation ones only (a numbering or wording change is the writer's or organizer's call). */
export const PUNCTUATION_ONLY: readonly string[] = WRITING_CHECKS.map((check) => check.name).filter((name) => !name.startsWith('punct.'));

const isPunctuationFix = (finding: Finding): boolean => finding.kind === '标点符号' && finding.fixAll === true && finding.fix !== undefined;
const EXAMPLES = 3;

export function reviewCompile(
  chosen: readonly ReviewedSubmission[],
  similarity: Pick<SimilarityReport, 'threshold' | 'submissions'>,
  missing: CompileReview['missing'],
): CompileReview {
  const chosenIds = new Set(chosen.map((submission) => submission.id));
  const names = new Map(chosen.map((submission) => [submission.id, submission.name]));
  const similar = similarity.submissions
    .filter((row) => row.exceeds && chosenIds.has(row.id))
    .map((row) => ({ submissionId: row.id, name: names.get(row.id) ?? row.name, share: row.share, sourceName: row.sources[0]?.name ?? '' }))
    .sort((a, b) => b.share - a.share);
  const checkErrors: CompileReview['checkErrors'] = [];
  const punctuation: CompileReview['punctuation'] = [];
  for (const submission of chosen) {
    const findings = runChecks(submission.draft);
    const errors = findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) {
      checkErrors.push({ submissionId: submission.id, name: submission.name, errors: errors.length, examples: errors.slice(0, EXAMPLES).map((finding) => finding.message) });
    }
    const fixes = findings.filter(isPunctuationFix).length;
    if (fixes > 0) punctuation.push({ submissionId: submission.id, name: submission.name, fixes });
  }
  checkErrors.sort((a, b) => b.errors - a.errors);
  return { threshold: similarity.threshold, similar, checkErrors, punctuation, missing };
}

/** Whether the review found anything for the organizer to look at. */
export const reviewHasProblems = (review: CompileReview): boolean =>
  review.similar.length + review.checkErrors.length + review.punctuation.length + review.missing.length > 0;

/**
 * 整理标点: the checks' mechanical punctuation fixes (half-width ，。；：？！（）
 * among Chinese text, doubled marks, ASCII quotes, spaces …) applied until
 * none is left. Returns the draft unchanged (same object) when nothing was fixed.
 */
export function cleanPunctuation(draft: Draft): { draft: Draft; fixes: number } {
  const result = fixAllMechanical(draft, { disabled: PUNCTUATION_ONLY });
  return result.fixed.length === 0 ? { draft, fixes: 0 } : { draft: result.draft, fixes: result.fixed.length };
}
