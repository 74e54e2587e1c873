import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SERVICE_NAME_LIST } from '../../core/services/names.js';
import { FakeWebContents } from '../support/fake-electron.js';

/**
 * The Electron binary is not available here, so main.ts runs against a fake
 * `electron` module that records what it is asked to do: which channels are
 * bound, how the window is configured, what the hardening hooks answer
 * (test/support/fake-electron.ts, shared with the security tests).
 */
const fake = vi.hoisted(async () => (await import('../support/fake-electron.js')).createFakeElectron());

vi.mock('electron', async () => {
  const { electron } = await fake;
  return { ...electron, default: electron };
});

describe('Electron main process (against a fake electron module)', async () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  // The library folder is ~/稿匠: point the home at a temporary folder, with a recent-files
  // list from an earlier session naming a draft elsewhere and a file that is not a draft.
  const home = mkdtempSync(path.join(tmpdir(), 'gaojiang-home-'));
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'gaojiang-elsewhere-'));
  const recentDraft = path.join(elsewhere, '上次的稿件.gaojiang');
  const notADraft = path.join(elsewhere, 'secrets.txt');
  writeFileSync(recentDraft, JSON.stringify({ schemaVersion: 1, meta: { author: '', unit: '', date: '', theme: '', genre: '研讨发言', templateId: '' }, numbering: { heading1: 'chinese-dun', heading2: 'chinese-paren', heading3: 'arabic-dot', heading4: 'arabic-paren', point: 'yi-shi' }, children: [{ type: 'title', children: [{ text: '上次' }] }] }));
  writeFileSync(notADraft, 'x');
  mkdirSync(path.join(home, '稿匠'));
  writeFileSync(path.join(home, '稿匠', 'recent.json'), JSON.stringify([recentDraft, notADraft]));
  const realHome = process.env['HOME'];
  process.env['HOME'] = home;
  afterAll(() => {
    process.env['HOME'] = realHome;
    rmSync(home, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });
  await import('../../electron/main.js');
  // The window opens once the recent list has been read (a file read, so not within one tick).
  const { state } = await fake;
  await vi.waitFor(() => expect(state.windows).toHaveLength(1));

  it('binds one channel per service plus the dialog and print operations, nothing else', () => {
    expect([...state.handlers.keys()].sort()).toEqual(
      [
        ...SERVICE_NAME_LIST.map((name) => `gaojiang:${name}`),
        'gaojiang-platform:chooseDraftToOpen',
        'gaojiang-platform:chooseDraftSavePath',
        'gaojiang-platform:saveExport',
        'gaojiang-platform:printPages',
        'gaojiang-platform:savePagesPdf',
        'gaojiang-platform:showExportInFolder',
      ].sort(),
    );
  });

  it('opens one sandboxed, isolated window on the built index.html', () => {
    expect(state.sandboxEnabled).toBe(true);
    expect(state.windows).toHaveLength(1);
    const window = state.windows[0]!;
    expect(window.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect((window.options['webPreferences'] as { preload: string }).preload).toMatch(/preload\.cjs$/);
    expect(window.loaded).toMatch(new RegExp(`renderer\\${path.sep}index\\.html$`));
  });

  it('blocks navigation, new windows and webviews in every web contents', () => {
    // A web contents the app did not make itself (a devtools or popup one, say).
    const contents = new FakeWebContents({});
    state.app.emit('web-contents-created', {}, contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      expect(contents.listeners.get(event), event).toBeDefined();
      contents.emit(event, { preventDefault, url: 'https://evil.example/' });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    state.session.permissionRequest!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(state.session.permissionCheck!({}, 'clipboard-read')).toBe(false);
  });

  it('refuses service calls from pages other than ours', async () => {
    const call = state.handlers.get('gaojiang:createDraft')!;
    expect(await call({ senderFrame: { url: 'https://evil.example/' } }, { title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/refused call from https:\/\/evil\.example/));
  });

  it('accepts service calls from the very file the window loaded', async () => {
    const call = state.handlers.get('gaojiang:createDraft')!;
    const ours = pathToFileURL(state.windows[0]!.loaded!).href;
    expect(await call({ senderFrame: { url: ours } }, { title: '标题' })).toMatchObject({ ok: true, value: { schemaVersion: 1 } });
  });

  it('installs a Chinese 文件 menu whose shortcuts the page handles itself', () => {
    const menu = state.menu as { label: string; submenu: { label?: string; accelerator?: string; registerAccelerator?: boolean }[] }[];
    const file = menu.find((item) => item.label === '文件');
    expect(file?.submenu.map((item) => item.label).filter(Boolean)).toEqual(['新建…', '打开…', '导入 Word / 文本 / 网页…', '保存', '另存为…', '历史版本…', '关闭稿件', '导出 Word…', '退出']);
    // Shown, not registered: a key press reaches the page once, as in the browser.
    const pageCommands = file!.submenu.filter((item) => item.accelerator && item.label !== '退出');
    expect(pageCommands.map((item) => [item.accelerator, item.registerAccelerator])).toEqual([
      ['CmdOrCtrl+N', false],
      ['CmdOrCtrl+O', false],
      ['CmdOrCtrl+I', false],
      ['CmdOrCtrl+S', false],
      ['CmdOrCtrl+Shift+S', false],
      ['CmdOrCtrl+W', false],
      ['CmdOrCtrl+E', false],
    ]);
    // 帮助 with F1, likewise handled by the page.
    const help = menu.find((item) => item.label === '帮助');
    expect(help?.submenu.map((item) => [item.label, item.accelerator, item.registerAccelerator])).toEqual([['稿匠帮助', 'F1', false]]);
  });

  const ours = () => ({ senderFrame: { url: pathToFileURL(state.windows[0]!.loaded!).href } });
  const call = (channel: string, ...args: unknown[]) => state.handlers.get(channel)!(ours(), ...args);

  it('re-opens drafts from the recent list of an earlier session, but nothing else it names', async () => {
    expect(await call('gaojiang:openDraft', { path: recentDraft })).toMatchObject({ ok: true, value: { name: '上次的稿件.gaojiang' } });
    expect(await call('gaojiang:openDraft', { path: notADraft })).toMatchObject({ ok: false, error: { code: 'path-not-allowed' } });
    expect(await call('gaojiang:openDraft', { path: path.join(elsewhere, 'other.gaojiang') })).toMatchObject({
      ok: false,
      error: { code: 'path-not-allowed' },
    });
  });

  it('chooseDraftSavePath: checks its argument, suggests a path in the drafts folder, grants only the chosen path', async () => {
    expect(await call('gaojiang-platform:chooseDraftSavePath', 42)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('gaojiang-platform:chooseDraftSavePath', 'x'.repeat(501))).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(state.saveDialogOptions).toEqual([]);

    const chosen = path.join(elsewhere, '我的发言');
    state.saveDialogAnswer = { canceled: false, filePath: chosen };
    const result = await call('gaojiang-platform:chooseDraftSavePath', '学习/体会?');
    expect(result).toEqual({ ok: true, value: `${chosen}.gaojiang` });
    expect(state.saveDialogOptions.at(-1)).toMatchObject({
      defaultPath: path.join(home, '稿匠', '稿件', '学习 体会.gaojiang'),
      filters: [{ name: '稿匠稿件 (*.gaojiang)', extensions: ['gaojiang'] }],
    });

    // The chosen path (with its extension) can now be saved; its neighbours cannot.
    const draft = ((await call('gaojiang:createDraft', { title: '标题' })) as { value: unknown }).value;
    expect(await call('gaojiang:saveDraft', { path: `${chosen}.gaojiang`, draft })).toMatchObject({ ok: true });
    expect(await call('gaojiang:saveDraft', { path: chosen, draft })).toMatchObject({ ok: false, error: { code: 'path-not-allowed' } });

    state.saveDialogAnswer = { canceled: true, filePath: '' };
    expect(await call('gaojiang-platform:chooseDraftSavePath', '标题')).toEqual({ ok: true, value: null });
  });

  it('打开所在文件夹 (#15 item 4): shows only a file saveExport just wrote', async () => {
    const target = path.join(elsewhere, '汇编.docx');
    state.saveDialogAnswer = { canceled: false, filePath: target };
    const saved = await call('gaojiang-platform:saveExport', new Uint8Array([1, 2, 3]), '汇编.docx');
    expect(saved).toEqual({ ok: true, value: { path: target } });
    expect(await call('gaojiang-platform:showExportInFolder', target)).toEqual({ ok: true, value: null });
    expect(state.shownInFolder).toEqual([target]);

    // Any other path — a draft the user opened, a guessed one, a path with .. in it, a non-string — is refused.
    for (const other of [recentDraft, notADraft, path.join(elsewhere, 'other.docx'), `${elsewhere}${path.sep}x${path.sep}..${path.sep}汇编.docx`]) {
      expect(await call('gaojiang-platform:showExportInFolder', other), other).toMatchObject({ ok: false, error: { code: 'path-not-allowed' } });
    }
    expect(await call('gaojiang-platform:showExportInFolder', 42)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('gaojiang-platform:showExportInFolder', target, 'extra')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await state.handlers.get('gaojiang-platform:showExportInFolder')!({ senderFrame: { url: 'https://evil.example/' } }, target)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    // A file moved away since: said in Chinese, nothing shown.
    rmSync(target);
    expect(await call('gaojiang-platform:showExportInFolder', target)).toMatchObject({ ok: false, error: { code: 'file-not-found', userMessage: '这个文件已被移动或删除。' } });
    expect(state.shownInFolder).toEqual([target]);
  });

  it('refuses chooseDraftSavePath from pages other than ours', async () => {
    const before = state.saveDialogOptions.length;
    expect(await state.handlers.get('gaojiang-platform:chooseDraftSavePath')!({ senderFrame: { url: 'https://evil.example/' } }, 'x')).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(state.saveDialogOptions).toHaveLength(before);
  });

  const callFromWindow = (channel: string, ...args: unknown[]) =>
    state.handlers.get(channel)!({ ...ours(), sender: state.windows[0]!.webContents }, ...args);

  it('printPages: takes no arguments and prints the page with the print dialog, A4 without the printer\'s margins', async () => {
    const contents = state.windows[0]!.webContents;
    expect(await callFromWindow('gaojiang-platform:printPages', 'x')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(contents.printCalls).toEqual([]);
    expect(await callFromWindow('gaojiang-platform:printPages')).toEqual({ ok: true, value: 'cancelled' });
    expect(contents.printCalls).toEqual([expect.objectContaining({ silent: false, pageSize: 'A4', margins: { marginType: 'none' } })]);
  });

  it('savePagesPdf: checks its argument, asks where, and writes the page printed to PDF under a safe .pdf name', async () => {
    const contents = state.windows[0]!.webContents;
    expect(await callFromWindow('gaojiang-platform:savePagesPdf', 42)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await callFromWindow('gaojiang-platform:savePagesPdf', 'x'.repeat(501))).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await callFromWindow('gaojiang-platform:savePagesPdf', '题', 'extra')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(contents.printToPdfCalls).toEqual([]);
    state.saveDialogAnswer = { canceled: true, filePath: '' };
    expect(await callFromWindow('gaojiang-platform:savePagesPdf', '学习/体会?')).toEqual({ ok: true, value: 'cancelled' });
    expect(state.saveDialogOptions.at(-1)).toMatchObject({ defaultPath: expect.stringMatching(/学习 体会\.pdf$/) });
    expect(contents.printToPdfCalls).toEqual([]);
    const chosen = path.join(elsewhere, '发言.pdf');
    state.saveDialogAnswer = { canceled: false, filePath: chosen };
    expect(await callFromWindow('gaojiang-platform:savePagesPdf', '发言')).toEqual({ ok: true, value: 'saved' });
    expect(contents.printToPdfCalls).toEqual([expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true })]);
    expect(readFileSync(chosen, 'utf8')).toBe('%PDF-1.7 fake');
    state.saveDialogAnswer = { canceled: true, filePath: '' };
  });

  it('asks 保存 / 不保存 / 取消 when the page refuses to unload, and hands the answer back to the page', async () => {
    const contents = state.windows[0]!.webContents;
    const [refuse] = contents.listeners.get('will-prevent-unload') ?? [];
    expect(refuse).toBeDefined();
    for (const [answer, expected] of [
      [0, 'save-and-close'],
      [1, 'discard-and-close'],
    ] as const) {
      state.messageBoxAnswer = answer;
      const preventDefault = vi.fn();
      refuse!({ preventDefault });
      await vi.waitFor(() => expect(contents.sent.at(-1)).toEqual(['gaojiang-platform:menuCommand', expected]));
      // Never forced from here: the page closes itself once it has saved or dropped its copy.
      expect(preventDefault).not.toHaveBeenCalled();
    }
    expect(state.messageBoxOptions.at(-1)).toMatchObject({ buttons: ['保存', '不保存', '取消'], cancelId: 2, defaultId: 0 });
    const sentBefore = contents.sent.length;
    state.messageBoxAnswer = 2;
    refuse!({ preventDefault: vi.fn() });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(contents.sent).toHaveLength(sentBefore);
  });
});
