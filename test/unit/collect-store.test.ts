import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SqliteCollectionStore } from '../../core/node/collection-store.js';
import { closeLibraryDatabase, openLibraryDatabase } from '../../core/node/quote-store/library-database.js';
import { MIGRATIONS, QUOTE_SCHEMA_VERSION } from '../../core/node/quote-store/migrations.js';
import { openSqliteQuoteStore } from '../../core/node/quote-store/open.js';
import { createDraft } from '../../core/model/create.js';
import { expectUserError } from '../support/errors.js';
import { tempDir } from '../support/temp-dir.js';

/** The library schema this feature's migration starts from (version 3: quotations and themes). */
const VERSION_BEFORE_COLLECTIONS = 3;

async function openStore() {
  const file = path.join(tempDir(), '金句库.sqlite');
  const db = await openLibraryDatabase(file);
  let clock = 0;
  const store = new SqliteCollectionStore(db, () => `2026-11-0${1 + Math.min(clock++, 8)}T08:00:00.000Z`);
  return { file, db, store };
}

const received = (collectionId: string, memberId: string | null, fileName: string, title: string) => ({
  collectionId,
  memberId,
  fileName,
  submitter: '张三',
  receivedAt: '2026-11-20T09:00:00.000Z',
  draft: createDraft(title, { author: '张三' }),
});

describe('collection store: migration', () => {
  it('adds the collection tables to a version-3 library, keeping its quotations', async () => {
    const file = path.join(tempDir(), '金句库.sqlite');
    const old = new Database(file);
    for (const step of MIGRATIONS.slice(0, VERSION_BEFORE_COLLECTIONS)) step(old);
    old.pragma(`user_version = ${VERSION_BEFORE_COLLECTIONS}`);
    old.exec(`INSERT INTO quotes (id, text, speaker, norm, created_at, updated_at)
      VALUES ('q1', '江山就是人民，人民就是江山。', '习近平总书记', '江山就是人民人民就是江山', '2025-01-01', '2025-01-01')`);
    old.close();

    const quotes = await openSqliteQuoteStore(file);
    expect(quotes.get('q1')?.text).toBe('江山就是人民，人民就是江山。');
    quotes.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(QUOTE_SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['collections', 'roster_members', 'submissions', 'submission_versions', 'quotes']));
    db.close();
  });

  it('shares one file with the 金句库: both survive closing and reopening', async () => {
    const { file, db, store } = await openStore();
    const collection = store.saveCollection({ theme: '主题教育专题研讨', deadline: '2026-12-01', organizerUnit: '机关党委' });
    closeLibraryDatabase(db);
    const reopened = new SqliteCollectionStore(await openLibraryDatabase(file));
    expect(reopened.getCollection(collection.id)?.theme).toBe('主题教育专题研讨');
  });
});

describe('collection store: roster and submissions', () => {
  it('keeps the roster in order and edits members', async () => {
    const { store } = await openStore();
    const { id } = store.saveCollection({ theme: '研讨', deadline: '', organizerUnit: '' });
    const [zhang, li] = store.addMembers(id, [
      { name: '张三', unit: '办公室', contact: '' },
      { name: '李四', unit: '财务科', contact: '13800000000' },
    ]);
    store.addMembers(id, [{ name: '王五', unit: '办公室', contact: '' }]);
    expect(store.roster(id).map((m) => m.name)).toEqual(['张三', '李四', '王五']);
    store.updateMember(li!.id, { name: '李四', unit: '人事科', contact: '' });
    expect(store.getMember(li!.id)?.unit).toBe('人事科');
    store.removeMember(zhang!.id);
    expect(store.roster(id).map((m) => m.name)).toEqual(['李四', '王五']);
  });

  it('keeps every earlier version when a member hands in a newer file', async () => {
    const { store } = await openStore();
    const { id } = store.saveCollection({ theme: '研讨', deadline: '', organizerUnit: '' });
    const [zhang] = store.addMembers(id, [{ name: '张三', unit: '', contact: '' }]);
    const first = store.receive(received(id, zhang!.id, '张三-研讨发言.docx', '初稿'));
    store.updateSubmission(first.id, { status: '已退回', note: '请补充问题查摆' });
    const second = store.receive(received(id, zhang!.id, '张三-研讨发言（修改稿）.docx', '修改稿'));

    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ version: 2, fileName: '张三-研讨发言（修改稿）.docx', status: '已交', note: '请补充问题查摆', title: '修改稿' });
    expect(store.submissions(id)).toHaveLength(1);
    expect(store.history(first.id).map((v) => [v.version, v.fileName])).toEqual([
      [2, '张三-研讨发言（修改稿）.docx'],
      [1, '张三-研讨发言.docx'],
    ]);
    expect(store.draft(first.id, 1)?.children[0]).toEqual({ type: 'title', children: [{ text: '初稿' }] });
    expect(store.draft(first.id)?.children[0]).toEqual({ type: 'title', children: [{ text: '修改稿' }] });
  });

  it('keeps unmatched files apart until assigned, one submission per member', async () => {
    const { store } = await openStore();
    const { id } = store.saveCollection({ theme: '研讨', deadline: '', organizerUnit: '' });
    const [zhang, li] = store.addMembers(id, [
      { name: '张三', unit: '', contact: '' },
      { name: '李四', unit: '', contact: '' },
    ]);
    const a = store.receive(received(id, null, '发言1.docx', '甲'));
    const b = store.receive(received(id, null, '发言2.docx', '乙'));
    expect(a.id).not.toBe(b.id);
    expect(store.updateSubmission(a.id, { memberId: zhang!.id })).toMatchObject({ memberId: zhang!.id, submitter: '张三' });
    await expectUserError(() => store.updateSubmission(b.id, { memberId: zhang!.id }), 'invalid-input', /张三已有一份稿件/);
    expect(store.updateSubmission(b.id, { memberId: li!.id })).toMatchObject({ memberId: li!.id, submitter: '李四' });
  });

  it('refuses a draft it could not read back (over a draft’s limits), keeping nothing of it', async () => {
    const { store } = await openStore();
    const { id } = store.saveCollection({ theme: '研讨', deadline: '', organizerUnit: '' });
    const file = received(id, null, '合订本.docx', '合订本');
    // What a file of several articles merges into: more paragraphs than one draft may hold.
    for (let i = 0; i < 20_000; i++) file.draft.children.push({ type: 'paragraph', children: [{ text: `第${i}段。` }] });
    await expectUserError(() => store.receive(file), 'file-too-large', /“合订本\.docx”.*分成几份/);
    expect(store.submissions(id)).toEqual([]);
  });

  it('deletes a collection with its roster and submissions', async () => {
    const { store, db } = await openStore();
    const { id } = store.saveCollection({ theme: '研讨', deadline: '', organizerUnit: '' });
    const [zhang] = store.addMembers(id, [{ name: '张三', unit: '', contact: '' }]);
    store.receive(received(id, zhang!.id, 'a.docx', '甲'));
    store.removeCollection(id);
    expect(store.listCollections()).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) FROM submission_versions').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM roster_members').pluck().get()).toBe(0);
  });
});
