import { describe, expect, it } from 'vitest';
import { createDraft } from '../../core/model/create.js';
import { draftTitle } from '../../core/model/text.js';
import { parseDraftJson, serializeDraft } from '../../core/model/migrate.js';
import { expectUserError } from '../support/errors.js';

describe('draft JSON', () => {
  it('round-trips a created draft through its saved form', () => {
    const draft = createDraft('学习“千万工程”研讨发言', { author: '张三', unit: '交通运输执法队' });
    expect(draftTitle(draft)).toBe('学习“千万工程”研讨发言');
    expect(draft.children[1]).toEqual({ type: 'author-line', children: [{ text: '交通运输执法队 张三' }] });
    expect(parseDraftJson(serializeDraft(draft))).toEqual(draft);
  });

  it('refuses text that is not JSON, in Chinese', async () => {
    await expectUserError(() => parseDraftJson('hello'), 'invalid-draft', /不是稿匠的稿件文件/);
  });

  it('refuses a draft from a newer version and names the version', async () => {
    const newer = { ...createDraft('x'), schemaVersion: 99 };
    await expectUserError(() => parseDraftJson(JSON.stringify(newer)), 'unsupported-version', /格式版本 99/);
  });

  it('lists the field that is wrong', async () => {
    const draft = createDraft('x') as unknown as { children: unknown[] };
    draft.children.push({ type: 'heading', level: 7, children: [{ text: 'h' }] });
    await expectUserError(() => parseDraftJson(JSON.stringify(draft)), 'invalid-draft', /字段 children\.2/);
  });

  it('keeps text exactly, even text that looks like a label', () => {
    const draft = createDraft('x');
    draft.children.push({ type: 'point', children: [{ text: '一是要', lead: true }] });
    expect(parseDraftJson(serializeDraft(draft)).children.at(-1)).toEqual({
      type: 'point',
      children: [{ text: '一是要', lead: true }],
    });
  });
});
