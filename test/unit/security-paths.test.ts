import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GaojiangError } from '../../core/errors.js';
import { createNodeFileSystem, insideFolderPolicy } from '../../core/node/file-system.js';
import { isWindowsDeviceName } from '../../core/file-name.js';
import { assertPlainPath } from '../../core/node/path-names.js';
import { createGrantedPathsPolicy } from '../../electron/granted-paths.js';

/**
 * Paths from the renderer or the web never reach outside the allowed roots:
 * `../`, absolute paths, UNC shares, NUL bytes and Windows device names are
 * refused by name, and links are followed to where they really lead. Windows
 * paths are checked with path.win32, the same code the app runs there.
 */
const isRefusal = (error: unknown): boolean => error instanceof GaojiangError && error.code === 'path-not-allowed' && /[\u4e00-\u9fff]/.test(error.userMessage);

describe('path names (Windows rules, checked with path.win32)', () => {
  const root = 'C:\\Users\\张三\\稿匠';
  const policy = insideFolderPolicy(root, path.win32);
  const allowed = (p: string) => {
    const absolute = path.win32.resolve(root, p);
    try {
      assertPlainPath(absolute, path.win32);
    } catch (error) {
      expect(isRefusal(error)).toBe(true);
      return false;
    }
    return policy.isAllowed(absolute, 'write');
  };

  it('allows files inside the library, in any letter case Windows treats as the same', () => {
    expect(allowed('稿件\\学习体会.gaojiang')).toBe(true);
    expect(allowed('C:\\Users\\张三\\稿匠\\恢复\\a.json')).toBe(true);
    expect(allowed('c:\\users\\张三\\稿匠\\稿件\\a.gaojiang')).toBe(true);
  });

  it.each([
    '..\\secret.txt',
    '稿件\\..\\..\\secret.txt',
    '稿件/../../secret.txt',
    'C:\\Windows\\System32\\drivers\\etc\\hosts',
    'D:\\稿匠\\稿件\\a.gaojiang',
    'C:\\Users\\张三\\稿匠-evil\\a.gaojiang',
    '\\\\server\\share\\稿件.gaojiang',
    '//server/share/稿件.gaojiang',
    '\\\\?\\C:\\Users\\张三\\稿匠\\稿件\\a.gaojiang',
    '\\\\.\\C:\\Users\\张三\\稿匠\\a.gaojiang',
    '\\\\.\\COM1',
    '稿件\\CON',
    '稿件\\con.gaojiang',
    '稿件\\NUL.json',
    '稿件\\COM1.txt',
    '稿件\\lpt9',
    '稿件\\CON .gaojiang',
    '稿件\\aux.',
    '稿件\\a.gaojiang:hidden',
    '稿件\\a\0.gaojiang',
    '\\secret.txt',
  ])('refuses %s', (p) => {
    expect(allowed(p)).toBe(false);
  });

  it('knows the device names and nothing else', () => {
    for (const name of ['CON', 'prn.txt', 'Aux', 'NUL.tar.gz', 'COM1', 'com9.json', 'LPT1', 'COM¹', 'conin$', 'CONOUT$.log', 'nul ']) {
      expect(isWindowsDeviceName(name), name).toBe(true);
    }
    for (const name of ['CONSOLE', 'con1', 'COM10', 'nullable.txt', 'com', '稿件', 'AUX稿']) expect(isWindowsDeviceName(name), name).toBe(false);
  });

  it('for 10,000 generated paths, what is allowed lies inside the library and names no device', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '', 'CON', 'nul.json', 'COM1', 'Lpt3.txt', 'C:', 'D:', '\\\\server\\share', '\\\\?\\C:', '稿件', '恢复', '稿匠', 'Users', '张三', 'a.gaojiang', 'x:y', '\0'),
      fc.string({ maxLength: 6 }),
    );
    const paths = fc.tuple(fc.constantFrom('', '\\', 'C:\\', 'c:/', '\\\\'), fc.array(segment, { maxLength: 6 }), fc.constantFrom('\\', '/')).map(([head, parts, sep]) => head + parts.join(sep));
    let allowedCount = 0;
    fc.assert(
      fc.property(paths, (p) => {
        if (!allowed(p)) return;
        allowedCount++;
        const absolute = path.win32.resolve(root, p);
        expect(absolute.toLowerCase().startsWith(`${root.toLowerCase()}\\`)).toBe(true);
        expect(absolute.slice(root.length).split('\\').some(isWindowsDeviceName)).toBe(false);
        expect(absolute).not.toContain('\0');
      }),
      { numRuns: 10_000 },
    );
    console.log(`path_fuzz windows: 10000 generated paths, ${allowedCount} allowed, all inside the library`);
  });
});

describe('the Node file system confined to one folder (real files, links followed)', () => {
  let base: string;
  let root: string;
  let outside: string;
  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'gaojiang-paths-'));
    root = path.join(base, '稿匠');
    outside = path.join(base, 'outside');
    mkdirSync(path.join(root, '稿件'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secret.txt'), 'secret');
    writeFileSync(path.join(root, '稿件', 'a.gaojiang'), '{}');
    symlinkSync(outside, path.join(root, '稿件', 'link-out'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, '稿件', 'secret-link.txt'));
    symlinkSync(path.join(outside, 'missing.txt'), path.join(root, '稿件', 'dangling.txt'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const files = () => createNodeFileSystem(insideFolderPolicy(root), root);

  it.each([
    '../outside/secret.txt',
    '稿件/../../outside/secret.txt',
    '/etc/passwd',
    '稿件/a\0.gaojiang',
    '稿件/CON',
    '稿件/nul.json',
    '稿件/COM1.txt',
    '稿件/link-out/secret.txt',
    '稿件/secret-link.txt',
    '稿件/dangling.txt',
  ])('refuses %s for reading, writing, listing and removing', async (p) => {
    const fs = files();
    for (const attempt of [() => fs.readText(p), () => fs.writeTextAtomic(p, 'x'), () => fs.remove(p), () => fs.listFiles(p), () => fs.modifiedMs(p)]) {
      const error = await attempt().then(() => undefined, (e: unknown) => e);
      expect(isRefusal(error), `${p}: ${String(error)}`).toBe(true);
    }
    expect(readdirSync(outside).sort()).toEqual(['secret.txt']);
  });

  it('a UNC-looking name on Linux is just a file name inside the folder', async () => {
    await files().writeTextAtomic('\\\\server\\share\\x.gaojiang', '{}');
    expect(existsSync(path.join(root, '\\\\server\\share\\x.gaojiang'))).toBe(true);
  });

  it('for 2,000 generated paths, nothing is read or written outside the folder', async () => {
    const segment = fc.constantFrom('..', '.', '', '稿件', 'link-out', 'secret.txt', 'secret-link.txt', 'dangling.txt', 'CON', 'nul.txt', 'outside', base.slice(1), 'new.gaojiang', '\0');
    const paths = fc.tuple(fc.constantFrom('', '/'), fc.array(segment, { minLength: 1, maxLength: 6 })).map(([head, parts]) => head + parts.join('/'));
    await fc.assert(
      fc.asyncProperty(paths, async (p) => {
        const fs = files();
        // Refused, or a Chinese file error (not found, not a file): never an internal fault.
        const read = await fs.readText(p).then((text) => text, (error: unknown) => (error instanceof GaojiangError ? undefined : Promise.reject(error)));
        expect(read).not.toBe('secret');
        await fs.writeTextAtomic(p, 'written').catch((error: unknown) => {
          if (!(error instanceof GaojiangError)) throw error;
        });
        expect(readdirSync(outside).sort()).toEqual(['secret.txt']);
        expect(readdirSync(base).sort()).toEqual(['outside', '稿匠']);
      }),
      { numRuns: 2_000 },
    );
    console.log('path_fuzz node: 2000 generated paths, 0 reads or writes outside the folder');
  });
});

describe('Electron: only what a dialog granted', () => {
  it('refuses neighbours, parents, traversal and look-alikes of a granted file', () => {
    const policy = createGrantedPathsPolicy();
    policy.grant('/home/a/稿件/学习.gaojiang');
    expect(policy.isAllowed('/home/a/稿件/学习.gaojiang', 'write')).toBe(true);
    for (const p of ['/home/a/稿件/学习.gaojiang.bak', '/home/a/稿件', '/home/a/稿件/学习.gaojiang/../other.gaojiang', '/home/a/稿件/学习.GAOJIANG', '/home/a/稿件/学习.gaojiang\0', '/home/a/稿件/x/../../b.gaojiang']) {
      expect(policy.isAllowed(p, 'read'), p).toBe(false);
    }
  });
});
