import { z } from 'zod';

/**
 * A 征集 (call for submissions): a theme with a deadline, the roster of
 * members expected to hand in, and what they handed in. Status belongs to
 * a submission; a member without one is 未交.
 */
export const SUBMISSION_STATUSES = ['未交', '已交', '已退回', '已收录'] as const;
export const SubmissionStatusSchema = z.enum(SUBMISSION_STATUSES);
export type SubmissionStatus = z.output<typeof SubmissionStatusSchema>;

const Id = z.string().min(1).max(100);

export const CollectionFieldsSchema = z.strictObject({
  theme: z.string().trim().min(1, '请填写征集主题').max(200),
  /** 截止日期, as the organizer typed it (an ISO date from the date picker). */
  deadline: z.string().trim().max(40).default(''),
  /** 组织单位, printed on the 汇编's cover. */
  organizerUnit: z.string().trim().max(200).default(''),
});
export type CollectionFields = z.output<typeof CollectionFieldsSchema>;

export const CollectionSchema = CollectionFieldsSchema.extend({ id: Id, createdAt: z.string() });
export type Collection = z.output<typeof CollectionSchema>;

export const MAX_NAME_CHARS = 50;
/** 单位 and 联系方式. */
export const MAX_FIELD_CHARS = 200;

export const RosterMemberFieldsSchema = z.strictObject({
  name: z.string().trim().min(1, '请填写姓名').max(MAX_NAME_CHARS),
  unit: z.string().trim().max(MAX_FIELD_CHARS).default(''),
  contact: z.string().trim().max(MAX_FIELD_CHARS).default(''),
});
export type RosterMemberFields = z.output<typeof RosterMemberFieldsSchema>;

export const RosterMemberSchema = RosterMemberFieldsSchema.extend({ id: Id, collectionId: Id, position: z.number().int() });
export type RosterMember = z.output<typeof RosterMemberSchema>;

/**
 * Where a version came from: a file the member handed in (收到), or the
 * organizer's own change of the version before it — 整理标点 (one-click
 * punctuation cleanup) or 组织者修改 (a light edit). Every version is kept.
 */
export const VERSION_ORIGINS = ['收到', '整理标点', '组织者修改'] as const;
export const VersionOriginSchema = z.enum(VERSION_ORIGINS);
export type VersionOrigin = z.output<typeof VersionOriginSchema>;

/** One version of a submission; a newer file of the same member, or the organizer's change, is a new version, the older ones are kept. */
export const SubmissionVersionSchema = z.strictObject({
  version: z.number().int().min(1),
  fileName: z.string(),
  submitter: z.string(),
  receivedAt: z.string(),
  origin: VersionOriginSchema,
});
export type SubmissionVersion = z.output<typeof SubmissionVersionSchema>;

/** A submission as listed: its latest version's file, without the draft (fetched when needed). */
export const SubmissionSchema = SubmissionVersionSchema.extend({
  id: Id,
  collectionId: Id,
  /** The roster member it belongs to; null until the organizer assigns an unmatched file. */
  memberId: Id.nullable(),
  status: SubmissionStatusSchema,
  note: z.string().max(2_000),
  title: z.string(),
});
export type Submission = z.output<typeof SubmissionSchema>;
