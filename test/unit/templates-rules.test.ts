import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../core/checks/registry.js';
import type { Block, Draft } from '../../core/model/schema.js';
import { parseDraftJson, serializeDraft } from '../../core/model/migrate.js';
import { ALLOW_ANY_PATH } from '../../core/node/file-system.js';
import { createNodeServiceImplementation } from '../../core/node/services.js';
import { createLocalServices } from '../../core/services/local.js';
import { guessGenre } from '../../core/import/structure.js';
import { instantiateTemplate } from '../../core/templates/instantiate.js';
import { withFieldLines } from '../../core/templates/json-lines.js';
import { parseTemplate } from '../../core/templates/load.js';
import { REPO_ROOT } from '../support/corpus.js';
import { tempDir } from '../support/temp-dir.js';

const TEMPLATES_DIR = path.join(REPO_ROOT, 'templates');
const template = parseTemplate('duizhao-jiancha.json', readFileSync(path.join(TEMPLATES_DIR, 'duizhao-jiancha.json'), 'utf8'));

/** The template's draft with every empty block written, problems as `problem(i)` says. */
function written(problem: (i: number) => string): Draft {
  const draft = instantiateTemplate(template, { meeting: '2025年度组织生活会', author: '张三' });
  let n = 0;
  const children = draft.children.map((block): Block => {
    const text = block.children.map((leaf) => ('text' in leaf ? leaf.text : '')).join('');
    if (text !== '' || block.type === 'title') return block;
    const section = 'section' in block ? block.section : undefined;
    const filled = section === 'wenti-chabai' && block.type === 'paragraph' ? problem(n++) : '这一部分写好了。';
    return { ...block, children: [{ text: filled }] } as Block;
  });
  return { ...draft, children };
}

const ruleFindings = (draft: Draft) => runChecks(draft, { template }).filter((f) => f.kind === '模板要求');

describe('体检 against the template’s rules', () => {
  it('is quiet when every part is there in order and every problem has an instance', () => {
    const draft = written((i) => `理论学习不够深入。比如，今年${i + 3}月学习全会精神时，只读了摘要。`);
    expect(ruleFindings(draft)).toEqual([]);
  });

  it('gives a hint at each problem written without a concrete instance', () => {
    const draft = written((i) => (i === 1 ? '联系群众不够紧密，有待加强。' : '例如，在一次检查中……'));
    const findings = ruleFindings(draft);
    expect(findings.map((f) => [f.id, f.severity])).toEqual([['template.missing-element', 'info']]);
    expect(findings[0]!.message).toContain('具体事例');
    // It points at the problem's own heading: the second one under 问题查摆.
    const problemHeadings = draft.children.flatMap((b, i) => (b.type === 'heading' && b.level === 2 && 'section' in b && b.section === 'wenti-chabai' ? [i] : []));
    expect(findings[0]!.location.block).toBe(problemHeadings[1]);
  });

  it('leaves a problem not yet written to the length check', () => {
    const draft = written((i) => (i === 0 ? '' : '比如……'));
    expect(ruleFindings(draft)).toEqual([]);
  });

  it('warns when a required part is missing or out of order', () => {
    const draft = written(() => '比如……');
    const without = { ...draft, children: draft.children.filter((b) => !('section' in b && b.section === 'shangci-zhenggai')) };
    expect(ruleFindings(without).map((f) => [f.id, f.severity, f.message])).toEqual([
      ['template.missing-part', 'warning', '缺少“上次组织生活会整改落实情况”部分（组织生活会个人对照检查材料要求有这一部分）'],
    ]);
    const causes = draft.children.filter((b) => 'section' in b && b.section === 'yuanyin-pouxi');
    const rest = draft.children.filter((b) => !causes.includes(b));
    const problemsAt = rest.findIndex((b) => 'section' in b && b.section === 'wenti-chabai');
    const swapped = { ...draft, children: [...rest.slice(0, problemsAt), ...causes, ...rest.slice(problemsAt)] };
    const order = ruleFindings(swapped).filter((f) => f.id === 'template.part-order');
    expect(order.map((f) => f.message)).toEqual(['“原因剖析”应放在“问题查摆”之后']);
  });

  it('finds a part by its heading text when the blocks lost their section tags (pasted in)', () => {
    const draft = written(() => '比如……');
    const untagged = {
      ...draft,
      children: draft.children.map((b) => (b.type === 'heading' && b.level === 1 && 'section' in b ? { type: 'heading', level: 1, children: b.children } : b)) as Block[],
    };
    expect(ruleFindings(untagged).filter((f) => f.id === 'template.missing-part')).toEqual([]);
  });
});

describe('letter blocks in saved drafts', () => {
  it('a draft with 称呼 and 敬礼 lines saves and loads; drafts from before load unchanged', () => {
    const letter = parseTemplate('rudang-shenqingshu.json', readFileSync(path.join(TEMPLATES_DIR, 'rudang-shenqingshu.json'), 'utf8'));
    const draft = instantiateTemplate(letter, { author: '张三', date: '2026-11-24' });
    expect(parseDraftJson(serializeDraft(draft))).toEqual(draft);
    const old = readFileSync(path.join(REPO_ROOT, 'test/fixtures/checks/clean-speech.gaojiang.json'), 'utf8');
    expect(() => parseDraftJson(old)).not.toThrow();
  });
});

describe('the template library with a bad file among the user’s templates', () => {
  it('still opens: good templates listed, the bad one reported once, in Chinese, with field and line', async () => {
    const libraryDir = tempDir();
    const folder = path.join(libraryDir, '模板');
    mkdirSync(folder, { recursive: true });
    const good = JSON.parse(readFileSync(path.join(TEMPLATES_DIR, 'xuexi-xinde.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(folder, 'wode.json'), JSON.stringify({ ...good, id: 'wode', name: '我的心得' }, null, 2));
    writeFileSync(path.join(folder, 'huai.json'), JSON.stringify({ ...good, id: 'huai', colour: 'red' }, null, 2));
    writeFileSync(path.join(folder, 'bu-shi-json.json'), '{ "schemaVersion": 1,');
    const services = createLocalServices(
      createNodeServiceImplementation({ policy: ALLOW_ANY_PATH, libraryDir, templatesDir: TEMPLATES_DIR, trackRecent: false }),
    );
    const { templates, problems } = await services.listTemplates({});
    expect(templates.some((entry) => entry.template.id === 'wode' && !entry.builtIn)).toBe(true);
    expect(templates.filter((entry) => entry.builtIn).length).toBeGreaterThanOrEqual(22);
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.includes('huai.json'))).toMatch(/huai\.json 第\d+行：字段 （根）：含有不认识的字段：colour/);
    expect(problems.find((p) => p.includes('bu-shi-json.json'))).toMatch(/不是有效的 JSON/);
  });
});

describe('imported texts of the new genres get their genre from the title', () => {
  it.each([
    ['2025年度述职述责述廉报告', '述职报告'],
    ['思想汇报', '思想汇报'],
    ['入党转正申请书', '申请书'],
    ['在全县交通运输工作会议上的讲话', '讲话稿'],
    ['个人检视剖析材料', '对照检查材料'],
    ['学习贯彻总书记重要讲话精神研讨发言', '研讨发言'],
  ] as const)('%s → %s', (title, genre) => {
    expect(guessGenre(title)).toBe(genre);
  });
});

describe('the template editor’s JSON box', () => {
  it('gets the line of each field the service refuses', async () => {
    const libraryDir = tempDir();
    const services = createLocalServices(
      createNodeServiceImplementation({ policy: ALLOW_ANY_PATH, libraryDir, templatesDir: TEMPLATES_DIR, trackRecent: false }),
    );
    const { name, description, ...rest } = JSON.parse(readFileSync(path.join(TEMPLATES_DIR, 'xuexi-xinde.json'), 'utf8')) as Record<string, unknown>;
    const sections = rest.sections as Record<string, unknown>[];
    sections[2]!.role = 'ending';
    const json = JSON.stringify({ ...rest, id: 'wode' }, null, 2);
    const failure = await services.saveTemplate({ template: { ...JSON.parse(json), name, description } }).catch((error: unknown) => error);
    const message = withFieldLines((failure as { userMessage: string }).userMessage, json);
    const line = json.slice(0, json.indexOf('"ending"')).split('\n').length;
    expect(message).toContain(`第${line}行 字段 sections.2.role：取值无效`);
  });
});
