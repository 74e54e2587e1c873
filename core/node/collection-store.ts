import { randomUUID } from 'node:crypto';
import type Sqlite from 'better-sqlite3';
import { titleOf } from '../collect/articles.js';
import type {
  Collection,
  CollectionFields,
  RosterMember,
  RosterMemberFields,
  Submission,
  SubmissionStatus,
  SubmissionVersion,
  VersionOrigin,
} from '../collect/collection-schema.js';
import type { CollectionStorePort, ReceivedFile, SubmissionChanges } from '../collect/collection-store-port.js';
import { GaojiangError } from '../errors.js';
import { MAX_DRAFT_FILE_BYTES, parseDraftJson } from '../model/migrate.js';
import { DraftSchema, type Draft } from '../model/schema.js';

/**
 * The organizer's collections in the library database (schema: migration 4
 * in quote-store/migrations.ts). Drafts are kept as their JSON, one per
 * version, and read back through parseDraftJson like a saved file.
 */
interface CollectionRow {
  id: string;
  theme: string;
  deadline: string;
  organizer_unit: string;
  created_at: string;
}

interface MemberRow {
  id: string;
  collection_id: string;
  position: number;
  name: string;
  unit: string;
  contact: string;
}

interface SubmissionRow {
  id: string;
  collection_id: string;
  member_id: string | null;
  status: SubmissionStatus;
  note: string;
  version: number;
  file_name: string;
  submitter: string;
  received_at: string;
  title: string;
  origin: VersionOrigin;
}

const toCollection = (row: CollectionRow): Collection => ({
  id: row.id,
  theme: row.theme,
  deadline: row.deadline,
  organizerUnit: row.organizer_unit,
  createdAt: row.created_at,
});

const toMember = (row: MemberRow): RosterMember => ({
  id: row.id,
  collectionId: row.collection_id,
  position: row.position,
  name: row.name,
  unit: row.unit,
  contact: row.contact,
});

const toVersion = (row: Pick<SubmissionRow, 'version' | 'file_name' | 'submitter' | 'received_at' | 'origin'>): SubmissionVersion => ({
  version: row.version,
  fileName: row.file_name,
  submitter: row.submitter,
  receivedAt: row.received_at,
  origin: row.origin,
});

const toSubmission = (row: SubmissionRow): Submission => ({
  ...toVersion(row),
  id: row.id,
  collectionId: row.collection_id,
  memberId: row.member_id,
  status: row.status,
  note: row.note,
  title: row.title,
});

/** A submission with its latest version's file. */
const SUBMISSION_SELECT = `
  SELECT s.id, s.collection_id, s.member_id, s.status, s.note, v.version, v.file_name, v.submitter, v.received_at, v.title, v.origin
  FROM submissions s
  JOIN submission_versions v ON v.submission_id = s.id
   AND v.version = (SELECT MAX(version) FROM submission_versions WHERE submission_id = s.id)`;

const notFound = (what: string, id: string): GaojiangError =>
  new GaojiangError('file-not-found', `没有找到这个${what}（可能已被删除）。`, `${what} ${id} not found`);

/**
 * The draft's JSON, if `draft()` will read it back. A draft parseDraftJson
 * refuses (a file of several articles merged past a draft's limits) would
 * make the submission, and every 查重 and 汇编 of its collection, fail later;
 * it is refused now, inside receive's transaction, so nothing of it is kept.
 */
function storableDraftJson(file: ReceivedFile): string {
  const json = JSON.stringify(file.draft);
  if (json.length <= MAX_DRAFT_FILE_BYTES && DraftSchema.safeParse(file.draft).success) return json;
  throw new GaojiangError(
    'file-too-large',
    `“${file.fileName}”的内容超出一份稿件的容量（文字或段落过多），未收录。请分成几份再导入。`,
    `submission draft of ${json.length} chars fails the draft schema or size limit`,
  );
}

export class SqliteCollectionStore implements CollectionStorePort {
  constructor(
    private readonly db: Sqlite.Database,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  listCollections(): Collection[] {
    return (this.sql('SELECT * FROM collections ORDER BY created_at DESC, id').all() as CollectionRow[]).map(toCollection);
  }

  getCollection(id: string): Collection | undefined {
    const row = this.sql('SELECT * FROM collections WHERE id = ?').get(id) as CollectionRow | undefined;
    return row && toCollection(row);
  }

  saveCollection(fields: CollectionFields, id?: string): Collection {
    if (id !== undefined) {
      const { changes } = this.sql('UPDATE collections SET theme = ?, deadline = ?, organizer_unit = ? WHERE id = ?').run(
        fields.theme,
        fields.deadline,
        fields.organizerUnit,
        id,
      );
      if (changes === 0) throw notFound('征集', id);
      return this.mustGet(this.getCollection(id), '征集', id);
    }
    const newId = randomUUID();
    this.sql('INSERT INTO collections (id, theme, deadline, organizer_unit, created_at) VALUES (?, ?, ?, ?, ?)').run(
      newId,
      fields.theme,
      fields.deadline,
      fields.organizerUnit,
      this.now(),
    );
    return this.mustGet(this.getCollection(newId), '征集', newId);
  }

  removeCollection(id: string): void {
    this.sql('DELETE FROM collections WHERE id = ?').run(id);
  }

  roster(collectionId: string): RosterMember[] {
    return (this.sql('SELECT * FROM roster_members WHERE collection_id = ? ORDER BY position').all(collectionId) as MemberRow[]).map(toMember);
  }

  getMember(id: string): RosterMember | undefined {
    const row = this.sql('SELECT * FROM roster_members WHERE id = ?').get(id) as MemberRow | undefined;
    return row && toMember(row);
  }

  addMembers(collectionId: string, members: readonly RosterMemberFields[]): RosterMember[] {
    this.mustGet(this.getCollection(collectionId), '征集', collectionId);
    const insert = this.sql('INSERT INTO roster_members (id, collection_id, position, name, unit, contact) VALUES (?, ?, ?, ?, ?, ?)');
    return this.db.transaction(() => {
      const last = this.sql('SELECT COALESCE(MAX(position), 0) AS last FROM roster_members WHERE collection_id = ?').get(collectionId) as { last: number };
      const ids = members.map((member, i) => {
        const id = randomUUID();
        insert.run(id, collectionId, last.last + i + 1, member.name, member.unit, member.contact);
        return id;
      });
      return ids.map((id) => this.mustGet(this.getMember(id), '成员', id));
    })();
  }

  updateMember(id: string, fields: RosterMemberFields): RosterMember {
    const { changes } = this.sql('UPDATE roster_members SET name = ?, unit = ?, contact = ? WHERE id = ?').run(fields.name, fields.unit, fields.contact, id);
    if (changes === 0) throw notFound('成员', id);
    return this.mustGet(this.getMember(id), '成员', id);
  }

  removeMember(id: string): void {
    this.sql('DELETE FROM roster_members WHERE id = ?').run(id);
  }

  submissions(collectionId: string): Submission[] {
    const rows = this.sql(`${SUBMISSION_SELECT} WHERE s.collection_id = ? ORDER BY s.created_at, s.rowid`).all(collectionId) as SubmissionRow[];
    return rows.map(toSubmission);
  }

  getSubmission(id: string): Submission | undefined {
    const row = this.sql(`${SUBMISSION_SELECT} WHERE s.id = ?`).get(id) as SubmissionRow | undefined;
    return row && toSubmission(row);
  }

  receive(file: ReceivedFile): Submission {
    this.mustGet(this.getCollection(file.collectionId), '征集', file.collectionId);
    return this.db.transaction(() => {
      const existing =
        file.memberId === null
          ? undefined
          : (this.sql('SELECT id FROM submissions WHERE collection_id = ? AND member_id = ?').get(file.collectionId, file.memberId) as
              | { id: string }
              | undefined);
      const id = existing?.id ?? randomUUID();
      if (existing) {
        // A newer file from the same member: it is handed in again, whatever the old one's status.
        this.sql("UPDATE submissions SET status = '已交' WHERE id = ?").run(id);
      } else {
        this.sql("INSERT INTO submissions (id, collection_id, member_id, status, note, created_at) VALUES (?, ?, ?, '已交', '', ?)").run(
          id,
          file.collectionId,
          file.memberId,
          this.now(),
        );
      }
      this.addVersion(id, file);
      return this.mustGet(this.getSubmission(id), '稿件', id);
    })();
  }

  updateSubmission(id: string, changes: SubmissionChanges): Submission {
    const current = this.mustGet(this.getSubmission(id), '稿件', id);
    const memberId = changes.memberId === undefined ? current.memberId : changes.memberId;
    const assigned = memberId !== null && memberId !== current.memberId ? this.assignable(current.collectionId, memberId) : undefined;
    this.db.transaction(() => {
      this.sql('UPDATE submissions SET status = ?, note = ?, member_id = ? WHERE id = ?').run(
        changes.status ?? current.status,
        changes.note ?? current.note,
        memberId,
        id,
      );
      // The organizer says whose file it is: the latest version is theirs.
      if (assigned) this.sql('UPDATE submission_versions SET submitter = ? WHERE submission_id = ? AND version = ?').run(assigned.name, id, current.version);
    })();
    return this.mustGet(this.getSubmission(id), '稿件', id);
  }

  revise(submissionId: string, draft: Draft, origin: Exclude<VersionOrigin, '收到'>): Submission {
    const current = this.mustGet(this.getSubmission(submissionId), '稿件', submissionId);
    this.db.transaction(() => {
      this.addVersion(
        submissionId,
        { collectionId: current.collectionId, memberId: current.memberId, fileName: current.fileName, submitter: current.submitter, receivedAt: this.now(), draft },
        origin,
      );
    })();
    return this.mustGet(this.getSubmission(submissionId), '稿件', submissionId);
  }

  removeSubmission(id: string): void {
    this.sql('DELETE FROM submissions WHERE id = ?').run(id);
  }

  history(submissionId: string): SubmissionVersion[] {
    const rows = this.sql('SELECT version, file_name, submitter, received_at, origin FROM submission_versions WHERE submission_id = ? ORDER BY version DESC').all(
      submissionId,
    ) as SubmissionRow[];
    return rows.map(toVersion);
  }

  draft(submissionId: string, version?: number): Draft | undefined {
    const row = (
      version === undefined
        ? this.sql('SELECT draft FROM submission_versions WHERE submission_id = ? ORDER BY version DESC LIMIT 1').get(submissionId)
        : this.sql('SELECT draft FROM submission_versions WHERE submission_id = ? AND version = ?').get(submissionId, version)
    ) as { draft: string } | undefined;
    return row && parseDraftJson(row.draft);
  }

  private addVersion(submissionId: string, file: ReceivedFile, origin: VersionOrigin = '收到'): void {
    const draft = storableDraftJson(file);
    const { last } = this.sql('SELECT COALESCE(MAX(version), 0) AS last FROM submission_versions WHERE submission_id = ?').get(submissionId) as {
      last: number;
    };
    this.sql('INSERT INTO submission_versions (submission_id, version, file_name, submitter, received_at, title, draft, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      submissionId,
      last + 1,
      file.fileName,
      file.submitter,
      file.receivedAt,
      titleOf(file.draft.children) || file.fileName,
      draft,
      origin,
    );
  }

  /** One submission per member: the organizer merges by importing the newer file again, not by assigning two. */
  private assignable(collectionId: string, memberId: string): RosterMember {
    const member = this.getMember(memberId);
    if (!member || member.collectionId !== collectionId) throw notFound('成员', memberId);
    const taken = this.sql('SELECT 1 FROM submissions WHERE collection_id = ? AND member_id = ?').get(collectionId, memberId);
    if (taken) {
      throw new GaojiangError('invalid-input', `${member.name}已有一份稿件。如是新版本，请删除这一份后重新导入该文件。`, `member ${memberId} already has a submission`);
    }
    return member;
  }

  private mustGet<T>(value: T | undefined, what: string, id: string): T {
    if (value === undefined) throw notFound(what, id);
    return value;
  }

  private sql(source: string): Sqlite.Statement {
    return this.db.prepare(source);
  }
}
