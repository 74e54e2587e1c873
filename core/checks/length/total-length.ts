import { findingAt } from '../finding.js';
import { isSpoken } from '../../templates/kinds.js';
import type { RawFinding, WritingCheck } from '../types.js';
import { lengthSummary } from './length-summary.js';

/**
 * The whole draft against the template's range, with the speaking time at
 * the template's rate (a 研讨发言 has its minutes as well as its 字数).
 */
export const totalLength: WritingCheck = {
  name: 'length.total',
  run: ({ draft, views, template }) => {
    if (!template) return [];
    const summary = lengthSummary(draft.children, template);
    const { range, total, minutes, speakingRate } = summary;
    if (!range || (total >= range.min && total <= range.max)) return [];
    const title = views.find((view) => view.block.type === 'title') ?? views[0];
    if (!title) return [];
    const minMinutes = Math.round(range.min / speakingRate);
    const maxMinutes = Math.round(range.max / speakingRate);
    const length = `全文约${total}字，${total < range.min ? '少于' : '超出'}建议的${range.min}—${range.max}字`;
    // A text handed in (申请书, 思想汇报) is read, not spoken: no minutes.
    const message = isSpoken(template)
      ? `${length}；按每分钟${speakingRate}字计，约讲${minutes}分钟（建议${minMinutes}—${maxMinutes}分钟）`
      : length;
    const finding: RawFinding = findingAt(title, { id: 'length.total', kind: '篇幅时长', severity: 'warning', message, start: 0, end: 0 });
    return [finding];
  },
};
