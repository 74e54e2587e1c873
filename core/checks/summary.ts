import type { Finding, FindingKind, Severity } from './types.js';

/** Counts for a list header or the pre-export summary: 错误 3 · 警告 5 · 提示 2, per kind, and how many 全部修正 would fix. */
export interface FindingSummary {
  total: number;
  bySeverity: Record<Severity, number>;
  byKind: Partial<Record<FindingKind, number>>;
  fixable: number;
}

export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  const summary: FindingSummary = { total: findings.length, bySeverity: { error: 0, warning: 0, info: 0 }, byKind: {}, fixable: 0 };
  for (const finding of findings) {
    summary.bySeverity[finding.severity]++;
    summary.byKind[finding.kind] = (summary.byKind[finding.kind] ?? 0) + 1;
    if (finding.fixAll && finding.fix) summary.fixable++;
  }
  return summary;
}
