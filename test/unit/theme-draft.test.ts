import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveLabels } from '../../core/model/numbering.js';
import type { Block } from '../../core/model/schema.js';
import { blockText } from '../../core/model/text.js';
import { guidanceFor, instantiateTemplate } from '../../core/templates/instantiate.js';
import { parseTemplate } from '../../core/templates/load.js';
import type { InstalledTheme } from '../../renderer/src/editor/quotes/quote-logic.js';
import {
  deadlineText,
  defaultHeadingChoice,
  themedTemplate,
  themeValues,
  withThemeHeadings,
} from '../../renderer/src/app/wizard/theme-draft.js';
import { REPO_ROOT } from '../support/corpus.js';

const template = (id: string) => parseTemplate(`${id}.json`, readFileSync(path.join(REPO_ROOT, 'templates', `${id}.json`), 'utf8'));
const runIn = template('yantao-fayan-sandian');
const headed = template('xuexi-xinde');

const THEME: InstalledTheme = {
  id: 'qianwan-pujiang',
  title: '学习“千万工程”“浦江经验”',
  tag: '千万工程浦江经验',
  organizer: '县委组织部',
  description: '',
  keyPoints: ['坚持人民至上', '坚持问题导向'],
  subHeadings: ['深刻感悟人民至上的价值底色', '学习借鉴问题导向的工作方法', '运用党建引领基层治理的经验', '锤炼实干担当的过硬作风'],
  templateId: 'yantao-fayan-sandian',
  deadline: '2026-12-31',
  importedAt: '2026-11-24T00:00:00.000Z',
};

const labelled = (draft: ReturnType<typeof instantiateTemplate>) => {
  const labels = deriveLabels(draft.children, draft.numbering);
  return draft.children.flatMap((block, i) => (labels[i] ? [`${labels[i]}${blockText(block)}`] : []));
};

describe('a draft from a study theme', () => {
  it('takes the theme title as 学习主题, so the title and the 金句 tab both follow it', () => {
    const draft = instantiateTemplate(runIn, themeValues(THEME, { author: '张三' }));
    expect(draft.meta.theme).toBe(THEME.title);
    expect(blockText(draft.children[0]!)).toBe('学习“千万工程”“浦江经验”研讨发言材料');
  });

  it('ticks as many sub-headings as the point group has points', () => {
    expect(defaultHeadingChoice(THEME, runIn)).toEqual(THEME.subHeadings.slice(0, 3));
  });

  it('writes ticked sub-headings as the lead clauses of 一是/二是 points; leftover points stay empty', () => {
    const draft = withThemeHeadings(instantiateTemplate(runIn, themeValues(THEME, {})), runIn, THEME.subHeadings.slice(0, 2));
    expect(labelled(draft)).toEqual(['一是深刻感悟人民至上的价值底色。', '二是学习借鉴问题导向的工作方法。', '三是']);
    const first = draft.children.find((block) => block.type === 'point')!;
    expect(first.children).toEqual([{ text: '深刻感悟人民至上的价值底色。', lead: true }]);
  });

  it('more sub-headings than points add points; headed templates get them as headings with a paragraph each', () => {
    const four = withThemeHeadings(instantiateTemplate(runIn, {}), runIn, THEME.subHeadings);
    expect(labelled(four).map((text) => text.slice(0, 2))).toEqual(['一是', '二是', '三是', '四是']);
    expect(four.children.at(-1)?.type).toBe('closing');

    const draft = withThemeHeadings(instantiateTemplate(headed, {}), headed, THEME.subHeadings);
    expect(labelled(draft)).toEqual(THEME.subHeadings.map((heading, i) => `${['一、', '二、', '三、', '四、'][i]}${heading}`));
    const fourth = draft.children.findIndex((block) => blockText(block) === THEME.subHeadings[3]);
    expect(draft.children[fourth + 1]).toMatchObject({ type: 'paragraph', children: [{ text: '' }] });
  });

  it('nothing ticked leaves the draft as the template made it', () => {
    const draft = instantiateTemplate(runIn, {});
    expect(withThemeHeadings(draft, runIn, [])).toBe(draft);
  });
});

describe('the 写作要点 panel for a draft on a theme', () => {
  it('adds the theme’s 要点 to the opening and the points, and its sub-headings as starters', () => {
    const themed = themedTemplate(runIn, THEME);
    const section = runIn.sections.find((s) => s.role === 'point-group')!;
    const block: Block = { type: 'point', section: section.id, children: [{ text: '' }] };
    expect(guidanceFor(themed, block)).toBe(`${section.points!.guidance}本次学习主题的要点：①坚持人民至上；②坚持问题导向。`);
    expect(themed.sections.find((s) => s.id === section.id)!.points!.starters.slice(-4)).toEqual(THEME.subHeadings);
    expect(themed.sections.find((s) => s.role === 'closing')).toEqual(runIn.sections.find((s) => s.role === 'closing'));
    expect(themedTemplate(runIn, undefined)).toBe(runIn);
  });
});

describe('the deadline', () => {
  it('counts the days left, and says when it has passed', () => {
    expect(deadlineText('2026-12-31', new Date(2026, 10, 24))).toBe('交稿截止：2026年12月31日（还有 37 天）');
    expect(deadlineText('2026-11-24', new Date(2026, 10, 24, 18))).toBe('交稿截止：2026年11月24日（今天截止）');
    expect(deadlineText('2026-11-01', new Date(2026, 10, 24))).toBe('交稿截止：2026年11月1日（已过截止日期）');
    expect(deadlineText(undefined)).toBe('');
  });
});
