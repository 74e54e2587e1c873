import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { GaojiangError } from '../../core/errors.js';

/**
 * Durable writes (core/node/safe-write.ts) when the disk or Windows says no:
 * failures are injected into node:fs/promises — a rename refused while
 * another program holds the file (EBUSY), a full disk (ENOSPC).
 */
const faults = vi.hoisted(() => ({ rename: [] as string[], openForWrite: undefined as string | undefined, renames: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const fail = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  return {
    ...real,
    rename: async (from: string, to: string) => {
      faults.renames++;
      const code = faults.rename.shift();
      if (code) throw fail(code);
      return real.rename(from, to);
    },
    open: async (file: string, flags: string, mode?: number) => {
      if (flags === 'wx' && faults.openForWrite) throw fail(faults.openForWrite);
      return real.open(file, flags, mode);
    },
  };
});

const { writeFileDurably, BACKUP_SUFFIX, ORPHAN_AGE_MS } = await import('../../core/node/safe-write.js');

const folder = mkdtempSync(path.join(tmpdir(), 'gaojiang-safe-write-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(() => {
  faults.rename = [];
  faults.openForWrite = undefined;
  faults.renames = 0;
});
const noDelays = { retryDelaysMs: [1, 1, 1, 1] };
const temps = () => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

describe('durable writes', () => {
  it('replaces the file, keeps the previous version as .bak and keeps the file’s permissions', async () => {
    const file = path.join(folder, '稿件.gaojiang');
    await writeFileDurably(file, '第一版', { backup: true });
    chmodSync(file, 0o600);
    await writeFileDurably(file, '第二版', { backup: true });
    expect(readFileSync(file, 'utf8')).toBe('第二版');
    expect(readFileSync(file + BACKUP_SUFFIX, 'utf8')).toBe('第一版');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(temps()).toEqual([]);
  });

  it('retries a rename another program blocks for a moment (EBUSY), then succeeds', async () => {
    const file = path.join(folder, 'busy.gaojiang');
    writeFileSync(file, '旧');
    faults.rename = ['EBUSY', 'EPERM', 'EBUSY'];
    await writeFileDurably(file, '新', noDelays);
    expect(readFileSync(file, 'utf8')).toBe('新');
    expect(faults.renames).toBe(4);
  });

  it('gives up after five tries with a Chinese error, leaving the old file and no temporary file', async () => {
    const file = path.join(folder, 'held.gaojiang');
    writeFileSync(file, '旧');
    faults.rename = Array(10).fill('EBUSY');
    const error = await writeFileDurably(file, '新', noDelays).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GaojiangError);
    expect(error).toMatchObject({ code: 'file-unwritable', userMessage: expect.stringMatching(/正被其他程序占用/) });
    expect(faults.renames).toBe(5);
    expect(readFileSync(file, 'utf8')).toBe('旧');
    expect(temps()).toEqual([]);
  });

  it('a full disk is not retried: a Chinese error at once, the old file intact', async () => {
    const file = path.join(folder, 'full.gaojiang');
    writeFileSync(file, '旧');
    faults.openForWrite = 'ENOSPC';
    await expect(writeFileDurably(file, '新', noDelays)).rejects.toMatchObject({ code: 'file-unwritable', userMessage: expect.stringMatching(/磁盘空间不足/) });
    expect(readFileSync(file, 'utf8')).toBe('旧');
    expect(temps()).toEqual([]);
  });

  it('removes temporary files a dead writer left, never a live one’s nor a fresh one another computer may be writing', async () => {
    const file = path.join(folder, 'orphans.gaojiang');
    const dead = `.orphans.gaojiang.999999999-0123456789ab.tmp`;
    const live = `.orphans.gaojiang.${process.ppid}-0123456789ab.tmp`;
    // A process id unknown here, written a moment ago: another computer's save on a shared folder.
    const fresh = `.orphans.gaojiang.999999998-0123456789ab.tmp`;
    writeFileSync(path.join(folder, dead), 'half');
    writeFileSync(path.join(folder, live), 'in flight');
    writeFileSync(path.join(folder, fresh), 'in flight elsewhere');
    const old = (Date.now() - ORPHAN_AGE_MS - 10_000) / 1000;
    utimesSync(path.join(folder, dead), old, old);
    utimesSync(path.join(folder, live), old, old);
    await writeFileDurably(file, '新');
    expect(temps().filter((name) => name.startsWith('.orphans')).sort()).toEqual([live, fresh].sort());
    rmSync(path.join(folder, live));
    rmSync(path.join(folder, fresh));
  });
});

describe('edge cases of issue #14 (item 10)', () => {
  it('20 concurrent saves of one path run one after another: the last one wins, no .tmp or .bak.tmp is left', async () => {
    const file = path.join(folder, '并发.gaojiang');
    writeFileSync(file, 'v0');
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileDurably(file, `v${i + 1}`, { backup: true })));
    expect(readFileSync(file, 'utf8')).toBe('v20');
    expect(readFileSync(`${file}${BACKUP_SUFFIX}`, 'utf8')).toBe('v19');
    expect(readdirSync(folder).filter((name) => name.startsWith('.并发.gaojiang.'))).toEqual([]);
  });

  it('a failed save does not stop the next one queued for the same path', async () => {
    const file = path.join(folder, '排队.gaojiang');
    faults.openForWrite = 'ENOSPC';
    const first = writeFileDurably(file, 'a');
    const second = writeFileDurably(file, 'b');
    await expect(first).rejects.toBeInstanceOf(GaojiangError);
    faults.openForWrite = undefined;
    await second.catch(() => undefined);
    await writeFileDurably(file, 'c');
    expect(readFileSync(file, 'utf8')).toBe('c');
  });

  it('a read-only (0444) file is refused in Chinese and left as it was, without a .bak', async () => {
    const file = path.join(folder, '只读.gaojiang');
    writeFileSync(file, 'kept');
    chmodSync(file, 0o444);
    const error = await writeFileDurably(file, 'new', { backup: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GaojiangError);
    expect((error as GaojiangError).userMessage).toMatch(/只读文件，稿匠不会覆盖它/);
    expect(readFileSync(file, 'utf8')).toBe('kept');
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(readdirSync(folder).filter((name) => name.includes('只读.gaojiang') && name !== '只读.gaojiang')).toEqual([]);
  });
});
