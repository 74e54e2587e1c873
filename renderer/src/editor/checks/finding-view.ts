import { leafText } from '../../../../core/checks/leaf-edit.js';
import { FINDING_KINDS, SEVERITIES, type Finding, type FindingKind, type Severity } from '../../../../core/checks/types.js';
import type { Block } from '../../../../core/model/schema.js';

/** The 体检 list's pure logic: grouping, ignoring, what a finding points at. */

export interface FindingGroup {
  kind: FindingKind;
  findings: Finding[];
  /** How many of them 全部修正 would fix (mechanical fixes). */
  fixable: number;
}

/** Findings grouped by kind in the checks' own order of kinds; each group in document order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return FINDING_KINDS.map((kind) => {
    const ofKind = findings.filter((finding) => finding.kind === kind);
    return { kind, findings: ofKind, fixable: ofKind.filter(isMechanical).length };
  }).filter((group) => group.findings.length > 0);
}

export interface SeverityGroup {
  severity: Severity;
  groups: FindingGroup[];
}

/** 错误, then 警告, then 提示, each grouped by kind: what matters most comes first. */
export function groupBySeverity(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => ({ severity, groups: groupFindings(findings.filter((finding) => finding.severity === severity)) })).filter(
    (group) => group.groups.length > 0,
  );
}

export const isMechanical = (finding: Finding): boolean => Boolean(finding.fix && finding.fixAll);

/**
 * What identifies a finding for 忽略 across re-runs: the check and the text
 * around it (block indices shift as paragraphs are added above).
 */
export function ignoreKey(finding: Finding): string {
  return `${finding.id}|${finding.excerpt}`;
}

export function withoutIgnored(findings: readonly Finding[], ignored: ReadonlySet<string>): Finding[] {
  return ignored.size === 0 ? [...findings] : findings.filter((finding) => !ignored.has(ignoreKey(finding)));
}

/** Errors and warnings: what the pre-export summary lists (hints do not hold up an export). */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
}

/** The finding's text with a little context on each side, from the block as it now is. */
export function excerptAround(block: Block | undefined, start: number, end: number, context = 10): { before: string; match: string; after: string } {
  const text = block ? leafText(block) : '';
  const from = Math.min(start, text.length);
  const to = Math.min(Math.max(end, from), text.length);
  const before = text.slice(Math.max(0, from - context), from);
  return {
    before: (from - context > 0 ? '…' : '') + before,
    match: text.slice(from, to),
    after: text.slice(to, to + context) + (to + context < text.length ? '…' : ''),
  };
}

/**
 * Where a block is, in the words a writer uses: 标题, the block's own label
 * (一是, （二）) or its place among the body paragraphs (第3段).
 */
export function blockPlace(blocks: readonly Block[], labels: readonly string[], index: number): string {
  const block = blocks[index];
  if (!block) return '';
  if (block.type === 'title') return '标题';
  if (block.type === 'author-line') return '署名行';
  if (labels[index]) return labels[index]!;
  if (block.type === 'heading') return '小标题';
  const ordinal = blocks.slice(0, index + 1).filter((b) => b.type !== 'title' && b.type !== 'author-line' && b.type !== 'heading').length;
  return `第${ordinal}段`;
}

/** A kind's heading in the 体检 list: the quotation findings are 引文核校 (#4's name for them). */
export function kindName(kind: FindingKind): string {
  return kind === '引文' ? '引文核校' : kind;
}
