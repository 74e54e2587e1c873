import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDrafts, compareLines } from '../../core/history/compare.js';
import { DAY_MS, versionsToKeep } from '../../core/history/retention.js';
import { createDraft } from '../../core/model/create.js';
import type { Draft } from '../../core/model/schema.js';
import { ALLOW_ANY_PATH, createNodeFileSystem } from '../../core/node/file-system.js';
import { AUTOSAVE_VERSION_INTERVAL_MS, DraftHistory } from '../../core/services/draft-history.js';
import { hashKey } from '../../core/services/draft-library.js';
import { expectUserError } from '../support/errors.js';
import { localServices } from '../support/local-services.js';
import { tempDir } from '../support/temp-dir.js';

const HOUR = 60 * 60 * 1000;
/** Noon, Beijing time, on a fixed day: far from any day boundary. */
const NOW = Date.UTC(2026, 5, 15, 4, 0, 0);

const draftWith = (title: string, ...paragraphs: string[]): Draft => {
  const draft = createDraft(title);
  return { ...draft, children: [draft.children[0]!, ...paragraphs.map((text) => ({ type: 'paragraph' as const, children: [{ text }] }))] };
};

describe('retention (versionsToKeep)', () => {
  const at = (id: string, msAgo: number) => ({ id, savedAtMs: NOW - msAgo });

  it('keeps every version of the last 7 days', () => {
    const versions = Array.from({ length: 50 }, (_, i) => at(`v${i}`, i * 3 * HOUR)); // 0 to 147 h old
    expect(versionsToKeep(versions, NOW, { utcOffsetMinutes: 480 }).size).toBe(50);
  });

  it('keeps only the newest of each calendar day between 7 and 90 days, nothing older', () => {
    const versions = [
      // 10 days ago (Beijing): three versions, at 09:00, 12:00 and 20:00
      at('d10-a', 10 * DAY_MS + 3 * HOUR),
      at('d10-b', 10 * DAY_MS),
      at('d10-c', 10 * DAY_MS - 8 * HOUR),
      // 30 days ago: one
      at('d30', 30 * DAY_MS),
      // 89 days ago: two
      at('d89-a', 89 * DAY_MS + 1 * HOUR),
      at('d89-b', 89 * DAY_MS),
      // 91 and 400 days: gone
      at('d91', 91 * DAY_MS),
      at('d400', 400 * DAY_MS),
    ];
    expect([...versionsToKeep(versions, NOW, { utcOffsetMinutes: 480 })].sort()).toEqual(['d10-c', 'd30', 'd89-b']);
  });

  it('splits days where the user lives, not at UTC midnight', () => {
    // 10 days ago at 07:00 and 09:00 Beijing time: one day in Beijing, two days in UTC (23:00 and 01:00).
    const early = { id: 'early', savedAtMs: Date.UTC(2026, 5, 4, 23, 0) };
    const late = { id: 'late', savedAtMs: Date.UTC(2026, 5, 5, 1, 0) };
    expect([...versionsToKeep([early, late], NOW, { utcOffsetMinutes: 480 })]).toEqual(['late']);
    expect([...versionsToKeep([early, late], NOW, { utcOffsetMinutes: 0 })].sort()).toEqual(['early', 'late']);
  });

  it('keeps a version dated in the future (a clock set back)', () => {
    expect([...versionsToKeep([at('future', -5 * DAY_MS)], NOW)]).toEqual(['future']);
  });
});

describe('compareDrafts', () => {
  it('marks the characters each side alone has, line by line', () => {
    const older = draftWith('题目', '第一段不变。', '我们要坚持学习，提高认识。', '删去的一段。');
    const newer = draftWith('题目', '第一段不变。', '我们必须坚持学习，提高思想认识。');
    const { rows, removedChars, addedChars } = compareDrafts(older, newer);
    expect(rows[0]).toEqual({ left: [{ text: '题目', changed: false }], right: [{ text: '题目', changed: false }] });
    expect(rows[1]?.left).toEqual([{ text: '第一段不变。', changed: false }]);
    const changed = rows[2]!;
    const marked = (segments = changed.left) => (segments ?? []).filter((s) => s.changed).map((s) => s.text);
    expect(marked(changed.left)).toEqual(['要']);
    expect(marked(changed.right)).toEqual(['必须', '思想']);
    expect(changed.left?.map((s) => s.text).join('')).toBe('我们要坚持学习，提高认识。');
    expect(changed.right?.map((s) => s.text).join('')).toBe('我们必须坚持学习，提高思想认识。');
    expect(rows[3]).toEqual({ left: [{ text: '删去的一段。', changed: true }] });
    expect(removedChars).toBe(1 + 6);
    expect(addedChars).toBe(4);
  });

  it('says two equal versions have no differences', () => {
    const draft = draftWith('题目', '正文。');
    const result = compareDrafts(draft, structuredClone(draft));
    expect([result.removedChars, result.addedChars]).toEqual([0, 0]);
    expect(result.rows.every((row) => row.left?.every((s) => !s.changed) && row.right?.every((s) => !s.changed))).toBe(true);
  });

  it('marks whole lines when a run differs beyond the character bound, quickly', () => {
    const a = Array.from({ length: 300 }, (_, i) => `甲${i}`.repeat(20));
    const b = Array.from({ length: 300 }, (_, i) => `乙${i}`.repeat(20));
    const start = performance.now();
    const result = compareLines(a, b);
    expect(performance.now() - start).toBeLessThan(500);
    expect(result.rows).toHaveLength(300);
    expect(result.removedChars).toBe(a.join('').length);
  });
});

describe('DraftHistory', () => {
  const setUp = () => {
    const dir = tempDir();
    let clock = NOW;
    const history = new DraftHistory(createNodeFileSystem(ALLOW_ANY_PATH), dir, () => clock, () => 480);
    const draftPath = path.join(dir, '稿件', '发言.gaojiang');
    return { dir, history, draftPath, tick: (ms: number) => (clock += ms), folder: path.join(dir, '历史', hashKey(draftPath)) };
  };

  it('keeps one version per save with time, title and body count, newest first; an unchanged save adds none', async () => {
    const { history, draftPath, tick } = setUp();
    await history.recordSave(draftPath, draftWith('学习体会', '一二三四五。'));
    tick(1_000);
    await history.recordSave(draftPath, draftWith('学习体会', '一二三四五六七。'));
    tick(1_000);
    expect(await history.recordSave(draftPath, draftWith('学习体会', '一二三四五六七。'))).toBeUndefined();
    const versions = await history.list(draftPath);
    expect(versions).toEqual([
      { id: `${NOW + 1_000}-save`, savedAtMs: NOW + 1_000, kind: 'save', title: '学习体会', chars: 8 },
      { id: `${NOW}-save`, savedAtMs: NOW, kind: 'save', title: '学习体会', chars: 6 },
    ]);
    const { draft } = await history.read(draftPath, versions[1]!.id);
    expect(draft.children[1]).toEqual({ type: 'paragraph', children: [{ text: '一二三四五。' }] });
  });

  it('lists a damaged version file as damaged and still lists and opens the others', async () => {
    const { history, draftPath, tick, folder } = setUp();
    await history.recordSave(draftPath, draftWith('甲', '第一版。'));
    tick(1_000);
    await history.recordSave(draftPath, draftWith('甲', '第二版。'));
    writeFileSync(path.join(folder, `${NOW - 5_000}-save.json`), '{"version":{"path":'); // cut off mid-write
    writeFileSync(path.join(folder, `${NOW - 6_000}-auto.json`), JSON.stringify({ version: { path: draftPath, savedAtMs: 1, kind: 'auto', title: '', chars: 0 }, draft: { schemaVersion: 1 } }));
    writeFileSync(path.join(folder, 'notes.txt'), 'not a version');
    const versions = await history.list(draftPath);
    expect(versions.map((v) => [v.id, v.damaged ?? false])).toEqual([
      [`${NOW + 1_000}-save`, false],
      [`${NOW}-save`, false],
      [`${NOW - 5_000}-save`, true],
      [`${NOW - 6_000}-auto`, true],
    ]);
    expect((await history.read(draftPath, `${NOW}-save`)).draft.children[1]).toMatchObject({ children: [{ text: '第一版。' }] });
    await expectUserError(() => history.read(draftPath, `${NOW - 5_000}-save`), 'invalid-draft', /已损坏/);
    await expectUserError(() => history.read(draftPath, `${NOW - 9_000}-save`), 'file-not-found', /找不到这个历史版本/);
  });

  it('keeps an autosaved version at most every 10 minutes', async () => {
    const { history, draftPath, tick } = setUp();
    expect(await history.recordAutosave(draftPath, draftWith('甲', '一。'))).toMatchObject({ kind: 'auto' });
    tick(AUTOSAVE_VERSION_INTERVAL_MS - 1);
    expect(await history.recordAutosave(draftPath, draftWith('甲', '一二。'))).toBeUndefined();
    tick(1);
    expect(await history.recordAutosave(draftPath, draftWith('甲', '一二三。'))).toMatchObject({ kind: 'auto', chars: 4 });
    // A save counts as a recent version too.
    tick(AUTOSAVE_VERSION_INTERVAL_MS);
    await history.recordSave(draftPath, draftWith('甲', '保存。'));
    tick(60_000);
    expect(await history.recordAutosave(draftPath, draftWith('甲', '保存后再改。'))).toBeUndefined();
    expect((await history.list(draftPath)).map((v) => v.kind)).toEqual(['save', 'auto', 'auto']);
  });

  it('thins old versions by the retention rule when a version is written', async () => {
    const { history, draftPath, tick, folder } = setUp();
    // Four versions 100 days ago, then three 20 days ago (one day), then a save now.
    for (let i = 0; i < 4; i++) await history.recordSave(draftPath, draftWith('甲', `旧${i}。`));
    tick(80 * DAY_MS);
    for (let i = 0; i < 3; i++) await history.recordSave(draftPath, draftWith('甲', `中${i}。`));
    tick(20 * DAY_MS);
    await history.recordSave(draftPath, draftWith('甲', '新。'));
    expect(readdirSync(folder)).toHaveLength(2);
    const titles = await Promise.all((await history.list(draftPath)).map(async (v) => (await history.read(draftPath, v.id)).draft.children[1]));
    expect(titles).toEqual([
      { type: 'paragraph', children: [{ text: '新。' }] },
      { type: 'paragraph', children: [{ text: '中2。' }] },
    ]);
  });
});

describe('history services', () => {
  it('keeps a version per save and on autosave, lists and reads them', async () => {
    const { services, libraryDir } = localServices({ keepHistory: true });
    const file = path.join(libraryDir, '稿件', '发言.gaojiang');
    await services.saveDraft({ path: file, draft: draftWith('发言', '第一稿。') });
    await services.saveDraft({ path: file, draft: draftWith('发言', '第二稿。') });
    await services.saveRecovery({ key: file, path: file, draft: draftWith('发言', '还没保存的。') }); // within 10 min: no version
    const { versions } = await services.listDraftVersions({ path: file });
    expect(versions.map((v) => [v.kind, v.damaged ? 0 : v.chars])).toEqual([
      ['save', 4],
      ['save', 4],
    ]);
    const oldest = await services.readDraftVersion({ path: file, id: versions[1]!.id });
    expect(oldest.draft.children[1]).toMatchObject({ children: [{ text: '第一稿。' }] });
    // Nothing for a never-saved draft's autosave.
    await services.saveRecovery({ key: 'untitled-1', draft: draftWith('无名', '草稿。') });
    expect(readdirSync(path.join(libraryDir, '历史'))).toHaveLength(1);
  });

  it('keeps no history for the CLI (no keepHistory, no recent list)', async () => {
    const { services, libraryDir } = localServices();
    await services.saveDraft({ path: path.join(libraryDir, 'x.gaojiang'), draft: draftWith('甲') });
    expect(existsSync(path.join(libraryDir, '历史'))).toBe(false);
  });

  it('validates version ids: no path, no traversal, no other file', async () => {
    const { services, libraryDir } = localServices({ keepHistory: true });
    const file = path.join(libraryDir, 'a.gaojiang');
    for (const id of ['../../recent', '1-save/../../x', '1-save.json', '/etc/passwd', '1-backup', '', '1'.repeat(30) + '-save']) {
      await expectUserError(() => services.readDraftVersion({ path: file, id }), 'invalid-input', /./);
    }
    await expectUserError(() => services.listDraftVersions({ path: '' }), 'invalid-input', /./);
  });

  it('refuses to save a draft into the history folder', async () => {
    const { services, libraryDir } = localServices({ keepHistory: true });
    await expectUserError(
      () => services.saveDraft({ path: path.join(libraryDir, '历史', 'x.gaojiang'), draft: draftWith('甲') }),
      'path-not-allowed',
      /稿件只能保存在/,
    );
  });

  it('a failing history does not fail the save', async () => {
    const { services, libraryDir } = localServices({ keepHistory: true });
    writeFileSync(path.join(libraryDir, '历史'), 'a file where the folder should be');
    const file = path.join(libraryDir, 'a.gaojiang');
    await expect(services.saveDraft({ path: file, draft: draftWith('甲') })).resolves.toEqual({ path: file });
    expect(existsSync(file)).toBe(true);
  });
});
