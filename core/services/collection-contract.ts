import { z } from 'zod';
import {
  CollectionFieldsSchema,
  CollectionSchema,
  RosterMemberFieldsSchema,
  RosterMemberSchema,
  SubmissionSchema,
  SubmissionStatusSchema,
  SubmissionVersionSchema,
} from '../collect/collection-schema.js';
import { TOP_SOURCES } from '../collect/similarity.js';
import { DraftSchema } from '../model/schema.js';
import { ImportSourceSchema } from './import-contract.js';

/** 征集 operations: collections, rosters, submissions, status, 查重 and 汇编 (merged into contract.ts). */
const Id = z.string().min(1).max(100);
const MAX_ROSTER_BYTES = 5 * 1024 * 1024;
/** A 查重 over more texts than this is a job for the command line. */
const MAX_REFERENCES = 5_000;
const MAX_COMPILED = 2_000;
/**
 * Bounds of a 查重 report the page sends back to be written as Word: far
 * above a real collection's, so that page code cannot make the main process
 * hold whatever it sends.
 */
const MAX_COMPARED = 10_000;
const MAX_TEXTS = MAX_COMPARED + MAX_REFERENCES;
const MAX_PASSAGES = 100_000;
/** A submission's 作者：标题 or a 范文's file name. */
const TextName = z.string().max(10_000);

const Counts = z.record(SubmissionStatusSchema, z.number().int());

export const CollectionOverviewSchema = z.strictObject({
  collection: CollectionSchema,
  roster: z.array(RosterMemberSchema),
  submissions: z.array(SubmissionSchema),
  /** Status per roster member, in roster order (未交 when the member has no submission). */
  members: z.array(z.strictObject({ memberId: Id, status: SubmissionStatusSchema, submissionId: Id.optional() })),
  counts: Counts,
  byUnit: z.array(z.strictObject({ unit: z.string(), total: z.number().int(), counts: Counts })),
  /** Submissions not yet assigned to a roster member. */
  unassignedIds: z.array(Id),
  /** The 催交名单, ready to copy. */
  reminder: z.string(),
});

const SourceOverlapSchema = z.strictObject({
  id: Id,
  name: TextName,
  kind: z.enum(['submission', 'reference']),
  chars: z.number().int(),
  share: z.number(),
  passages: z.number().int(),
});

const OverlapPassageSchema = z.strictObject({
  otherId: Id,
  start: z.number().int(),
  end: z.number().int(),
  otherStart: z.number().int(),
  otherEnd: z.number().int(),
  chars: z.number().int(),
});

const ClusterSchema = z.strictObject({
  sourceId: Id,
  sourceName: TextName,
  sourceKind: z.enum(['submission', 'reference']),
  members: z.array(z.strictObject({ id: Id, name: TextName, share: z.number() })).max(MAX_TEXTS),
});

const ProblemSchema = z.strictObject({
  kind: z.enum(['unreadable', 'empty', 'duplicate']),
  name: TextName,
  message: z.string().max(20_000),
  sameAs: TextName.optional(),
});

/** Rates and pair ids only: the passages of a pair are fetched when it is opened (similarityPassages). */
export const SimilarityReportSchema = z.strictObject({
  threshold: z.number(),
  minPassageChars: z.number().int(),
  referenceCount: z.number().int(),
  clusters: z.array(ClusterSchema).max(MAX_COMPARED),
  problems: z.array(ProblemSchema).max(MAX_TEXTS),
  submissions: z
    .array(
      z.strictObject({
        id: Id,
        name: TextName,
        chars: z.number().int(),
        coveredChars: z.number().int(),
        share: z.number(),
        exceeds: z.boolean(),
        sources: z.array(SourceOverlapSchema).max(TOP_SOURCES),
      }),
    )
    .max(MAX_COMPARED),
});

const RangeSchema = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) });

/** A compared text (a submission's body, a 范文) with the quotations left out of comparing, for showing and finding passages. */
export const ComparedTextSchema = z.strictObject({
  id: Id,
  name: TextName,
  text: z.string().max(20_000_000),
  excluded: z.array(RangeSchema).max(1_000_000),
});

const ReviewEntry = { submissionId: Id, name: TextName };
export const CompileReviewSchema = z.strictObject({
  threshold: z.number(),
  similar: z.array(z.strictObject({ ...ReviewEntry, share: z.number(), sourceName: TextName })).max(MAX_COMPILED),
  checkErrors: z.array(z.strictObject({ ...ReviewEntry, errors: z.number().int(), examples: z.array(z.string().max(2_000)).max(10) })).max(MAX_COMPILED),
  punctuation: z.array(z.strictObject({ ...ReviewEntry, fixes: z.number().int() })).max(MAX_COMPILED),
  missing: z.array(z.strictObject({ memberId: Id, name: z.string(), unit: z.string() })).max(100_000),
});

const NamedSourceSchema = z.strictObject({ name: z.string().min(1).max(500), source: ImportSourceSchema });

const ExportedBytesSchema = z.strictObject({ fileName: z.string(), bytes: z.instanceof(Uint8Array) });

export const collectionOperations = {
  /** Newest first, each with how many of its roster have handed in. */
  listCollections: {
    input: z.strictObject({}),
    output: z.strictObject({
      collections: z.array(z.strictObject({ collection: CollectionSchema, memberCount: z.number().int(), submittedCount: z.number().int() })),
    }),
  },
  /** Creates a collection (no id) or changes one. */
  saveCollection: {
    input: z.strictObject({ id: Id.optional(), fields: CollectionFieldsSchema }),
    output: CollectionSchema,
  },
  deleteCollection: {
    input: z.strictObject({ id: Id }),
    output: z.strictObject({}),
  },
  /** Everything the organizer's views show: roster, submissions, status by member and unit, the 催交名单. */
  collectionOverview: {
    input: z.strictObject({ id: Id }),
    output: CollectionOverviewSchema,
  },
  /** A roster table (CSV as Excel or WPS saves it: UTF-8, with or without BOM, or GB18030) appended to the roster. */
  importRoster: {
    input: z.strictObject({
      collectionId: Id,
      csv: z.instanceof(Uint8Array).refine((b) => b.length <= MAX_ROSTER_BYTES, '名单文件过大（超过 5 MB）'),
    }),
    output: z.strictObject({ added: z.number().int(), problems: z.array(z.string()) }),
  },
  /** Adds a member (no id) or changes one. */
  saveRosterMember: {
    input: z.strictObject({ collectionId: Id, id: Id.optional(), fields: RosterMemberFieldsSchema }),
    output: RosterMemberSchema,
  },
  deleteRosterMember: {
    input: z.strictObject({ id: Id }),
    output: z.strictObject({}),
  },
  /**
   * One received file, imported like 导入 and matched to a roster member by
   * its author or file name (or given `memberId`). A member's newer file is
   * a new version of their submission. The app calls this file by file to
   * show progress.
   */
  importSubmission: {
    input: z.strictObject({ collectionId: Id, file: NamedSourceSchema, memberId: Id.optional() }),
    output: z.strictObject({
      submission: SubmissionSchema,
      /** How the member was found; absent when the file is unmatched and waits for the organizer. */
      matchedBy: z.enum(['given', 'author', 'author-line', 'file-name']).optional(),
    }),
  },
  /** Status, note, or the member an unmatched file belongs to. */
  updateSubmission: {
    input: z.strictObject({
      id: Id,
      status: SubmissionStatusSchema.optional(),
      note: z.string().max(2_000).optional(),
      memberId: Id.nullable().optional(),
    }),
    output: SubmissionSchema,
  },
  deleteSubmission: {
    input: z.strictObject({ id: Id }),
    output: z.strictObject({}),
  },
  /** Every file the submission has received, newest first. */
  submissionHistory: {
    input: z.strictObject({ id: Id }),
    output: z.strictObject({ versions: z.array(SubmissionVersionSchema) }),
  },
  /**
   * 查重 of the collection's submissions against each other and against
   * reference 范文 the organizer picked. A 范文 that cannot be read or a
   * submission without text is named in the report's problems, never
   * stopping the run.
   */
  checkCollectionSimilarity: {
    input: z.strictObject({
      collectionId: Id,
      references: z.array(NamedSourceSchema).max(MAX_REFERENCES).default([]),
      threshold: z.number().min(0).max(1).optional(),
    }),
    output: z.strictObject({
      report: SimilarityReportSchema,
      /** The texts passages point into: every submission and the references that share a passage. */
      texts: z.array(ComparedTextSchema),
    }),
  },
  /** The passages two compared texts share, offsets in both: what the page shows when a pair is opened side by side. */
  similarityPassages: {
    input: z.strictObject({ text: ComparedTextSchema, other: ComparedTextSchema }),
    output: z.strictObject({ passages: z.array(OverlapPassageSchema).max(MAX_PASSAGES) }),
  },
  /** The report as Word, the passages of each flagged submission found as it is written (the CSV is made in the page: similarityCsv is pure and small). */
  exportSimilarityReport: {
    input: z.strictObject({
      report: SimilarityReportSchema,
      texts: z.array(ComparedTextSchema).max(MAX_TEXTS),
      title: z.string().max(200).optional(),
    }),
    output: ExportedBytesSchema,
  },
  /**
   * 汇编前检查: of the chosen submissions, those over the 查重 threshold
   * (compared with the whole collection), those with 体检 errors and those
   * with punctuation 整理标点 fixes; and the roster members who have not handed in.
   */
  reviewCompile: {
    input: z.strictObject({
      collectionId: Id,
      submissionIds: z.array(Id).max(MAX_COMPILED),
      threshold: z.number().min(0).max(1).optional(),
    }),
    output: CompileReviewSchema,
  },
  /**
   * 整理标点 across the chosen submissions: the checks' mechanical punctuation
   * fixes, each changed draft stored as a new version (整理标点); the member's
   * own versions are kept.
   */
  cleanPunctuation: {
    input: z.strictObject({ collectionId: Id, submissionIds: z.array(Id).max(MAX_COMPILED) }),
    output: z.strictObject({
      changed: z.array(z.strictObject({ submissionId: Id, fixes: z.number().int() })),
      fixes: z.number().int(),
    }),
  },
  /** One version's draft (the latest when `version` is absent): what the organizer opens to read or edit. */
  submissionDraft: {
    input: z.strictObject({ id: Id, version: z.number().int().min(1).optional() }),
    output: z.strictObject({ draft: DraftSchema, version: z.number().int() }),
  },
  /** The organizer's light edit, kept as a new version (组织者修改); the member's own versions stay as they were. */
  reviseSubmission: {
    input: z.strictObject({ id: Id, draft: DraftSchema }),
    output: SubmissionSchema,
  },
  /**
   * 退回修改: the submission as Word with the organizer's notes as comments
   * (批注) on the passages they mark, for the member to revise; its status
   * becomes 已退回. `draft` is the text shown (the latest version when absent).
   */
  returnSubmission: {
    input: z.strictObject({
      id: Id,
      draft: DraftSchema.optional(),
      notes: z
        .array(z.strictObject({ block: z.number().int().min(0), start: z.number().int().min(0), end: z.number().int().min(0), text: z.string().trim().min(1, '批注不能为空').max(2_000) }))
        .min(1, '请先选中文字添加批注')
        .max(1_000),
      /** Who sends it back, named as the comments' author (the collection's 组织单位 when absent). */
      reviewer: z.string().trim().max(100).optional(),
    }),
    output: ExportedBytesSchema.extend({ submission: SubmissionSchema }),
  },
  /** The 汇编: the chosen submissions in the given order, compiled from their drafts. */
  compileSubmissions: {
    input: z.strictObject({
      collectionId: Id,
      submissionIds: z
        .array(Id)
        .min(1, '请至少选择一篇稿件')
        .max(MAX_COMPILED)
        // The same article twice in one 汇编 is never meant.
        .refine((ids) => new Set(ids).size === ids.length, '同一篇稿件选了两次'),
      title: z.string().trim().min(1, '请填写汇编标题').max(200),
      unit: z.string().trim().max(200).default(''),
      date: z.string().trim().max(40).default(''),
      /** 双面打印: the body (and, with articlesOnOddPages, every article) starts on an odd page. */
      duplex: z.boolean().default(false),
      articlesOnOddPages: z.boolean().default(false),
    }),
    output: ExportedBytesSchema.extend({
      articles: z.array(z.strictObject({ number: z.number().int(), title: z.string(), source: z.string() })),
    }),
  },
} as const;
