import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOW_ANY_PATH } from '../../core/node/file-system.js';
import { createNodeServiceImplementation } from '../../core/node/services.js';
import { createLocalServices } from '../../core/services/local.js';
import { deriveLabels } from '../../core/model/numbering.js';
import { draftTitle } from '../../core/model/text.js';
import { REPO_ROOT } from '../support/corpus.js';
import { expectUserError } from '../support/errors.js';
import { tempDir } from '../support/temp-dir.js';

function setUp(trackRecent = true) {
  const libraryDir = tempDir();
  const services = createLocalServices(
    createNodeServiceImplementation({
      policy: ALLOW_ANY_PATH,
      libraryDir,
      templatesDir: path.join(REPO_ROOT, 'templates'),
      trackRecent,
    }),
  );
  return { libraryDir, services };
}

describe('template services', () => {
  it('lists the built-in templates first, read-only', async () => {
    const { services } = setUp();
    const { templates, problems } = await services.listTemplates({});
    expect(problems).toEqual([]);
    expect(templates.length).toBeGreaterThanOrEqual(8);
    expect(templates.every((entry) => entry.builtIn)).toBe(true);
    expect(templates.map((entry) => entry.template.name)).toContain('研讨发言（三点式）');
  });

  it('duplicates a built-in into an editable user template, then edits and deletes it', async () => {
    const { services } = setUp();
    const copy = await services.duplicateTemplate({ id: 'yantao-fayan-sandian', name: '我的研讨发言' });
    expect(copy.builtIn).toBe(false);
    expect(copy.template.id).toBe('yantao-fayan-sandian-copy');
    await services.saveTemplate({ template: { ...copy.template, description: '改过的说明' } });
    const listed = (await services.listTemplates({})).templates.find((e) => e.template.id === copy.template.id);
    expect(listed?.template.description).toBe('改过的说明');
    const again = await services.duplicateTemplate({ id: 'yantao-fayan-sandian', name: '第二份' });
    expect(again.template.id).toBe('yantao-fayan-sandian-copy-2');
    await services.deleteTemplate({ id: copy.template.id });
    const ids = (await services.listTemplates({})).templates.map((e) => e.template.id);
    expect(ids).not.toContain(copy.template.id);
    expect(ids).toContain(again.template.id);
  });

  it('refuses to overwrite or delete a built-in template', async () => {
    const { services } = setUp();
    const { template } = (await services.listTemplates({})).templates[0]!;
    await expectUserError(() => services.saveTemplate({ template }), 'invalid-input', /内置模板不能修改/);
    await expectUserError(() => services.deleteTemplate({ id: template.id }), 'invalid-input', /内置模板不能删除/);
  });

  it('exports a template as text that imports back under a fresh id', async () => {
    const { services } = setUp();
    const exported = await services.exportTemplate({ id: 'xuexi-xinde' });
    expect(exported.fileName).toBe('学习心得体会.json');
    const imported = await services.importTemplate({ name: exported.fileName, text: exported.text });
    expect(imported.template.id).toBe('xuexi-xinde-2');
    expect({ ...imported.template, id: 'xuexi-xinde' }).toEqual(JSON.parse(exported.text));
  });

  it('names the file, line and field when an imported template is wrong', async () => {
    const { services } = setUp();
    const { text } = await services.exportTemplate({ id: 'xuexi-xinde' });
    const broken = JSON.parse(text) as { sections: { id: string }[] };
    broken.sections[1]!.id = broken.sections[0]!.id;
    await expectUserError(
      () => services.importTemplate({ name: '坏模板.json', text: JSON.stringify(broken, null, 2) }),
      'invalid-input',
      /坏模板\.json 第\d+行：字段 sections\.1\.id：小节编号.*重复/,
    );
  });

  it('lays out a new draft from a template with the theme filled in', async () => {
    const { services } = setUp();
    const draft = await services.createDraftFromTemplate({
      templateId: 'yantao-fayan-sandian',
      values: { theme: '学习“千万工程”“浦江经验”', author: '张三', unit: '县交通运输执法队' },
    });
    expect(draftTitle(draft)).toContain('学习“千万工程”“浦江经验”');
    expect(deriveLabels(draft.children, draft.numbering).filter(Boolean)).toEqual(['一是', '二是', '三是']);
    await expectUserError(
      () => services.createDraftFromTemplate({ templateId: 'no-such-template', values: {} }),
      'file-not-found',
      /找不到模板/,
    );
  });
});

describe('draft services', () => {
  it('saves and reopens a draft identically and remembers it as recent', async () => {
    const { services, libraryDir } = setUp();
    const draft = await services.createDraftFromTemplate({ templateId: 'yantao-fayan-sandian', values: { theme: '学习' } });
    const { path: target } = await services.suggestDraftPath({ title: draftTitle(draft) });
    expect(path.dirname(target)).toBe(path.join(libraryDir, '稿件'));
    await services.saveDraft({ path: target, draft });
    const reopened = await services.openDraft({ path: target });
    expect(reopened.draft).toEqual(draft);
    expect((await services.recentFiles({})).files.map((f) => f.path)).toEqual([target]);
    expect((await services.listDrafts({})).drafts.map((f) => f.path)).toEqual([target]);
  });

  it('writes drafts only as .gaojiang files: 金句库.sqlite, a template or the recent list cannot be replaced (#14 item 7)', async () => {
    const { services, libraryDir } = setUp();
    const library = path.join(libraryDir, '金句库.sqlite');
    await services.searchQuotes({ query: '学习' }); // opens (creates) the library
    const before = readFileSync(library);
    const draft = await services.createDraft({ title: '甲', meta: {} });
    for (const target of [library, path.join(libraryDir, '模板', 'x.json'), path.join(libraryDir, 'recent.json'), path.join(libraryDir, '稿件', '甲.gaojiang.bak')]) {
      await expectUserError(() => services.saveDraft({ path: target, draft }), 'path-not-allowed', /稿件只能保存为 \.gaojiang 文件/);
    }
    expect(readFileSync(library).equals(before)).toBe(true);
    expect(await services.saveDraft({ path: path.join(libraryDir, '稿件', '甲.GAOJIANG'), draft })).toBeTruthy();
  });

  it('never writes a draft into the app\'s own folders: the recovery copies and templates (#14 item 7)', async () => {
    const { services, libraryDir } = setUp();
    const draft = await services.createDraft({ title: '甲', meta: {} });
    for (const target of [path.join(libraryDir, '恢复', 'x.gaojiang'), path.join(libraryDir, '模板', 'x.gaojiang'), path.join(libraryDir, '稿件', '..', '恢复', 'x.gaojiang')]) {
      await expectUserError(() => services.saveDraft({ path: target, draft }), 'path-not-allowed', /稿件只能保存在“稿件”文件夹或您选择的位置/);
      expect(existsSync(target)).toBe(false);
    }
    expect(await services.saveDraft({ path: path.join(libraryDir, '稿件', '二级', '甲.gaojiang'), draft })).toBeTruthy();
  });

  it('does not keep a recent list for the command line', async () => {
    const { services, libraryDir } = setUp(false);
    const draft = await services.createDraft({ title: '甲', meta: {} });
    await services.saveDraft({ path: path.join(libraryDir, '稿件', 'a.gaojiang'), draft });
    expect((await services.recentFiles({})).files).toEqual([]);
  });

  it('rejects malformed arguments at the boundary, in Chinese', async () => {
    const { services } = setUp();
    await expectUserError(
      () => (services.saveDraft as (x: unknown) => Promise<unknown>)({ path: '', draft: {} }),
      'invalid-input',
      /请求参数格式不正确/,
    );
  });

  it('imports material from content and reports what it did', async () => {
    const { services } = setUp();
    const result = await services.importMaterial({
      name: '研讨发言.txt',
      source: { kind: 'text', text: '學習心得\n一是提高認識。\n二是加強學習。\n版权所有 © 某某网 2024' },
    });
    expect(result.detected).toMatchObject({ sourceKind: 'text', traditional: true, convertedToSimplified: true });
    expect(result.drafts).toHaveLength(1);
    expect(draftTitle(result.drafts[0]!)).toBe('学习心得');
    expect(deriveLabels(result.drafts[0]!.children, result.drafts[0]!.numbering).filter(Boolean)).toEqual(['一是', '二是']);
    await expectUserError(
      () => services.importMaterial({ name: 'x.docx', source: { kind: 'docx', bytes: new Uint8Array([1, 2, 3]) } }),
      'invalid-input',
      /Word/,
    );
  });
});
