import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { GaojiangError } from '../../core/errors.js';
import type { MenuCommand } from '../../core/services/bridge.js';
import { needsReplaceQuestion, parseSuggestedDraftName, withDraftExtension } from '../../electron/draft-save-path.js';
import { createGrantedPathsPolicy } from '../../electron/granted-paths.js';
import { grantRecentFiles } from '../../electron/recent-grants.js';
import { guardUnsavedClose, type GuardedContents } from '../../electron/unsaved-close.js';

describe('the save dialog for drafts', () => {
  it('takes a title string of reasonable length and nothing else', () => {
    expect(parseSuggestedDraftName(['学习体会'])).toBe('学习体会');
    expect(parseSuggestedDraftName([''])).toBe('');
    for (const bad of [[], [42], [null], [{ toString: () => 'x' }], ['长'.repeat(501)]]) {
      expect(() => parseSuggestedDraftName(bad)).toThrow(GaojiangError);
    }
  });

  it('gives every name without .gaojiang the extension (drafts are saved only as .gaojiang)', () => {
    expect(withDraftExtension('/home/a/稿件/发言')).toBe(path.resolve('/home/a/稿件/发言.gaojiang'));
    expect(withDraftExtension('/home/a/稿件/发言.gaojiang')).toBe(path.resolve('/home/a/稿件/发言.gaojiang'));
    expect(withDraftExtension('/home/a/稿件/发言.GAOJIANG')).toBe(path.resolve('/home/a/稿件/发言.GAOJIANG'));
    expect(withDraftExtension('/home/a/旧稿.json')).toBe(path.resolve('/home/a/旧稿.json.gaojiang'));
    expect(withDraftExtension('/home/a/发言.docx')).toBe(path.resolve('/home/a/发言.docx.gaojiang'));
  });

  it('asks again when adding .gaojiang lands on an existing file the Linux dialog never asked about (#14 item 11)', () => {
    const existing = new Set([path.resolve('/home/a/发言.gaojiang')]);
    const exists = (file: string) => existing.has(file);
    expect(needsReplaceQuestion('/home/a/发言', withDraftExtension('/home/a/发言'), exists)).toBe(true);
    // The dialog itself asked about the name as typed.
    expect(needsReplaceQuestion('/home/a/发言.gaojiang', withDraftExtension('/home/a/发言.gaojiang'), exists)).toBe(false);
    expect(needsReplaceQuestion('/home/a/新稿', withDraftExtension('/home/a/新稿'), exists)).toBe(false);
  });
});

describe('recent files of earlier sessions', () => {
  it('grants absolute draft paths from the list, nothing else it names', async () => {
    const policy = createGrantedPathsPolicy();
    const files = [
      { path: '/home/a/稿件/发言.gaojiang', name: '发言.gaojiang' },
      { path: '/home/a/旧稿.json', name: '旧稿.json' },
      { path: '/home/a/.ssh/id_rsa', name: 'id_rsa' },
      { path: 'relative/稿.gaojiang', name: '稿.gaojiang' },
    ];
    const granted = await grantRecentFiles({ recentFiles: async () => ({ files }) }, policy);
    expect(granted).toBe(2);
    expect(policy.isAllowed('/home/a/稿件/发言.gaojiang', 'write')).toBe(true);
    expect(policy.isAllowed('/home/a/旧稿.json', 'read')).toBe(true);
    expect(policy.isAllowed('/home/a/.ssh/id_rsa', 'read')).toBe(false);
    expect(policy.isAllowed(path.resolve('relative/稿.gaojiang'), 'read')).toBe(false);
  });
});

describe('closing a window with unsaved work', () => {
  const setUp = (answers: number[]) => {
    let refuse: ((event: { preventDefault(): void }) => void) | undefined;
    const sent: MenuCommand[] = [];
    const contents: GuardedContents = {
      on: (_event, listener) => (refuse = listener),
      send: (_channel, command) => sent.push(command),
    };
    const asked = vi.fn(async () => answers.shift() ?? 2);
    const logs: string[] = [];
    guardUnsavedClose(contents, asked, (line) => logs.push(line));
    return { refuse: () => refuse!({ preventDefault: vi.fn() }), sent, asked, logs };
  };

  it('保存 and 不保存 go back to the page, which holds the draft; 取消 does nothing', async () => {
    const { refuse, sent, asked } = setUp([0, 1, 2]);
    for (let i = 0; i < 3; i++) {
      refuse();
      await vi.waitFor(() => expect(asked).toHaveBeenCalledTimes(i + 1));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(sent).toEqual(['save-and-close', 'discard-and-close']);
  });

  it('asks once while its question is open, again after it is answered', async () => {
    let answer: (choice: number) => void = () => {};
    const sent: MenuCommand[] = [];
    let refuse: (() => void) | undefined;
    const asked = vi.fn(() => new Promise<number>((resolve) => (answer = resolve)));
    guardUnsavedClose({ on: (_e, listener) => (refuse = () => listener({ preventDefault() {} })), send: (_c, command) => sent.push(command) }, asked, () => {});
    refuse!();
    refuse!();
    expect(asked).toHaveBeenCalledTimes(1);
    answer(1);
    await vi.waitFor(() => expect(sent).toEqual(['discard-and-close']));
    refuse!();
    expect(asked).toHaveBeenCalledTimes(2);
  });

  it('a failing dialog is logged and leaves the window open', async () => {
    const sent: MenuCommand[] = [];
    const logs: string[] = [];
    let refuse: (() => void) | undefined;
    guardUnsavedClose(
      { on: (_e, listener) => (refuse = () => listener({ preventDefault() {} })), send: (_c, command) => sent.push(command) },
      () => Promise.reject(new Error('no display')),
      (line) => logs.push(line),
    );
    refuse!();
    await vi.waitFor(() => expect(logs.join('\n')).toMatch(/no display/));
    expect(sent).toEqual([]);
  });
});
