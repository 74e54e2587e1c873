import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveLabels } from '../../core/model/numbering.js';
import { DraftSchema, type Block } from '../../core/model/schema.js';
import { instantiateTemplate } from '../../core/templates/instantiate.js';
import { parseTemplate } from '../../core/templates/load.js';
import type { Template, TemplateParameterValues } from '../../core/templates/schema.js';
import { REPO_ROOT } from '../support/corpus.js';
import { expectUserError } from '../support/errors.js';

const TEMPLATES_DIR = path.join(REPO_ROOT, 'templates');

const files = readdirSync(TEMPLATES_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

const loaded: { file: string; text: string; template: Template }[] = files.map((file) => {
  const text = readFileSync(path.join(TEMPLATES_DIR, file), 'utf8');
  return { file, text, template: parseTemplate(file, text) };
});

const VALUES: TemplateParameterValues = {
  theme: '学习“千万工程”“浦江经验”',
  role: '交通运输执法队队员',
  unit: '某某县交通运输执法队',
  author: '张三',
  date: '2026-11-24',
};

const sectionOf = (block: Block): string | undefined => ('section' in block ? block.section : undefined);

describe('built-in templates', () => {
  it('there are at least eight, with unique ids equal to their file names', () => {
    expect(loaded.length).toBeGreaterThanOrEqual(8);
    for (const { file, template } of loaded) expect(`${template.id}.json`).toBe(file);
    const ids = loaded.map(({ template }) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('include the eight genres the wizard offers', () => {
    const ids = loaded.map(({ template }) => template.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'yantao-fayan-sandian',
        'xuexi-xinde',
        'dangke-jianggao',
        'duizhao-jiancha',
        'dushuban-jiaoliu',
        'xuanjiang-gao',
        'diaoyan-baogao',
        'zhuti-jiaoyu-zongjie',
      ]),
    );
  });

  describe.each(loaded)('$file', ({ template }) => {
    const draft = instantiateTemplate(template, VALUES);

    it('instantiates to a valid draft', () => {
      expect(DraftSchema.safeParse(draft).success).toBe(true);
      expect(draft.meta.templateId).toBe(template.id);
      expect(draft.meta.genre).toBe(template.genre);
      expect(draft.meta.date).toBe('2026-11-24');
    });

    it('fills every slot of the title and puts the theme in it', () => {
      const title = draft.children[0];
      expect(title?.type).toBe('title');
      const text = title!.children.map((leaf) => ('text' in leaf ? leaf.text : '')).join('');
      expect(text).not.toContain('{{');
      expect(text).toContain(VALUES.theme);
      expect(draft.children[1]).toEqual({ type: 'author-line', children: [{ text: '某某县交通运输执法队 张三' }] });
    });

    it('tags every body block with a section of the template', () => {
      const ids = new Set(template.sections.map((s) => s.id));
      for (const block of draft.children) {
        if (block.type === 'title' || block.type === 'author-line') continue;
        const id = sectionOf(block);
        expect(id, `${block.type} block without a section`).toBeDefined();
        expect(ids.has(id!), `unknown section ${id}`).toBe(true);
      }
    });

    it('lays out as many points as the template asks for', () => {
      for (const section of template.sections) {
        const blocks = draft.children.filter((b) => sectionOf(b) === section.id);
        if (!section.points) continue;
        const counted =
          section.points.form === 'run-in'
            ? blocks.filter((b) => b.type === 'point').length
            : blocks.filter((b) => b.type === 'heading' && b.level === section.points!.level).length -
              (section.heading?.level === section.points.level ? 1 : 0);
        expect(counted, section.id).toBe(section.points.count);
      }
    });

    it('asks for the theme, in Chinese, and writes no unfilled slots into guidance', () => {
      const theme = template.parameters.find((p) => p.key === 'theme');
      expect(theme?.required).toBe(true);
      for (const p of template.parameters) {
        expect(p.label).toMatch(/[\u4e00-\u9fff]/);
        expect(p.placeholder).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(template.title).toContain('{{theme}}');
      const texts = template.sections.flatMap((s) => [
        s.guidance,
        ...s.starters,
        ...(s.points ? [s.points.guidance, ...s.points.starters] : []),
      ]);
      for (const text of texts) expect(text).not.toMatch(/\{\{/);
    });

    it('guides every section and offers starters where the writer begins', () => {
      for (const section of template.sections) {
        expect(section.guidance.length, section.id).toBeGreaterThan(20);
        if (section.points) {
          expect(section.points.guidance.length, section.id).toBeGreaterThan(40);
          expect(section.points.starters.length, section.id).toBeGreaterThanOrEqual(3);
          expect(section.points.starters.length, section.id).toBeLessThanOrEqual(6);
        } else {
          expect(section.starters.length, section.id).toBeGreaterThanOrEqual(3);
          expect(section.starters.length, section.id).toBeLessThanOrEqual(6);
        }
      }
    });

    it('has length targets that add up: points within their section, sections within the total', () => {
      let total = 0;
      for (const section of template.sections) {
        total += section.targetLength;
        if (section.points) {
          expect(section.targetLength, section.id).toBeGreaterThanOrEqual(section.points.count * section.points.targetLength);
        }
      }
      expect(total).toBeGreaterThanOrEqual(template.targetLength.min);
      expect(total).toBeLessThanOrEqual(template.targetLength.max);
      expect(template.speakingRate).toBeGreaterThanOrEqual(200);
      expect(template.speakingRate).toBeLessThanOrEqual(300);
    });

    it('numbers every level it lays out with a style it names', () => {
      const levels = new Set<string>();
      for (const block of draft.children) {
        if (block.type === 'heading') levels.add(`heading${block.level}`);
        if (block.type === 'point') levels.add('point');
      }
      for (const level of levels) expect(Object.keys(template.numbering), level).toContain(level);
    });
  });

  it('研讨发言 numbers its three points 一是、二是、三是', () => {
    const { template } = loaded.find((t) => t.template.id === 'yantao-fayan-sandian')!;
    const draft = instantiateTemplate(template, VALUES);
    expect(deriveLabels(draft.children, draft.numbering).filter(Boolean)).toEqual(['一是', '二是', '三是']);
  });

  it('对照检查材料 numbers 一、（一）… 二、 三、一是…', () => {
    const { template } = loaded.find((t) => t.template.id === 'duizhao-jiancha')!;
    const draft = instantiateTemplate(template, VALUES);
    expect(deriveLabels(draft.children, draft.numbering).filter(Boolean)).toEqual([
      '一、', '（一）', '（二）', '（三）', '（四）',
      '二、', '（一）', '（二）', '（三）',
      '三、', '一是', '二是', '三是', '四是',
    ]);
  });
});

describe('template loader errors name the file and the field, in Chinese', () => {
  const base = (): Record<string, unknown> => JSON.parse(loaded[0]!.text) as Record<string, unknown>;
  const FILE = '我的模板.json';

  it('bad JSON', async () => {
    await expectUserError(() => parseTemplate(FILE, '{ "schemaVersion": 1, '), 'invalid-input', /^我的模板\.json：不是有效的 JSON/);
  });

  it('a missing field', async () => {
    const t = base();
    delete t.name;
    await expectUserError(() => parseTemplate(FILE, JSON.stringify(t)), 'invalid-input', /我的模板\.json：字段 name：类型不对/);
  });

  it('a duplicate section id', async () => {
    const t = base();
    const sections = t.sections as Record<string, unknown>[];
    sections[1] = { ...sections[1], id: sections[0]!.id };
    await expectUserError(
      () => parseTemplate(FILE, JSON.stringify(t)),
      'invalid-input',
      new RegExp(`我的模板\\.json：字段 sections\\.1\\.id：小节编号“${String(sections[0]!.id)}”重复`),
    );
  });

  it('a minimum length above the maximum', async () => {
    const t = base();
    t.targetLength = { min: 3000, max: 2000 };
    await expectUserError(
      () => parseTemplate(FILE, JSON.stringify(t)),
      'invalid-input',
      /我的模板\.json：字段 targetLength：最少字数不能大于最多字数/,
    );
  });

  it('a point group without points', async () => {
    const t = base();
    const sections = t.sections as Record<string, unknown>[];
    const i = sections.findIndex((s) => s.role === 'point-group');
    delete sections[i]!.points;
    await expectUserError(
      () => parseTemplate(FILE, JSON.stringify(t)),
      'invalid-input',
      new RegExp(`我的模板\\.json：字段 sections\\.${i}\\.points：分点小节必须写明 points`),
    );
  });

  it('a parameter asked for twice', async () => {
    const t = base();
    const parameters = t.parameters as unknown[];
    parameters[1] = parameters[0];
    await expectUserError(() => parseTemplate(FILE, JSON.stringify(t)), 'invalid-input', /我的模板\.json：字段 parameters：参数重复/);
  });
});
