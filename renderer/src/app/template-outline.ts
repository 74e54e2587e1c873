import { DEFAULT_NUMBERING, formatLabel } from '../../../core/model/numbering.js';
import type { NumberingScheme } from '../../../core/model/schema.js';
import { SECTION_ROLE_NAMES } from '../../../core/templates/kinds.js';
import type { Template } from '../../../core/templates/schema.js';

/** One line of the wizard's outline preview. */
export interface OutlineRow {
  id: string;
  /** 开头 / 主体 / 结尾 / 正文. */
  role: string;
  /** The section's printed heading with its derived label, or empty. */
  heading: string;
  /** e.g. “3 点：一是、二是、三是” or “3 点：（一）（二）（三）”; empty for sections without points. */
  points: string;
  /** The first sentence or so of the guidance. */
  guidance: string;
  /** Characters the section aims at (points × per-point length for point groups). */
  targetLength: number;
}


/** Slots such as {{theme}} read as their meaning until the wizard fills them. */
const SLOT_NAMES: Record<string, string> = {
  theme: '学习主题',
  role: '岗位',
  unit: '单位',
  author: '姓名',
  date: '日期',
  meeting: '会议名称',
  campaign: '学习教育名称',
  aspects: '查摆方面',
};

export function showSlots(text: string): string {
  return text.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (_, key: string) => `〔${SLOT_NAMES[key] ?? key}〕`);
}

/** The first sentence of `text` if short enough, else its first `max` characters with an ellipsis. */
export function guidanceExcerpt(text: string, max = 64): string {
  const chars = [...text.trim()];
  const sentenceEnd = chars.findIndex((char) => '。！？；'.includes(char));
  if (sentenceEnd >= 0 && sentenceEnd < max) return chars.slice(0, sentenceEnd + 1).join('');
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}…`;
}

export function templateOutline(template: Template): OutlineRow[] {
  const numbering: NumberingScheme = { ...DEFAULT_NUMBERING, ...template.numbering };
  const headingCounts = [0, 0, 0, 0];
  return template.sections.map((section) => {
    let heading = '';
    if (section.heading) {
      const level = section.heading.level;
      headingCounts[level - 1] = (headingCounts[level - 1] ?? 0) + 1;
      headingCounts.fill(0, level);
      const label = formatLabel(numbering[`heading${level}`], (headingCounts[level - 1] ?? 1) - 1, 99);
      // An empty heading is one the writer composes (党课讲稿's 一、二、三、).
      heading = `${label}${showSlots(section.heading.text).trim() || '（自拟小标题）'}`;
    }
    const points = section.points;
    let pointsText = '';
    if (points) {
      const style = points.form === 'run-in' ? numbering.point : numbering[`heading${points.level}`];
      const labels = Array.from({ length: Math.min(points.count, 3) }, (_, i) => formatLabel(style, i, points.count).replace(/[，、]$/, ''));
      pointsText = `${points.count} 点：${joinLabels(labels)}${points.count > 3 ? '……' : ''}`;
      if (points.fromParameter) pointsText += '（按填写的方面）';
    }
    return {
      id: section.id,
      role: SECTION_ROLE_NAMES[section.role],
      heading,
      points: pointsText,
      guidance: guidanceExcerpt(points && !section.guidance ? points.guidance : section.guidance),
      targetLength: points ? Math.max(section.targetLength, points.count * points.targetLength) : section.targetLength,
    };
  });
}

/** 一是、二是、三是 / （一）（二）（三） / 1. 2. 3.: bracketed labels need no separator, dotted ones a space. */
function joinLabels(labels: string[]): string {
  const last = labels[0]?.slice(-1) ?? '';
  if (last === '）' || last === ')') return labels.join('');
  if (last === '.') return labels.join(' ');
  return labels.join('、');
}

/** 约 1500—2500 字，发言约 6—10 分钟 */
export function lengthSummary(template: Template): string {
  const { min, max } = template.targetLength;
  const minutes = (chars: number): number => Math.max(1, Math.round(chars / template.speakingRate));
  const range = min === max ? `${min}` : `${min}—${max}`;
  if (template.letter) return `约 ${range} 字`;
  const time = minutes(min) === minutes(max) ? `${minutes(min)}` : `${minutes(min)}—${minutes(max)}`;
  return `约 ${range} 字，宣读约 ${time} 分钟`;
}

/**
 * The title as the wizard will make it, for the live preview. The same rule
 * as core's fillSlots, restated here because core/templates/load.ts brings
 * the zod schemas, which the renderer bundle does without.
 */
export function previewTitle(pattern: string, values: Readonly<Record<string, string | undefined>>): string {
  return pattern.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (_, key: string) => values[key]?.trim() || `〔${SLOT_NAMES[key] ?? key}〕`);
}

/** 学习主题（必填）、岗位/角色、单位 … — what the next step will ask for. */
export function parameterSummary(template: Template): string {
  if (template.parameters.length === 0) return '无';
  return template.parameters.map((parameter) => (parameter.required ? `${parameter.label}（必填）` : parameter.label)).join('、');
}
