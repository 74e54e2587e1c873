import type { RosterMember, Submission } from './collection-schema.js';

/**
 * The orders a 汇编 is usually put in: the roster's (as the organizer
 * listed people) or grouped by unit (units in the order they first appear
 * on the roster). Submissions nobody on the roster claims come last, as
 * received.
 */
export type CompileOrder = 'roster' | 'unit';

export function orderSubmissions(submissions: readonly Submission[], roster: readonly RosterMember[], order: CompileOrder): Submission[] {
  const members = new Map(roster.map((member) => [member.id, member]));
  const unitRank = new Map<string, number>();
  for (const member of roster) if (!unitRank.has(member.unit)) unitRank.set(member.unit, unitRank.size);
  const rank = (submission: Submission): [number, number] => {
    const member = submission.memberId === null ? undefined : members.get(submission.memberId);
    if (!member) return [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
    return order === 'unit' ? [unitRank.get(member.unit) ?? 0, member.position] : [member.position, 0];
  };
  // Array.prototype.sort is stable: unclaimed submissions keep their received order.
  return [...submissions].sort((a, b) => {
    const [a1, a2] = rank(a);
    const [b1, b2] = rank(b);
    return a1 - b1 || a2 - b2;
  });
}
