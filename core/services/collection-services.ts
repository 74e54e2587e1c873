import { articlesOf } from '../collect/articles.js';
import { collectionStatus, reminderText } from '../collect/collection-status.js';
import type { CollectionStorePort } from '../collect/collection-store-port.js';
import { compileCollection } from '../collect/compile-docx.js';
import { cleanPunctuation, reviewCompile } from '../collect/compile-review.js';
import { matchMember } from '../collect/roster-match.js';
import { parseRosterCsv } from '../collect/roster-csv.js';
import { findSimilarity, pairPassages, type SimilarityDocument, type SimilarityOptions, type SimilarityProblem, type SimilarityReport } from '../collect/similarity.js';
import { similarityReportDocx } from '../collect/similarity-docx.js';
import { draftComparableText } from '../collect/similarity-text.js';
import { GaojiangError, isGaojiangError } from '../errors.js';
import { exportDraftToDocx } from '../export/docx.js';
import { exportFileName } from '../file-name.js';
import { importDocument, type ImportRunner, type ImportSource } from '../import/import-document.js';
import { authorLineText } from '../model/create.js';
import type { Draft } from '../model/schema.js';
import type { collectionOperations } from './collection-contract.js';
import type { ServiceImplementation } from './contract.js';

export interface CollectionEnvironment {
  /** Opens the collections' store (in the 金句库's database); called once, on first use. Absent: no collections here. */
  openCollectionStore?: () => Promise<CollectionStorePort>;
  /** Text of a file's bytes: UTF-8 (BOM or not) or GB18030, as Chinese Windows writes them. */
  decodeText?: (bytes: Uint8Array) => string;
  /** ISO time of now (tests fix it). */
  now?: () => string;
  /** Runs the import of a submission (Node: in a worker); in process when absent. */
  importDocument?: ImportRunner;
  /** Runs 查重 of a collection (Node: in a worker, so the app keeps answering); in process when absent. */
  findSimilarity?: SimilarityRunner;
}

export type SimilarityRunner = (
  submissions: readonly SimilarityDocument[],
  references: readonly SimilarityDocument[],
  options: SimilarityOptions,
) => Promise<SimilarityReport>;

type CollectionServices = Pick<ServiceImplementation, keyof typeof collectionOperations>;

const stripExtension = (name: string): string => name.replace(/\.[^.]+$/, '');

/** A file holding several drafts (a compilation a member sent) stays one submission: its articles in order. */
function oneDraft(drafts: readonly Draft[], name: string): Draft {
  const [first] = drafts;
  if (!first) throw new GaojiangError('invalid-input', `“${name}”中没有识别出文字内容。`, `no draft in ${name}`);
  return drafts.length === 1 ? first : { ...first, children: drafts.flatMap((draft) => draft.children) };
}

const importedDraft = async (name: string, source: ImportSource, runImport: ImportRunner): Promise<Draft> =>
  oneDraft((await runImport(source, { fallbackTitle: stripExtension(name) })).drafts, name);

/** The writer as the draft names them, when no roster member matched. */
function writerOf(draft: Draft): string {
  if (draft.meta.author.trim() !== '') return authorLineText(draft.meta);
  const line = draft.children.find((block) => block.type === 'author-line');
  return line ? line.children.map((inline) => ('text' in inline ? inline.text : '')).join('').trim() : '';
}

export function createCollectionServices(env: CollectionEnvironment): CollectionServices {
  const now = env.now ?? (() => new Date().toISOString());
  const runImport = env.importDocument ?? importDocument;
  const runSimilarity: SimilarityRunner = env.findSimilarity ?? (async (submissions, references, options) => findSimilarity(submissions, references, options));
  let opening: Promise<CollectionStorePort> | undefined;
  const store = (): Promise<CollectionStorePort> => {
    const open = env.openCollectionStore;
    if (!open) return Promise.reject(new GaojiangError('invalid-input', '此处不能使用征集功能。', 'no collection store'));
    opening ??= open().catch((error: unknown) => {
      opening = undefined; // let a later call try again (the file may have been busy)
      throw error;
    });
    return opening;
  };
  const collectionOf = async (id: string) => {
    const library = await store();
    const collection = library.getCollection(id);
    if (!collection) throw new GaojiangError('file-not-found', '没有找到这个征集（可能已被删除）。', `collection ${id} not found`);
    return { library, collection };
  };
  const submissionOf = (library: CollectionStorePort, collectionId: string, id: string) => {
    const submission = library.getSubmission(id);
    const draft = submission?.collectionId === collectionId ? library.draft(id) : undefined;
    if (!submission || !draft) throw new GaojiangError('file-not-found', '没有找到这份稿件（可能已被删除）。', `submission ${id} not found`);
    return { submission, draft };
  };

  /** A draft that names no writer is signed with its roster member's name and unit, so its 汇编 article says who wrote it. */
  const signedByMember = (library: CollectionStorePort, memberId: string | null, draft: Draft): Draft => {
    const member = memberId ? library.getMember(memberId) : undefined;
    if (!member || draft.meta.author.trim() !== '' || draft.children.some((block) => block.type === 'author-line')) return draft;
    return { ...draft, meta: { ...draft.meta, author: member.name, unit: draft.meta.unit || member.unit } };
  };

  return {
    listCollections: async () => {
      const library = await store();
      return {
        collections: library.listCollections().map((collection) => {
          const { counts, members } = collectionStatus(library.roster(collection.id), library.submissions(collection.id));
          return { collection, memberCount: members.length, submittedCount: members.length - counts.未交 };
        }),
      };
    },

    saveCollection: async ({ id, fields }) => (await store()).saveCollection(fields, id),

    deleteCollection: async ({ id }) => {
      (await store()).removeCollection(id);
      return {};
    },

    collectionOverview: async ({ id }) => {
      const { library, collection } = await collectionOf(id);
      const roster = library.roster(id);
      const submissions = library.submissions(id);
      const status = collectionStatus(roster, submissions);
      return {
        collection,
        roster,
        submissions,
        members: status.members.map(({ member, status: memberStatus, submission }) => ({
          memberId: member.id,
          status: memberStatus,
          ...(submission ? { submissionId: submission.id } : {}),
        })),
        counts: status.counts,
        byUnit: status.byUnit,
        unassignedIds: status.unassigned.map((submission) => submission.id),
        reminder: reminderText(collection, status, now().slice(0, 10)),
      };
    },

    importRoster: async ({ collectionId, csv }) => {
      const { library } = await collectionOf(collectionId);
      if (!env.decodeText) throw new GaojiangError('invalid-input', '此处不能导入名单文件。', 'no text decoder');
      const parsed = parseRosterCsv(env.decodeText(csv));
      const known = new Set(library.roster(collectionId).map((m) => `${m.name}\u0000${m.unit}`));
      const fresh = parsed.members.filter((m) => !known.has(`${m.name}\u0000${m.unit}`));
      const skipped = parsed.members.length - fresh.length;
      library.addMembers(collectionId, fresh);
      return { added: fresh.length, problems: skipped > 0 ? [...parsed.problems, `${skipped} 人已在名单中，未重复添加`] : parsed.problems };
    },

    saveRosterMember: async ({ collectionId, id, fields }) => {
      const { library } = await collectionOf(collectionId);
      if (id !== undefined) return library.updateMember(id, fields);
      const [added] = library.addMembers(collectionId, [fields]);
      if (!added) throw new Error('member not added');
      return added;
    },

    deleteRosterMember: async ({ id }) => {
      (await store()).removeMember(id);
      return {};
    },

    importSubmission: async ({ collectionId, file, memberId }) => {
      const { library } = await collectionOf(collectionId);
      const draft = await importedDraft(file.name, file.source, runImport);
      const roster = library.roster(collectionId);
      const given = memberId === undefined ? undefined : roster.find((member) => member.id === memberId);
      if (memberId !== undefined && !given) throw new GaojiangError('file-not-found', '名单中没有这位成员（可能已被删除）。', `member ${memberId} not found`);
      const match = given ? { member: given, by: 'given' as const } : matchMember(roster, { fileName: file.name, draft });
      const submission = library.receive({
        collectionId,
        memberId: match?.member.id ?? null,
        fileName: file.name,
        submitter: match?.member.name ?? writerOf(draft),
        receivedAt: now(),
        draft,
      });
      return { submission, ...(match ? { matchedBy: match.by } : {}) };
    },

    updateSubmission: async ({ id, ...changes }) => (await store()).updateSubmission(id, changes),

    deleteSubmission: async ({ id }) => {
      (await store()).removeSubmission(id);
      return {};
    },

    submissionHistory: async ({ id }) => ({ versions: (await store()).history(id) }),

    checkCollectionSimilarity: async ({ collectionId, references, threshold }) => {
      const { library } = await collectionOf(collectionId);
      const submissions: SimilarityDocument[] = library.submissions(collectionId).map((submission) => ({
        id: submission.id,
        name: submission.submitter ? `${submission.submitter}：${submission.title}` : submission.title,
        ...draftComparableText(submissionOf(library, collectionId, submission.id).draft),
      }));
      const referenceDocs: SimilarityDocument[] = [];
      const unreadable: SimilarityProblem[] = [];
      for (const [index, reference] of references.entries()) {
        try {
          const draft = await importedDraft(reference.name, reference.source, runImport);
          referenceDocs.push({ id: `ref-${index + 1}`, name: reference.name, ...draftComparableText(draft) });
        } catch (error) {
          // One damaged 范文 among dozens is named in the report; the others are still compared.
          if (!isGaojiangError(error)) throw error;
          unreadable.push({ kind: 'unreadable', name: reference.name, message: `参考范文“${reference.name}”无法读取，未参与比对：${error.userMessage}` });
        }
      }
      const found = await runSimilarity(submissions, referenceDocs, threshold === undefined ? {} : { threshold });
      const report = { ...found, problems: [...unreadable, ...found.problems] };
      const shown = new Set([...submissions.map((doc) => doc.id), ...report.submissions.flatMap((s) => s.sources.map((source) => source.id))]);
      const texts = [...submissions, ...referenceDocs].filter((doc) => shown.has(doc.id)).map(({ id, name, text, excluded }) => ({ id, name, text, excluded }));
      return { report, texts };
    },

    similarityPassages: async ({ text, other }) => ({ passages: pairPassages(text, other) }),

    exportSimilarityReport: async ({ report, texts, title }) => {
      const name = title ?? '查重报告';
      const bytes = await similarityReportDocx(report, new Map(texts.map((text) => [text.id, text])), { title: name });
      return { fileName: exportFileName(name), bytes };
    },

    submissionDraft: async ({ id, version }) => {
      const library = await store();
      const submission = library.getSubmission(id);
      const draft = submission ? library.draft(id, version) : undefined;
      if (!submission || !draft) throw new GaojiangError('file-not-found', '没有找到这份稿件（可能已被删除）。', `submission ${id} v${version ?? 'latest'} not found`);
      return { draft, version: version ?? submission.version };
    },

    reviseSubmission: async ({ id, draft }) => {
      const library = await store();
      if (!library.getSubmission(id)) throw new GaojiangError('file-not-found', '没有找到这份稿件（可能已被删除）。', `submission ${id} not found`);
      return library.revise(id, draft, '组织者修改');
    },

    returnSubmission: async ({ id, draft: shown, notes, reviewer }) => {
      const library = await store();
      const submission = library.getSubmission(id);
      const draft = shown ?? (submission ? library.draft(id) : undefined);
      if (!submission || !draft) throw new GaojiangError('file-not-found', '没有找到这份稿件（可能已被删除）。', `submission ${id} not found`);
      const collection = library.getCollection(submission.collectionId);
      const author = reviewer || collection?.organizerUnit || '组织者';
      const bytes = await exportDraftToDocx(draft, {}, { author, date: new Date(now()), comments: notes });
      const returned = library.updateSubmission(id, { status: '已退回', note: `已退回修改（${notes.length} 处批注）` });
      const who = submission.submitter ? `${submission.submitter}-` : '';
      return { fileName: exportFileName(`${who}${submission.title}（退回修改）`), bytes, submission: returned };
    },

    reviewCompile: async ({ collectionId, submissionIds, threshold }) => {
      const { library } = await collectionOf(collectionId);
      const submissions = library.submissions(collectionId);
      const drafts = new Map(submissions.map((submission) => [submission.id, submissionOf(library, collectionId, submission.id).draft]));
      const nameOf = (submission: (typeof submissions)[number]): string => (submission.submitter ? `${submission.submitter}：${submission.title}` : submission.title);
      const documents: SimilarityDocument[] = submissions.map((submission) => ({
        id: submission.id,
        name: nameOf(submission),
        ...draftComparableText(drafts.get(submission.id) as Draft),
      }));
      const similarity = findSimilarity(documents, [], threshold === undefined ? {} : { threshold });
      const byId = new Map(submissions.map((submission) => [submission.id, submission]));
      const chosen = submissionIds.map((id) => {
        const submission = byId.get(id);
        if (!submission) throw new GaojiangError('file-not-found', '没有找到这份稿件（可能已被删除）。', `submission ${id} not found`);
        return { id, name: nameOf(submission), draft: drafts.get(id) as Draft };
      });
      const status = collectionStatus(library.roster(collectionId), submissions);
      const missing = status.members.filter((row) => row.status === '未交').map(({ member }) => ({ memberId: member.id, name: member.name, unit: member.unit }));
      return reviewCompile(chosen, similarity, missing);
    },

    cleanPunctuation: async ({ collectionId, submissionIds }) => {
      const { library } = await collectionOf(collectionId);
      const changed: { submissionId: string; fixes: number }[] = [];
      for (const id of submissionIds) {
        const cleaned = cleanPunctuation(submissionOf(library, collectionId, id).draft);
        if (cleaned.fixes === 0) continue;
        library.revise(id, cleaned.draft, '整理标点');
        changed.push({ submissionId: id, fixes: cleaned.fixes });
      }
      return { changed, fixes: changed.reduce((sum, entry) => sum + entry.fixes, 0) };
    },

    compileSubmissions: async ({ collectionId, submissionIds, title, unit, date, duplex, articlesOnOddPages }) => {
      const { library } = await collectionOf(collectionId);
      const articles = submissionIds.flatMap((id) => {
        const { submission, draft } = submissionOf(library, collectionId, id);
        return articlesOf(signedByMember(library, submission.memberId, draft), submission.fileName, submission.title);
      });
      const compiled = await compileCollection(articles, { title, unit, date, duplex, articlesOnOddPages });
      return {
        fileName: exportFileName(title),
        bytes: compiled.bytes,
        articles: compiled.articles.map(({ number, title: articleTitle, source }) => ({ number, title: articleTitle, source })),
      };
    },
  };
}
