import { describe, expect, it } from 'vitest';
import { SERVICE_NAME_LIST } from '../../core/services/names.js';
import type { ServiceImplementation } from '../../core/services/contract.js';
import { createGrantedPathsPolicy } from '../../electron/granted-paths.js';
import { bindServices, UNTRUSTED_SENDER_RESULT, type IpcHandleTarget } from '../../electron/ipc-binding.js';
import { parseSaveExportArgs } from '../../electron/save-export-args.js';
import { isTrustedSenderUrl, senderCheck, type SenderEvent } from '../../electron/sender-check.js';
import { createDraft } from '../../core/model/create.js';
import { GaojiangError } from '../../core/errors.js';

const INDEX = 'file:///opt/%E7%A8%BF%E5%8C%A0/resources/app/dist/renderer/index.html';

describe('Electron sender check', () => {
  it('trusts our index.html, with or without a fragment or query', () => {
    expect(isTrustedSenderUrl(INDEX, INDEX)).toBe(true);
    expect(isTrustedSenderUrl(`${INDEX}#/draft`, INDEX)).toBe(true);
    expect(isTrustedSenderUrl(`${INDEX}?x=1`, INDEX)).toBe(true);
    expect(isTrustedSenderUrl('file:///opt/稿匠/resources/app/dist/renderer/index.html', INDEX)).toBe(true);
  });

  it.each([
    undefined,
    '',
    'https://evil.example/index.html',
    'http://127.0.0.1:3000/index.html',
    'file:///opt/%E7%A8%BF%E5%8C%A0/resources/app/dist/renderer/other.html',
    'file:///tmp/index.html',
    'file://evil-host/opt/%E7%A8%BF%E5%8C%A0/resources/app/dist/renderer/index.html',
    'devtools://devtools/bundled/index.html',
    'about:blank',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedSenderUrl(url, INDEX)).toBe(false);
  });

  it('refuses an event without a frame', () => {
    expect(senderCheck(INDEX)({ senderFrame: null })).toBe(false);
  });
});

describe('Electron service binding', () => {
  type Listener = (event: SenderEvent, ...args: unknown[]) => Promise<unknown>;
  const bind = () => {
    const handlers = new Map<string, Listener>();
    const ipc: IpcHandleTarget = { handle: (channel, listener) => handlers.set(channel, listener) };
    const logs: string[] = [];
    const implementation = {
      createDraft: async ({ title }) => createDraft(title),
      parseDraft: async () => {
        throw new GaojiangError('invalid-draft', '这不是稿匠的稿件文件。');
      },
      openDraft: async () => {
        throw new Error('disk on fire');
      },
    } as Partial<ServiceImplementation> as ServiceImplementation;
    bindServices(ipc, implementation, { isTrusted: senderCheck(INDEX), log: (line) => logs.push(line) });
    return { handlers, logs };
  };
  const trusted: SenderEvent = { senderFrame: { url: INDEX } };

  it('registers exactly one gaojiang:<name> channel per operation', () => {
    expect([...bind().handlers.keys()]).toEqual(SERVICE_NAME_LIST.map((name) => `gaojiang:${name}`));
  });

  it('runs the operation for our page and wraps the value', async () => {
    const result = await bind().handlers.get('gaojiang:createDraft')!(trusted, { title: '标题' });
    expect(result).toMatchObject({ ok: true, value: { schemaVersion: 1 } });
    expect((result as { value: { children: unknown[] } }).value.children[0]).toEqual({ type: 'title', children: [{ text: '标题' }] });
  });

  it('refuses other senders without running anything', async () => {
    const { handlers, logs } = bind();
    const result = await handlers.get('gaojiang:createDraft')!({ senderFrame: { url: 'https://evil.example/' } }, { title: 'x' });
    expect(result).toEqual(UNTRUSTED_SENDER_RESULT);
    expect(logs.join('\n')).toMatch(/refused call from https:\/\/evil\.example/);
  });

  it('validates arguments and carries Chinese errors across as values', async () => {
    const { handlers, logs } = bind();
    expect(await handlers.get('gaojiang:createDraft')!(trusted, { title: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', userMessage: expect.stringMatching(/请求参数格式不正确/) },
    });
    expect(await handlers.get('gaojiang:parseDraft')!(trusted, { name: 'a.json', text: '{}' })).toEqual({
      ok: false,
      error: { code: 'invalid-draft', userMessage: '这不是稿匠的稿件文件。' },
    });
    // Internal faults reach the page only as the generic message; the details go to the log.
    expect(await handlers.get('gaojiang:openDraft')!(trusted, { path: '/x.json' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(logs.join('\n')).toMatch(/disk on fire/);
  });
});

describe('Electron path grants and export arguments', () => {
  it('allows only the paths a dialog granted', () => {
    const policy = createGrantedPathsPolicy();
    expect(policy.isAllowed('/home/a/稿件.json', 'read')).toBe(false);
    policy.grant('/home/a/稿件.json');
    expect(policy.isAllowed('/home/a/稿件.json', 'read')).toBe(true);
    expect(policy.isAllowed('/home/a/./x/../稿件.json', 'write')).toBe(true);
    expect(policy.isAllowed('/home/a/other.json', 'read')).toBe(false);
  });

  it('checks the bytes and makes the suggested name a safe .docx name', () => {
    expect(parseSaveExportArgs([new Uint8Array([1]), '../../学习/体会?'])).toEqual({
      bytes: new Uint8Array([1]),
      fileName: '.. .. 学习 体会.docx',
    });
    expect(() => parseSaveExportArgs(['not bytes', 'a.docx'])).toThrow(GaojiangError);
    expect(() => parseSaveExportArgs([new Uint8Array(), 'a.docx'])).toThrow(GaojiangError);
    expect(() => parseSaveExportArgs([new Uint8Array([1]), 42])).toThrow(GaojiangError);
  });
});
