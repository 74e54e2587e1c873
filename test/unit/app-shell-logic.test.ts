import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../core/templates/load.js';
import { shortcutCommand } from '../../renderer/src/app/commands.js';
import { DEFAULT_EXPORT_SETTINGS, loadExportSettings, parseExportSettings, storeExportSettings } from '../../renderer/src/app/export-settings.js';
import { guidanceExcerpt, lengthSummary, parameterSummary, previewTitle, templateOutline } from '../../renderer/src/app/template-outline.js';
import { groupTemplates, orderTemplates, pickerList, searchTemplates } from '../../renderer/src/app/template-search.js';
import { loadTemplateUsage, recordTemplateUse } from '../../renderer/src/app/template-usage.js';
import { fileNameOf, formatFileTime } from '../../renderer/src/app/time-format.js';
import { REPO_ROOT } from '../support/corpus.js';

const templatesDir = path.join(REPO_ROOT, 'templates');
const builtIns = readdirSync(templatesDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ template: parseTemplate(name, readFileSync(path.join(templatesDir, name), 'utf8')), builtIn: true }));
const byId = (id: string) => builtIns.find((entry) => entry.template.id === id)!.template;

describe('template search', () => {
  const names = (query: string) => searchTemplates(builtIns, query).map((entry) => entry.template.name);

  it('lists the built-ins most common first (研讨发言 before 党课讲稿), every one of them, then the user’s own', () => {
    const own = { template: { ...byId('xuexi-xinde'), id: 'my-own', name: '我的模板' }, builtIn: false };
    const ordered = orderTemplates([own, ...builtIns]).map((entry) => entry.template.name);
    expect(ordered.slice(0, 3)).toEqual(['研讨发言（三点式）', '学习心得体会', '专题党课讲稿']);
    expect(ordered).toHaveLength(builtIns.length + 1);
    expect(ordered.at(-1)).toBe('我的模板');
    // A built-in added later without a place in the order still comes before the user’s own.
    expect(new Set(ordered)).toEqual(new Set([...builtIns.map((entry) => entry.template.name), '我的模板']));
  });

  it('an empty query lists everything in order', () => {
    expect(names('  ')).toHaveLength(builtIns.length);
  });

  it('finds by name, genre and group, descriptions only when nothing else matches; every term must match', () => {
    expect(names('三点')).toEqual(['研讨发言（三点式）']);
    expect(names('党课')).toEqual(['专题党课讲稿']);
    expect(names('对照检查材料')).toEqual(expect.arrayContaining(['组织生活会个人对照检查材料', '民主生活会个人对照检查材料', '民主生活会领导班子对照检查材料']));
    expect(names('申请类').sort()).toEqual(['入党申请书', '入党转正申请书'].sort());
    expect(names('述职')).toEqual(expect.arrayContaining(['述职述责述廉报告', '党支部书记抓基层党建工作述职报告']));
    // 中心组 appears only in a description.
    expect(names('中心组')).toContain('研讨发言（三点式）');
    expect(names('研讨 三点')).toEqual(['研讨发言（三点式）']);
    expect(names('研讨　不存在')).toEqual([]);
  });
});

describe('template groups and usage', () => {
  const ordered = orderTemplates(builtIns);

  it('groups every built-in under 发言类 / 检视类 / 汇报类 / 申请类 / 讲话类, each listed once', () => {
    const groups = groupTemplates(ordered, {});
    expect(groups.map((group) => group.name)).toEqual(['发言类', '检视类', '汇报类', '申请类', '讲话类']);
    expect(groups.flatMap((group) => group.entries)).toHaveLength(builtIns.length);
    const inGroup = (name: string) => groups.find((group) => group.name === name)!.entries.map((entry) => entry.template.id);
    expect(inGroup('申请类')).toEqual(['rudang-shenqingshu', 'zhuanzheng-shenqing']);
    expect(inGroup('检视类')[0]).toBe('duizhao-jiancha');
  });

  it('puts the most used first under 常用, and orders each group by use', () => {
    const usage = { 'sixiang-huibao': 5, 'lingdao-jianghua': 2, 'biaotai-fayan': 3, 'xianghu-piping': 1 };
    const groups = groupTemplates(ordered, usage);
    expect(groups[0]).toMatchObject({ name: '常用' });
    expect(groups[0]!.entries.map((entry) => entry.template.id)).toEqual(['sixiang-huibao', 'biaotai-fayan', 'lingdao-jianghua']);
    const inspection = groups.find((group) => group.name === '检视类')!.entries.map((entry) => entry.template.id);
    expect(inspection[0]).toBe('xianghu-piping');
    // The keyboard walks the list as shown; a search lists matches most used first.
    const { options } = pickerList(ordered, '', usage);
    expect(options[0]!.template.id).toBe('sixiang-huibao');
    expect(pickerList(ordered, '讲话', usage).options.map((entry) => entry.template.id).slice(0, 2)).toEqual(['biaotai-fayan', 'lingdao-jianghua']);
  });

  it('counts uses in the browser storage across restarts, ignoring damaged entries', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value) };
    recordTemplateUse('xuexi-xinde', storage);
    recordTemplateUse('xuexi-xinde', storage);
    expect(loadTemplateUsage(storage)).toEqual({ 'xuexi-xinde': 2 });
    store.set('gaojiang.templateUsage', '{"a": 3, "b": "x", "c": -1}');
    expect(loadTemplateUsage(storage)).toEqual({ a: 3 });
    store.set('gaojiang.templateUsage', 'not json');
    expect(loadTemplateUsage(storage)).toEqual({});
    expect(loadTemplateUsage(null)).toEqual({});
  });
});

describe('template outline preview', () => {
  it('the 三点式 template: opening, three run-in points 一是/二是/三是, closing', () => {
    const rows = templateOutline(byId('yantao-fayan-sandian'));
    expect(rows.map((row) => [row.role, row.heading, row.points])).toEqual([
      ['开头', '', ''],
      ['主体', '', '3 点：一是、二是、三是'],
      ['结尾', '', ''],
    ]);
    expect(rows[1]!.targetLength).toBe(1500);
    expect(rows[0]!.guidance).toBe('开门见山点明学习主题，用两三句话谈对它的总体认识和重大意义，不铺陈背景、不复述文件。');
  });

  it('headings get their derived labels; empty ones are for the writer to compose', () => {
    const report = templateOutline(byId('diaoyan-baogao'));
    expect(report.map((row) => row.heading)).toEqual(['', '一、基本情况', '二、主要做法和成效', '三、存在的主要问题', '四、对策建议']);
    expect(report[2]!.points).toBe('3 点：（一）（二）（三）');
    expect(templateOutline(byId('dangke-jianggao'))[1]!.heading).toBe('一、（自拟小标题）');
    expect(templateOutline(byId('xuanjiang-gao'))[1]!.points).toBe('3 点：一、二、三');
    expect(templateOutline(byId('duizhao-jiancha'))[4]!.points).toBe('4 点：一是、二是、三是……');
    // Problems follow the notice's aspects when they are filled in.
    expect(templateOutline(byId('duizhao-jiancha'))[2]!.points).toBe('4 点：（一）（二）（三）……（按填写的方面）');
  });

  it('every built-in previews without empty guidance', () => {
    for (const { template } of builtIns) {
      for (const row of templateOutline(template)) expect(row.guidance, `${template.id}/${row.id}`).not.toBe('');
    }
  });

  it('guidance excerpts stop at the first sentence, or cut long text with an ellipsis', () => {
    expect(guidanceExcerpt('第一句。第二句。')).toBe('第一句。');
    expect(guidanceExcerpt('甲'.repeat(80), 10)).toBe(`${'甲'.repeat(10)}…`);
    expect(guidanceExcerpt('短')).toBe('短');
  });

  it('summaries: length and reading time, parameters, title preview', () => {
    const template = byId('yantao-fayan-sandian');
    expect(lengthSummary(template)).toBe('约 1500—2500 字，宣读约 6—10 分钟');
    // A letter is handed in, not read out.
    expect(lengthSummary(byId('rudang-shenqingshu'))).toBe('约 1500—3000 字');
    expect(parameterSummary(template)).toBe('学习主题（必填）、岗位/角色、单位、姓名、日期');
    expect(previewTitle(template.title, {})).toBe('〔学习主题〕研讨发言材料');
    expect(previewTitle(template.title, { theme: ' 学习“千万工程”经验 ' })).toBe('学习“千万工程”经验研讨发言材料');
  });
});

describe('export settings', () => {
  it('parses what was stored, field by field, falling back to the defaults', () => {
    expect(parseExportSettings(null)).toEqual(DEFAULT_EXPORT_SETTINGS);
    expect(parseExportSettings('not json')).toEqual(DEFAULT_EXPORT_SETTINGS);
    expect(parseExportSettings('{"fonts":"windows","printAuthorLine":false}')).toEqual({ fonts: 'windows', printAuthorLine: false });
    expect(parseExportSettings('{"fonts":"comic-sans","printAuthorLine":false}')).toEqual({ fonts: 'gb2312', printAuthorLine: false });
    expect(parseExportSettings('{"fonts":"windows","printAuthorLine":"no"}')).toEqual({ fonts: 'windows', printAuthorLine: true });
  });

  it('remembers the last choice; a disabled or failing storage only forgets', () => {
    const items = new Map<string, string>();
    const storage = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
    storeExportSettings({ fonts: 'windows', printAuthorLine: false }, storage);
    expect(loadExportSettings(storage)).toEqual({ fonts: 'windows', printAuthorLine: false });
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => storeExportSettings(DEFAULT_EXPORT_SETTINGS, broken)).not.toThrow();
    expect(loadExportSettings(broken)).toEqual(DEFAULT_EXPORT_SETTINGS);
    expect(loadExportSettings(null)).toEqual(DEFAULT_EXPORT_SETTINGS);
  });
});

describe('keyboard shortcuts', () => {
  const chord = (key: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
    shortcutCommand({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...extra });

  it('Ctrl (or ⌘) + N / O / I / S / Shift+S / E', () => {
    expect(chord('n', { ctrlKey: true })).toBe('new');
    expect(chord('o', { metaKey: true })).toBe('open');
    expect(chord('i', { ctrlKey: true })).toBe('import');
    // Ctrl+Shift+I stays the developer tools.
    expect(chord('I', { ctrlKey: true, shiftKey: true })).toBeNull();
    expect(chord('s', { ctrlKey: true })).toBe('save');
    expect(chord('S', { ctrlKey: true, shiftKey: true })).toBe('save-as');
    expect(chord('e', { ctrlKey: true })).toBe('export');
  });

  it('leaves everything else to the editor and the browser', () => {
    expect(chord('s')).toBeNull();
    expect(chord('s', { ctrlKey: true, altKey: true })).toBeNull();
    expect(chord('z', { ctrlKey: true })).toBeNull();
    expect(chord('N', { ctrlKey: true, shiftKey: true })).toBeNull();
    expect(chord('b', { ctrlKey: true })).toBeNull();
  });
});

describe('file list formatting', () => {
  const now = new Date(2026, 10, 24, 15, 30).getTime();
  it('today, yesterday, or the date, with the time', () => {
    expect(formatFileTime(new Date(2026, 10, 24, 9, 5).getTime(), now)).toBe('今天 09:05');
    expect(formatFileTime(new Date(2026, 10, 23, 23, 59).getTime(), now)).toBe('昨天 23:59');
    expect(formatFileTime(new Date(2026, 0, 2, 8, 0).getTime(), now)).toBe('2026-01-02 08:00');
  });

  it('file names from either kind of path', () => {
    expect(fileNameOf('/home/a/稿件/发言.gaojiang')).toBe('发言.gaojiang');
    expect(fileNameOf('C:\\Users\\a\\稿件\\发言.gaojiang')).toBe('发言.gaojiang');
  });
});
