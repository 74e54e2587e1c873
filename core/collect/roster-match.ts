import type { Draft } from '../model/schema.js';
import { blockText } from '../model/text.js';
import type { RosterMember } from './collection-schema.js';

/**
 * Who handed in a file: the roster member whose name the draft's printed
 * author line (what the reader sees), then its meta.author, or the file name carries
 * (张三-研讨发言.docx, 研讨发言（张三）.docx). Each clue is tried in that
 * order; the first that names exactly one member decides. Two members of
 * the same name are told apart by their unit in the same clue; when that
 * fails the file stays unmatched for the organizer to assign.
 */
export interface SubmissionClues {
  fileName: string;
  draft?: Draft;
}

export interface MemberMatch {
  member: RosterMember;
  /** Which clue named the member. */
  by: 'author' | 'author-line' | 'file-name';
}

/**
 * The dot between the parts of a name (阿依古丽·买买提) as people type it:
 * the interpunct ·, a bullet, the Japanese input methods' ・ and ･, ‧, ⋅, ∙, a full stop.
 */
const NAME_DOTS = /[·•・･‧⋅∙．.]/g;

/** A clue or a name without spaces, its name dots all the same. */
const compact = (text: string): string => text.replace(/[\s\u3000]+/g, '').replace(NAME_DOTS, '·');

/** The clues in the order they are trusted. */
function cluesOf({ fileName, draft }: SubmissionClues): { by: MemberMatch['by']; text: string }[] {
  const authorLine = draft?.children.find((block) => block.type === 'author-line');
  return [
    { by: 'author-line' as const, text: authorLine ? blockText(authorLine) : '' },
    { by: 'author' as const, text: draft?.meta.author ?? '' },
    { by: 'file-name' as const, text: fileName.replace(/\.[^.]*$/, '') },
  ].map((clue) => ({ ...clue, text: compact(clue.text) }));
}

/**
 * Members named in `text`. A name inside a longer roster name that also
 * matches (张三 in 张三丰) does not count: the longer name is the writer.
 */
function membersNamedIn(text: string, roster: readonly RosterMember[]): RosterMember[] {
  const named = roster.filter((member) => compact(member.name) !== '' && text.includes(compact(member.name)));
  return named.filter((member) => !named.some((other) => other.name.length > member.name.length && compact(other.name).includes(compact(member.name))));
}

/** The one member a clue names, if it names exactly one (namesakes told apart by unit). */
function memberNamedBy(text: string, roster: readonly RosterMember[]): RosterMember | undefined {
  if (text === '') return undefined;
  const named = membersNamedIn(text, roster);
  const chosen = named.length > 1 ? named.filter((member) => member.unit !== '' && text.includes(compact(member.unit))) : named;
  // None, or several (a joint file, namesakes their units cannot tell apart): the next clue may decide.
  return chosen.length === 1 ? chosen[0] : undefined;
}

/**
 * The member the first deciding clue names. When the file name names a
 * different member than the author does (张三-研讨发言.docx signed 李四:
 * a colleague's file sent on, or a template passed round), the file stays
 * unmatched: filing it under either could silently replace that member's
 * own submission, so the organizer decides.
 */
export function matchMember(roster: readonly RosterMember[], clues: SubmissionClues): MemberMatch | undefined {
  const decided = cluesOf(clues).flatMap((clue) => {
    const member = memberNamedBy(clue.text, roster);
    return member ? [{ member, by: clue.by }] : [];
  });
  const [first] = decided;
  const byFileName = decided.find((match) => match.by === 'file-name');
  if (first && byFileName && byFileName.member.id !== first.member.id) return undefined;
  return first;
}
