import { isHan } from '../characters.js';
import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * Half-width ( ) around Chinese words: 县(市、区) → 县（市、区）. Decided per
 * pair: a pair whose content has a Han character is Chinese text; (a), (2023)
 * and (Word) stay as typed. An unpaired half-width paren is wrong when a Han
 * character is on its inner side.
 */
export const halfWidthParens: WritingCheck = {
  name: 'punct.half-width-paren',
  run: ({ views, findingLimit }) => {
    const findings: RawFinding[] = [];
    for (const view of views) {
      const { text } = view;
      if (!/[()]/.test(text)) continue;
      const wrong: number[] = [];
      const open: number[] = [];
      // Han characters before each offset: whether a pair holds Chinese, without rescanning nested pairs.
      const hanBefore = new Int32Array(text.length + 1);
      for (let i = 0; i < text.length; i++) hanBefore[i + 1] = hanBefore[i]! + (isHan(text[i]) ? 1 : 0);
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '(' || ch === '（') open.push(i);
        else if (ch === ')' || ch === '）') {
          const start = open.pop();
          if (start === undefined) {
            if (ch === ')' && isHan(text[i - 1])) wrong.push(i);
            continue;
          }
          if (hanBefore[i]! - hanBefore[start + 1]! === 0) continue;
          if (text[start] === '(') wrong.push(start);
          if (ch === ')') wrong.push(i);
        }
      }
      for (const start of open) if (text[start] === '(' && isHan(text[start + 1])) wrong.push(start);
      for (const at of wrong.sort((a, b) => a - b)) {
        if (findings.length >= findingLimit) break;
        const fullWidth = text[at] === '(' ? '（' : '）';
        findings.push(
          findingAt(view, {
            id: 'punct.half-width-paren',
            kind: '标点符号',
            severity: 'error',
            message: `中文里用了半角括号“${text[at]}”，应为全角“${fullWidth}”`,
            start: at,
            end: at + 1,
            fix: replaceFix(view, { start: at, end: at + 1, text: fullWidth }),
            fixAll: true,
          }),
        );
      }
    }
    return findings;
  },
};
