import { describe, expect, it } from 'vitest';
import { createDraft } from '../../core/model/create.js';
import type { Draft } from '../../core/model/schema.js';
import {
  displayName,
  documentReducer,
  INITIAL_DOCUMENT_STATE,
  suggestedFileName,
  untitledRecoveryKey,
  windowTitle,
  type DocumentState,
} from '../../renderer/src/app/document-state.js';
import { sameJson } from '../../renderer/src/app/same-json.js';

const draft = createDraft('学习“千万工程”经验研讨发言材料', { unit: '某某县交通运输执法队', author: '张三' });
const withText = (base: Draft, text: string): Draft => ({
  ...base,
  children: [...base.children.slice(0, -1), { type: 'paragraph', children: [{ text }] }],
});

/** The same JSON value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reverseKeys(item)]));
}

const opened = (state: DocumentState = INITIAL_DOCUMENT_STATE): DocumentState =>
  documentReducer(state, { type: 'loaded', draft, path: '/ws/稿件/发言.gaojiang', fileName: '发言.gaojiang', unsaved: false, recoveryKey: '/ws/稿件/发言.gaojiang' });

describe('document state', () => {
  it('an opened file is clean; a new draft from a template is unsaved work from the start', () => {
    expect(opened().document).toMatchObject({ dirty: false, savedDraft: draft, recoveryKey: '/ws/稿件/发言.gaojiang' });
    const fresh = documentReducer(INITIAL_DOCUMENT_STATE, { type: 'loaded', draft, unsaved: true, recoveryKey: 'untitled-1' });
    expect(fresh.document).toMatchObject({ dirty: true, savedDraft: null, path: undefined, recoveryKey: 'untitled-1' });
  });

  it('counts loads, so the editor remounts for every draft that comes in', () => {
    const once = opened();
    expect(opened(once).loads).toBe(once.loads + 1);
    expect(documentReducer(once, { type: 'edited', draft: withText(draft, '改') }).loads).toBe(once.loads);
  });

  it('an edit makes it dirty; editing back to the saved text makes it clean again', () => {
    const edited = documentReducer(opened(), { type: 'edited', draft: withText(draft, '新的一句。') });
    expect(edited.document?.dirty).toBe(true);
    // A structurally equal draft (the editor builds new objects, keys in its own order) is the saved text.
    const reordered = reverseKeys(draft) as Draft;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(draft));
    expect(documentReducer(edited, { type: 'edited', draft: reordered }).document?.dirty).toBe(false);
  });

  it('the same draft object again changes nothing (no re-render)', () => {
    const state = opened();
    expect(documentReducer(state, { type: 'edited', draft: state.document!.draft })).toBe(state);
  });

  it('a never-saved draft stays dirty whatever is typed', () => {
    const fresh = documentReducer(INITIAL_DOCUMENT_STATE, { type: 'loaded', draft, unsaved: true, recoveryKey: 'untitled-1' });
    expect(documentReducer(fresh, { type: 'edited', draft: withText(draft, '') }).document?.dirty).toBe(true);
  });

  it('saving records the path and name, makes it clean and keys the recovery copy by the path', () => {
    const fresh = documentReducer(INITIAL_DOCUMENT_STATE, { type: 'loaded', draft, unsaved: true, recoveryKey: 'untitled-1' });
    const saved = documentReducer(fresh, { type: 'saved', draft, path: '/ws/稿件/a.gaojiang', fileName: 'a.gaojiang' });
    expect(saved.document).toMatchObject({ dirty: false, path: '/ws/稿件/a.gaojiang', fileName: 'a.gaojiang', recoveryKey: '/ws/稿件/a.gaojiang', savedDraft: draft });
  });

  it('text typed while the file was being written keeps the document dirty', () => {
    const typed = withText(draft, '保存时又打的字');
    const state = documentReducer(opened(), { type: 'edited', draft: typed });
    const saved = documentReducer(state, { type: 'saved', draft, path: '/ws/a.gaojiang', fileName: 'a.gaojiang' });
    expect(saved.document).toMatchObject({ dirty: true, draft: typed, savedDraft: draft });
  });

  it('closing leaves no document; edits and saves without one are ignored', () => {
    const closed = documentReducer(opened(), { type: 'closed' });
    expect(closed.document).toBeNull();
    expect(documentReducer(closed, { type: 'edited', draft })).toBe(closed);
    expect(documentReducer(closed, { type: 'saved', draft, path: '/a', fileName: 'a' })).toBe(closed);
  });
});

describe('names and titles', () => {
  it('the window title is “● 文件名 — 稿匠” while dirty, the name alone when clean', () => {
    const state = opened();
    expect(windowTitle(null)).toBe('稿匠');
    expect(windowTitle(state.document)).toBe('发言.gaojiang — 稿匠');
    const dirty = documentReducer(state, { type: 'edited', draft: withText(draft, '改') });
    expect(windowTitle(dirty.document)).toBe('● 发言.gaojiang — 稿匠');
  });

  it('a draft without a file is named by its title, or 未命名稿件', () => {
    const fresh = documentReducer(INITIAL_DOCUMENT_STATE, { type: 'loaded', draft, unsaved: true, recoveryKey: 'k' }).document!;
    expect(displayName(fresh)).toBe('学习“千万工程”经验研讨发言材料');
    const blank = documentReducer(INITIAL_DOCUMENT_STATE, { type: 'loaded', draft: createDraft(''), unsaved: false, recoveryKey: 'k' }).document!;
    expect(displayName(blank)).toBe('未命名稿件');
    expect(windowTitle(blank)).toBe('未命名稿件 — 稿匠');
  });

  it('the name offered when saving is the title, else the uploaded file name without extension', () => {
    const uploaded = documentReducer(INITIAL_DOCUMENT_STATE, {
      type: 'loaded',
      draft: createDraft(''),
      fileName: '旧稿.gaojiang',
      unsaved: false,
      recoveryKey: 'k',
    }).document!;
    expect(suggestedFileName(uploaded)).toBe('旧稿');
    expect(suggestedFileName(opened().document!)).toBe('学习“千万工程”经验研讨发言材料');
  });

  it('untitled recovery keys are untitled-<random>, different each time', () => {
    expect(untitledRecoveryKey(() => 'abc')).toBe('untitled-abc');
    expect(untitledRecoveryKey()).toMatch(/^untitled-[0-9a-f-]{36}$/);
    expect(untitledRecoveryKey()).not.toBe(untitledRecoveryKey());
  });
});

describe('sameJson', () => {
  it.each([
    [{ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [{ a: 1 }, { a: 2 }, false],
    [[1, 2], [2, 1], false],
    [[1], { 0: 1 }, false],
    [{ a: null }, { a: {} }, false],
    ['一', '一', true],
  ])('%j vs %j → %s', (a, b, same) => {
    expect(sameJson(a, b)).toBe(same);
  });
});
