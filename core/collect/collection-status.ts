import type { Collection, RosterMember, Submission, SubmissionStatus } from './collection-schema.js';
import { SUBMISSION_STATUSES } from './collection-schema.js';

/**
 * Where a 征集 stands: each roster member with their submission (未交 when
 * none), counts by status overall and per unit, and the 催交名单 to send.
 */
export type StatusCounts = Record<SubmissionStatus, number>;

export interface MemberStatus {
  member: RosterMember;
  submission?: Submission;
  status: SubmissionStatus;
}

export interface UnitStatus {
  unit: string;
  total: number;
  counts: StatusCounts;
}

export interface CollectionStatus {
  members: MemberStatus[];
  counts: StatusCounts;
  byUnit: UnitStatus[];
  /** Submissions no roster member has been assigned. */
  unassigned: Submission[];
}

export const NO_UNIT = '（未填单位）';

const zeroCounts = (): StatusCounts => Object.fromEntries(SUBMISSION_STATUSES.map((status) => [status, 0])) as StatusCounts;

export function collectionStatus(roster: readonly RosterMember[], submissions: readonly Submission[]): CollectionStatus {
  const byMember = new Map(submissions.filter((s) => s.memberId !== null).map((s) => [s.memberId, s]));
  const members = roster.map((member): MemberStatus => {
    const submission = byMember.get(member.id);
    return submission ? { member, submission, status: submission.status } : { member, status: '未交' };
  });
  const counts = zeroCounts();
  const units = new Map<string, UnitStatus>();
  for (const { member, status } of members) {
    counts[status]++;
    const unit = member.unit || NO_UNIT;
    let entry = units.get(unit);
    if (!entry) units.set(unit, (entry = { unit, total: 0, counts: zeroCounts() }));
    entry.total++;
    entry.counts[status]++;
  }
  const rosterIds = new Set(roster.map((member) => member.id));
  const unassigned = submissions.filter((s) => s.memberId === null || !rosterIds.has(s.memberId));
  return { members, counts, byUnit: [...units.values()], unassigned };
}

/** 张三、李四 under their unit, units in roster order. */
function namesByUnit(members: readonly MemberStatus[]): string[] {
  const units = new Map<string, string[]>();
  for (const { member } of members) {
    const unit = member.unit || NO_UNIT;
    units.set(unit, [...(units.get(unit) ?? []), member.name]);
  }
  return [...units].map(([unit, names]) => `${unit}：${names.join('、')}`);
}

/** The 催交名单 as text to paste into a message: who has not handed in, then who was asked to revise. */
export function reminderText(collection: Collection, status: CollectionStatus, today: string): string {
  const missing = status.members.filter((m) => m.status === '未交');
  const revising = status.members.filter((m) => m.status === '已退回');
  const deadline = collection.deadline ? `，截止日期 ${collection.deadline}` : '';
  const lines = [`“${collection.theme}”征集催交名单（截至 ${today}${deadline}）`];
  if (status.members.length === 0) return [...lines, '名单还是空的：请先在“名单”中导入或添加人员，才能知道谁未交稿。'].join('\n');
  if (missing.length === 0 && revising.length === 0) return [...lines, '全部人员均已交稿。'].join('\n');
  if (missing.length > 0) lines.push(`尚未交稿（${missing.length} 人）：`, ...namesByUnit(missing));
  if (revising.length > 0) lines.push(`退回修改待重交（${revising.length} 人）：`, ...namesByUnit(revising));
  return lines.join('\n');
}
