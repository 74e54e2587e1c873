import type { Draft } from '../model/schema.js';
import type {
  Collection,
  CollectionFields,
  RosterMember,
  RosterMemberFields,
  Submission,
  SubmissionStatus,
  SubmissionVersion,
  VersionOrigin,
} from './collection-schema.js';

/** A received file to store: a new submission, or a new version of the member's existing one. */
export interface ReceivedFile {
  collectionId: string;
  memberId: string | null;
  fileName: string;
  submitter: string;
  receivedAt: string;
  draft: Draft;
}

export interface SubmissionChanges {
  status?: SubmissionStatus;
  note?: string;
  memberId?: string | null;
}

/**
 * The collections' storage. Core stays free of SQLite: core/node provides
 * the store in the 金句库's database file; tests may use it on a temporary file.
 */
export interface CollectionStorePort {
  listCollections(): Collection[];
  getCollection(id: string): Collection | undefined;
  /** Adds a collection (no id) or changes one. */
  saveCollection(fields: CollectionFields, id?: string): Collection;
  /** Removes a collection with its roster and submissions. */
  removeCollection(id: string): void;

  /** In roster order. */
  roster(collectionId: string): RosterMember[];
  getMember(id: string): RosterMember | undefined;
  /** Appends members at the end of the roster. */
  addMembers(collectionId: string, members: readonly RosterMemberFields[]): RosterMember[];
  updateMember(id: string, fields: RosterMemberFields): RosterMember;
  /** The member's submission stays, unassigned. */
  removeMember(id: string): void;

  /** Every submission of the collection, oldest first. */
  submissions(collectionId: string): Submission[];
  getSubmission(id: string): Submission | undefined;
  /** For a member who has a submission: a new version of it (the earlier ones are kept). Otherwise a new submission. */
  receive(file: ReceivedFile): Submission;
  updateSubmission(id: string, changes: SubmissionChanges): Submission;
  /**
   * The organizer's change of a submission's latest draft, stored as a new
   * version (file, submitter and status unchanged); the earlier versions are kept.
   */
  revise(submissionId: string, draft: Draft, origin: Exclude<VersionOrigin, '收到'>): Submission;
  removeSubmission(id: string): void;
  /** Newest first. */
  history(submissionId: string): SubmissionVersion[];
  /** The draft of one version; the latest when `version` is absent. */
  draft(submissionId: string, version?: number): Draft | undefined;
}
