import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GaojiangError } from '../../core/errors.js';
import { createDraft } from '../../core/model/create.js';
import type { ServiceImplementation } from '../../core/services/contract.js';
import { INTERNAL_ERROR_MESSAGE } from '../../core/services/dispatch.js';
import { startWebHost, type WebHost } from '../../host/server.js';

/** The HTTP API in-process, with a stand-in renderer folder and implementation (no build needed). */
let host: WebHost;
let folder: string;
const logs: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'gaojiang-host-'));
  writeFileSync(path.join(folder, 'index.html'), '<!doctype html><title>稿匠</title>');
  const implementation = {
    createDraft: async ({ title }) => createDraft(title),
    exportDocx: async () => new Uint8Array([80, 75, 3, 4]),
    parseDraft: async () => {
      throw new GaojiangError('invalid-draft', '这不是稿匠的稿件文件。');
    },
    openDraft: async () => {
      throw new Error('disk on fire');
    },
  } as Partial<ServiceImplementation> as ServiceImplementation;
  host = await startWebHost({ workspace: folder, rendererDir: folder, implementation, log: (line) => logs.push(line) });
});

afterAll(async () => {
  await host.close();
  rmSync(folder, { recursive: true, force: true });
});

const post = (name: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Gaojiang-Token': host.token, ...headers },
    body,
  });

describe('web host API', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token in the fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
  });

  it('returns results as JSON and bytes as a base64 box', async () => {
    const created = await post('createDraft', JSON.stringify({ title: '标题' }));
    expect(created.status).toBe(200);
    expect(await created.json()).toMatchObject({ schemaVersion: 1 });
    const exported = await post('exportDocx', JSON.stringify({ draft: createDraft('x') }));
    expect(await exported.json()).toEqual({ $bytes: 'UEsDBA==' });
  });

  it('answers user errors with 400 and the Chinese message', async () => {
    const response = await post('parseDraft', JSON.stringify({ name: 'a.json', text: '{}' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'invalid-draft', userMessage: '这不是稿匠的稿件文件。' });
    const invalid = await post('createDraft', JSON.stringify({ title: 42 }));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ code: 'invalid-input', userMessage: expect.stringMatching(/请求参数格式不正确/) });
    const unknown = await post('deleteEverything', '{}');
    expect(await unknown.json()).toMatchObject({ code: 'invalid-input', userMessage: '未知的操作。' });
    const notJson = await post('createDraft', '{oops');
    expect(await notJson.json()).toMatchObject({ userMessage: '请求内容不是有效的 JSON。' });
  });

  it('answers internal faults with 500 and the generic message, logging the details', async () => {
    const response = await post('openDraft', JSON.stringify({ path: 'a.json' }));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ code: 'internal', userMessage: INTERNAL_ERROR_MESSAGE });
    expect(logs.join('\n')).toMatch(/disk on fire/);
  });

  it('refuses other methods, content types, origins and oversized bodies', async () => {
    expect((await fetch(`${host.origin}/api/createDraft`)).status).toBe(405);
    expect((await post('createDraft', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post('createDraft', '{}', { Origin: 'https://evil.example' })).status).toBe(403);
    const huge = await post('parseDraft', JSON.stringify({ name: 'a', text: 'x'.repeat(70 * 1024 * 1024) }));
    expect(huge.status).toBe(400);
    expect(await huge.json()).toMatchObject({ code: 'file-too-large' });
  });
});
