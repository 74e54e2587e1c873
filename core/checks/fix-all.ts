import type { Draft } from '../model/schema.js';
import { applyFixesWithReport } from './apply-fixes.js';
import { runChecks } from './registry.js';
import type { CheckOptions, Finding } from './types.js';

/**
 * 全部修正 / --fix: applies every mechanical fix (fixAll) and checks again,
 * until nothing mechanical is left. A fix may reveal another (,, becomes
 * ，， and then ，), and fixes that touched the same text wait a round; a
 * few rounds settle any real draft, and the bound keeps a pathological one
 * from looping. The result is a fixed point, so fixing again changes nothing.
 *
 * External findings are left out: their offsets describe the text before
 * the fixes (run the quotation verifier again on the result).
 */
const MAX_ROUNDS = 8;

export interface FixAllResult {
  draft: Draft;
  /** The findings whose fixes were applied, over all rounds. */
  fixed: Finding[];
  /** What the checks find in the fixed draft. */
  remaining: Finding[];
}

export function fixAllMechanical(draft: Draft, options: CheckOptions = {}): FixAllResult {
  const { externalFindings: _stale, ...rest } = options;
  const own: CheckOptions = { ...rest, findingLimit: Number.POSITIVE_INFINITY };
  let current = draft;
  const fixed: Finding[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const findings = runChecks(current, own);
    const mechanical = findings.filter((finding) => finding.fixAll && finding.fix);
    if (mechanical.length === 0) return { draft: current, fixed, remaining: findings };
    const report = applyFixesWithReport(current, mechanical);
    if (report.applied.length === 0) return { draft: current, fixed, remaining: findings };
    for (const applied of report.applied) fixed.push(applied);
    current = report.draft;
  }
  return { draft: current, fixed, remaining: runChecks(current, own) };
}
