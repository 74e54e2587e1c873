import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../../core/model/create.js';
import { ALLOW_ANY_PATH, createNodeFileSystem, insideFolderPolicy } from '../../core/node/file-system.js';
import { DraftLibrary } from '../../core/services/draft-library.js';
import { expectUserError } from '../support/errors.js';
import { tempDir } from '../support/temp-dir.js';

describe('DraftLibrary', () => {
  const setUp = () => {
    const dir = tempDir();
    let clock = 1_000;
    const library = new DraftLibrary(createNodeFileSystem(ALLOW_ANY_PATH), dir, () => clock);
    return { dir, library, tick: (ms: number) => (clock += ms) };
  };

  it('suggests free file names in the drafts folder from the title', async () => {
    const { dir, library } = setUp();
    const first = await library.suggestPath('学习“千万工程”研讨发言：张三/草稿');
    expect(first).toBe(path.join(dir, '稿件', '学习“千万工程”研讨发言：张三 草稿.gaojiang'));
    mkdirSync(path.dirname(first), { recursive: true });
    writeFileSync(first, '{}');
    expect(await library.suggestPath('学习“千万工程”研讨发言：张三/草稿')).toBe(
      path.join(dir, '稿件', '学习“千万工程”研讨发言：张三 草稿（2）.gaojiang'),
    );
    expect(await library.suggestPath('   ')).toBe(path.join(dir, '稿件', '未命名稿件.gaojiang'));
  });

  it('keeps recent files newest first, without repeats, at most ten', async () => {
    const { library } = setUp();
    for (let i = 0; i < 12; i++) await library.recordRecent(`/d/${i}.gaojiang`);
    await library.recordRecent('/d/5.gaojiang');
    const recent = await library.recentFiles();
    expect(recent.map((f) => f.name)).toEqual(
      ['5', '11', '10', '9', '8', '7', '6', '4', '3', '2'].map((n) => `${n}.gaojiang`),
    );
  });

  it('offers a recovery copy only when it is newer than the saved file', async () => {
    const { dir, library } = setUp();
    const file = path.join(dir, 'a.gaojiang');
    writeFileSync(file, '{}');
    utimesSync(file, 2, 2); // saved at 2 000 ms
    await library.saveRecovery(file, file, createDraft('甲'));
    await library.saveRecovery('untitled-1', undefined, createDraft('乙'));
    // Copy of a.gaojiang was taken at 1 000 ms, before the save: not offered.
    expect((await library.listRecoveries()).map((r) => r.title)).toEqual(['乙']);

    await library.saveRecovery(file, file, createDraft('甲（改）')); // still 1 000 < 2 000
    utimesSync(file, 0.5, 0.5);
    const offered = await library.listRecoveries();
    expect(offered.map((r) => r.title).sort()).toEqual(['乙', '甲（改）']);
    const restored = await library.readRecovery(file);
    expect(restored.draft.children[0]).toEqual({ type: 'title', children: [{ text: '甲（改）' }] });

    await library.discardRecovery(file);
    expect((await library.listRecoveries()).map((r) => r.title)).toEqual(['乙']);
  });

  it('skips a damaged recovery copy instead of failing', async () => {
    const { dir, library } = setUp();
    await library.saveRecovery('k', undefined, createDraft('好的'));
    mkdirSync(path.join(dir, '恢复'), { recursive: true });
    writeFileSync(path.join(dir, '恢复', 'broken.json'), '{"entry":');
    expect((await library.listRecoveries()).map((r) => r.title)).toEqual(['好的']);
  });

  it('cannot reach outside its folder when the policy confines it', async () => {
    const dir = tempDir();
    const files = createNodeFileSystem(insideFolderPolicy(dir), dir);
    await expectUserError(() => files.readText('../etc/passwd'), 'path-not-allowed', /不允许访问/);
    await expectUserError(() => files.writeTextAtomic('/tmp/x.json', '{}'), 'path-not-allowed', /不允许访问/);
    await files.writeTextAtomic('sub/ok.json', '{}');
    expect((await files.listFiles('sub')).map((f) => f.name)).toEqual(['ok.json']);
  });
});
