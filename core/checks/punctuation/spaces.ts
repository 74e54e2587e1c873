import { isBodyBlock } from '../block-view.js';
import { INLINE_SPACE, isChinese } from '../characters.js';
import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * Spaces in Chinese body text: between two Chinese characters, and at the
 * start or end of a paragraph (indentation is the layout's job). Only body
 * blocks: a title or heading may use a space to separate its two halves
 * (深入学习“千万工程”经验 推动乡村全面振兴) and the author line separates
 * unit and name with one. Inside （） spaces stay too: a byline such as
 * （本报记者 李灿 陆乐） separates names with them.
 */
const INNER = new RegExp(`${INLINE_SPACE}+`, 'g');
const EDGE = new RegExp(`^${INLINE_SPACE}+|${INLINE_SPACE}+$`, 'g');

/** For each offset, whether it lies inside （） or (). */
function insideParens(text: string): (i: number) => boolean {
  const depth: number[] = [];
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') d++;
    else if (ch === '）' || ch === ')') d = Math.max(0, d - 1);
    depth.push(d);
  }
  return (i) => (depth[i] ?? 0) > 0;
}

export const spacesInText: WritingCheck = {
  name: 'punct.space',
  run: ({ views, findingLimit }) => {
    const findings: RawFinding[] = [];
    for (const view of views) {
      const { text } = view;
      if (!isBodyBlock(view.block) || !/[ \t\u00a0\u3000]/.test(text)) continue;
      const inParens = insideParens(text);
      const edges = new Set<number>();
      for (const m of text.matchAll(EDGE)) {
        if (findings.length >= findingLimit) break;
        edges.add(m.index);
        const start = m.index;
        const end = start + m[0].length;
        if (end - start === text.length) continue; // a blank paragraph: nothing to read, nothing to mark
        findings.push(
          findingAt(view, {
            id: 'punct.edge-space',
            kind: '标点符号',
            severity: 'warning',
            message: start === 0 ? '段首有空格（首行缩进由排版完成，不必手打空格）' : '段末有多余的空格',
            start,
            end,
            fix: replaceFix(view, { start, end, text: '' }),
            fixAll: true,
          }),
        );
      }
      for (const m of text.matchAll(INNER)) {
        if (findings.length >= findingLimit) break;
        const start = m.index;
        const end = start + m[0].length;
        if (edges.has(start) || inParens(start)) continue;
        if (!isChinese(text[start - 1]) || !isChinese(text[end])) continue;
        findings.push(
          findingAt(view, {
            id: 'punct.space',
            kind: '标点符号',
            severity: 'info',
            message: '汉字之间多了空格',
            start,
            end,
            fix: replaceFix(view, { start, end, text: '' }),
            fixAll: true,
          }),
        );
      }
    }
    return findings;
  },
};
