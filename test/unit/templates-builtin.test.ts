import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../core/checks/registry.js';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { deriveLabels } from '../../core/model/numbering.js';
import { DraftSchema, type Block } from '../../core/model/schema.js';
import { instantiateTemplate } from '../../core/templates/instantiate.js';
import { parseTemplate } from '../../core/templates/load.js';
import { TEMPLATE_CATEGORIES } from '../../core/templates/kinds.js';
import type { Template, TemplateParameterValues } from '../../core/templates/schema.js';
import { paragraphs, readDocxParts, styleById } from '../support/docx-parts.js';
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
  meeting: '2025年度组织生活会',
  campaign: '深入贯彻中央八项规定精神学习教育',
};

/** Blocks a letter adds around its sections: 称呼, 此致/敬礼, signature. */
const isLetterFrame = (block: Block): boolean =>
  block.type === 'salutation' || block.type === 'signature' || (block.type === 'closing' && !('section' in block && block.section));

const sectionOf = (block: Block): string | undefined => ('section' in block ? block.section : undefined);

describe('built-in templates', () => {
  it('there are at least twenty-two, with unique ids equal to their file names', () => {
    expect(loaded.length).toBeGreaterThanOrEqual(22);
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
        'minzhu-shenghuohui-geren',
        'minzhu-shenghuohui-banzi',
        'shenghuohui-fayan-tigang',
        'jianshi-pouxi',
        'shuzhi-shuze-shulian',
        'zhibu-shuji-shuzhi',
        'xuexi-guanche-jiaoliu',
        'zhuti-dangri-fayan',
        'rudang-shenqingshu',
        'sixiang-huibao',
        'zhuanzheng-shenqing',
        'xianghu-piping',
        'jingshi-jiaoyu-guanhougan',
        'yian-cugai-pouxi',
        'biaotai-fayan',
        'lingdao-jianghua',
      ]),
    );
  });

  it('every group of the wizard has templates, and each template says what real texts it was checked against', () => {
    const groups = new Set(loaded.map(({ template }) => template.category));
    expect([...groups].sort()).toEqual([...TEMPLATE_CATEGORIES].sort());
    for (const { file, template } of loaded) expect(template.reviewedAgainst?.length ?? 0, file).toBeGreaterThan(30);
  });

  describe.each(loaded)('$file', ({ template }) => {
    const draft = instantiateTemplate(template, VALUES);

    it('instantiates to a valid draft', () => {
      expect(DraftSchema.safeParse(draft).success).toBe(true);
      expect(draft.meta.templateId).toBe(template.id);
      expect(draft.meta.genre).toBe(template.genre);
      expect(draft.meta.date).toBe('2026-11-24');
    });

    it('fills every slot of the title; a speech has the author line under it, a letter its 称呼', () => {
      const title = draft.children[0];
      expect(title?.type).toBe('title');
      const text = title!.children.map((leaf) => ('text' in leaf ? leaf.text : '')).join('');
      expect(text).not.toContain('{{');
      expect(text.trim()).not.toBe('');
      const head = draft.children.slice(1, 3);
      if (template.letter) {
        expect(head[0]).toEqual({ type: 'salutation', children: [{ text: '敬爱的党组织：' }] });
      } else {
        expect(head).toContainEqual({ type: 'author-line', children: [{ text: '某某县交通运输执法队 张三' }] });
      }
    });

    it('tags every body block with a section of the template', () => {
      const ids = new Set(template.sections.map((s) => s.id));
      for (const block of draft.children) {
        if (block.type === 'title' || block.type === 'author-line' || isLetterFrame(block)) continue;
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

    it('asks, in Chinese and as required, for every slot of its title, and writes no slots into guidance', () => {
      for (const p of template.parameters) {
        expect(p.label).toMatch(/[\u4e00-\u9fff]/);
        expect(p.placeholder).toMatch(/[\u4e00-\u9fff]/);
      }
      const slots = [...`${template.title}${template.subtitle ?? ''}`.matchAll(/\{\{\s*([a-z]+)\s*\}\}/g)].map(([, key]) => key);
      for (const key of slots) expect(template.parameters.some((p) => p.key === key), `${key} in the title`).toBe(true);
      if (slots.length > 0) expect(template.parameters.some((p) => slots.includes(p.key) && p.required)).toBe(true);
      if (template.letter) expect(template.parameters.find((p) => p.key === 'author')?.required).toBe(true);
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

    it('exports to a .docx holding its title', async () => {
      const parts = readDocxParts(await exportDraftToDocx(draft));
      const title = draft.children[0]!.children.map((leaf) => ('text' in leaf ? leaf.text : '')).join('');
      expect(paragraphs(parts.document).some((p) => p.text === title)).toBe(true);
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

  const builtIn = (id: string): Template => loaded.find((t) => t.template.id === id)!.template;
  const texts = (blocks: readonly Block[]): string[] =>
    blocks.map((block) => block.children.map((leaf) => ('text' in leaf ? leaf.text : '')).join(''));

  it('对照检查材料: 上次整改 is a part of its own, problems per notice aspect, causes under the four roots', () => {
    const template = builtIn('duizhao-jiancha');
    const draft = instantiateTemplate(template, VALUES);
    expect(deriveLabels(draft.children, draft.numbering).filter(Boolean)).toEqual([
      '一、',
      '二、', '（一）', '（二）', '（三）', '（四）',
      '三、', '（一）', '（二）', '（三）', '（四）',
      '四、', '一是', '二是', '三是', '四是',
    ]);
    const headings = texts(draft.children.filter((b) => b.type === 'heading' && b.level === 1));
    expect(headings).toEqual(['上次组织生活会整改落实情况', '问题查摆', '原因剖析', '整改措施']);
    const roots = texts(draft.children.filter((b) => b.type === 'heading' && b.level === 2 && sectionOf(b) === 'yuanyin-pouxi'));
    expect(roots.join()).toMatch(/理想信念.*宗旨意识.*党性修养.*纪律规矩/);
  });

  it('the notice’s aspects, one a line, become the problem headings (as many as given)', () => {
    const aspects = '在深化理论武装方面\n在严守纪律规矩方面；在担当作为方面';
    const draft = instantiateTemplate(builtIn('minzhu-shenghuohui-geren'), { ...VALUES, aspects });
    const problems = draft.children.filter((b) => b.type === 'heading' && b.level === 2 && sectionOf(b) === 'wenti-chabai');
    expect(texts(problems)).toEqual(['在深化理论武装方面', '在严守纪律规矩方面', '在担当作为方面']);
  });

  it('学习教育工作总结 names the campaign and follows its measures', () => {
    const draft = instantiateTemplate(builtIn('zhuti-jiaoyu-zongjie'), {
      campaign: '党纪学习教育',
      unit: '某某局党组',
      aspects: '抓好学习研讨\n抓好警示教育',
    });
    expect(texts(draft.children.slice(0, 1))).toEqual(['某某局党组党纪学习教育工作总结']);
    const measures = draft.children.filter((b) => b.type === 'heading' && b.level === 2 && sectionOf(b) === 'zuofa-chengxiao');
    expect(texts(measures)).toEqual(['抓好学习研讨', '抓好警示教育']);
  });

  it('党课讲稿 has a main title of its own and the “——在…专题党课上的讲稿” subtitle, and runs about an hour', () => {
    const template = builtIn('dangke-jianggao');
    const draft = instantiateTemplate(template, { ...VALUES, theme: '坚守初心使命', meeting: '学习贯彻全会精神' });
    expect(texts(draft.children.slice(0, 2))).toEqual(['坚守初心使命', '——在学习贯彻全会精神专题党课上的讲稿']);
    expect(template.targetLength.max / template.speakingRate).toBeGreaterThanOrEqual(55);
    expect(template.sections.some((s) => /案例/.test(s.guidance))).toBe(true);
  });

  describe('letters (入党申请书, 思想汇报, 转正申请)', () => {
    const letters = loaded.filter(({ template }) => template.letter);

    it('are the three that are handed in, not spoken', () => {
      expect(letters.map(({ template }) => template.id).sort()).toEqual(['rudang-shenqingshu', 'sixiang-huibao', 'zhuanzheng-shenqing']);
    });

    it.each(letters)('$file exports 称呼 at the margin, 此致 indented, 敬礼！ at the margin, then signer and date at the right', async ({ template }) => {
      const draft = instantiateTemplate(template, VALUES);
      const parts = readDocxParts(await exportDraftToDocx(draft));
      const printed = paragraphs(parts.document).filter((p) => p.text !== '');
      const at = (text: string) => printed.findIndex((p) => p.text === text);
      const signer = `${template.letter!.signer}：张三`;
      expect(printed[1]).toMatchObject({ text: '敬爱的党组织：', styleId: 'Salutation' });
      const zhizhi = at('此致');
      expect(zhizhi).toBeGreaterThan(1);
      expect(printed[zhizhi]!.styleId).toBe('BodyText');
      expect(printed.slice(zhizhi + 1).map((p) => [p.text, p.styleId])).toEqual([
        ['敬礼！', 'Salutation'],
        [signer, 'Signature'],
        ['2026年11月24日', 'Signature'],
      ]);
      // 称呼 and 敬礼 start at the margin; 此致 keeps the body's two-character indent.
      const salutation = styleById(parts.styles, 'Salutation') ?? '';
      expect(salutation).toMatch(/w:firstLine="0"|w:firstLineChars="0"/);
      expect(printed.some((p) => p.text.includes('张三') && p.styleId === 'AuthorLine')).toBe(false);
    });

    it('name their parts, so the outline and 体检 say which one is meant', () => {
      const template = builtIn('sixiang-huibao');
      const messages = runChecks(instantiateTemplate(template, VALUES), { template }).map((f) => f.message);
      expect(messages).toContain('“学习体会”部分还没有写（建议约550字）');
      for (const section of letters.flatMap(({ template: t }) => t.sections)) {
        if (!section.heading && (section.role === 'free' || section.role === 'point-group')) expect(section.name, section.id).toBeTruthy();
      }
    });

    it('have no speaking time in the length check', () => {
      const template = builtIn('rudang-shenqingshu');
      const draft = instantiateTemplate(template, VALUES);
      const total = runChecks(draft, { template }).find((f) => f.id === 'length.total');
      expect(total?.message).toMatch(/少于建议的1500—3000字$/);
      expect(total?.message).not.toMatch(/分钟/);
    });
  });
});

describe('template loader errors name the file, the line and the field, in Chinese', () => {
  const base = (): Record<string, unknown> => JSON.parse(loaded[0]!.text) as Record<string, unknown>;
  const FILE = '我的模板.json';
  /** As a person edits it: pretty-printed, so every field has its own line. */
  const pretty = (t: unknown): string => JSON.stringify(t, null, 2);
  const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('bad JSON', async () => {
    await expectUserError(() => parseTemplate(FILE, '{ "schemaVersion": 1, '), 'invalid-input', /^我的模板\.json：不是有效的 JSON/);
  });

  it('a missing field points at the object that lacks it', async () => {
    const t = base();
    delete t.name;
    await expectUserError(() => parseTemplate(FILE, pretty(t)), 'invalid-input', /我的模板\.json 第1行：字段 name：类型不对/);
  });

  it('an unknown field is shown at its own line', async () => {
    const t = base();
    (t.sections as Record<string, unknown>[])[1]!.tips = '多举例子';
    const text = pretty(t);
    await expectUserError(
      () => parseTemplate(FILE, text),
      'invalid-input',
      new RegExp(`我的模板\\.json 第${lineOf(text, '"tips"')}行：字段 sections\\.1：含有不认识的字段：tips`),
    );
  });

  it('a bad parameter names its key and line', async () => {
    const t = base();
    (t.parameters as Record<string, unknown>[])[1]!.key = 'mood';
    const text = pretty(t);
    await expectUserError(
      () => parseTemplate(FILE, text),
      'invalid-input',
      new RegExp(`我的模板\\.json 第${lineOf(text, '"mood"')}行：字段 parameters\\.1\\.key：取值无效`),
    );
  });

  it('a duplicate section id', async () => {
    const t = base();
    const sections = t.sections as Record<string, unknown>[];
    sections[1] = { ...sections[1], id: sections[0]!.id };
    await expectUserError(
      () => parseTemplate(FILE, pretty(t)),
      'invalid-input',
      new RegExp(`我的模板\\.json 第\\d+行：字段 sections\\.1\\.id：小节编号“${String(sections[0]!.id)}”重复`),
    );
  });

  it('a minimum length above the maximum', async () => {
    const t = base();
    t.targetLength = { min: 3000, max: 2000 };
    const text = pretty(t);
    await expectUserError(
      () => parseTemplate(FILE, text),
      'invalid-input',
      new RegExp(`我的模板\\.json 第${lineOf(text, '"targetLength": {')}行：字段 targetLength：最少字数不能大于最多字数`),
    );
  });

  it('a point group without points (a missing part)', async () => {
    const t = base();
    const sections = t.sections as Record<string, unknown>[];
    const i = sections.findIndex((s) => s.role === 'point-group');
    delete sections[i]!.points;
    await expectUserError(
      () => parseTemplate(FILE, pretty(t)),
      'invalid-input',
      new RegExp(`我的模板\\.json 第\\d+行：字段 sections\\.${i}\\.points：分点小节必须写明 points`),
    );
  });

  it('a rule naming a section that does not exist', async () => {
    const t = base();
    t.rules = { order: ['no-such-part'] };
    await expectUserError(() => parseTemplate(FILE, pretty(t)), 'invalid-input', /字段 rules\.order\.0：没有编号为“no-such-part”的小节/);
  });

  it('a parameter asked for twice', async () => {
    const t = base();
    const parameters = t.parameters as unknown[];
    parameters[1] = parameters[0];
    await expectUserError(() => parseTemplate(FILE, pretty(t)), 'invalid-input', /我的模板\.json 第\d+行：字段 parameters：参数重复/);
  });
});
