import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * The same mark typed twice: ，， 、、 ；； ：： 。。 — always a slip; the fix
 * keeps one (。。。 and longer runs are an ellipsis, another check's).
 * Doubled ！！ or ？？ is an emphatic device of quoted speech and slogans, so
 * inside “” it is left alone; outside it is a hint (提示) with a fix the writer
 * chooses (not applied by 全部修正). ？！ is the standard 问叹号 and is fine.
 */
const SLIP = /([，、；：])\1+|(?<!。)。。(?!。)/g;
const EMPHATIC = /([！？])\1+/g;

/** For each offset, whether it lies inside “”. */
function insideQuotes(text: string): (i: number) => boolean {
  const depth: number[] = [];
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') d++;
    else if (ch === '”') d = Math.max(0, d - 1);
    depth.push(d);
  }
  return (i) => (depth[i] ?? 0) > 0;
}

export const doubledMarks: WritingCheck = {
  name: 'punct.doubled',
  run: ({ views, findingLimit }) => {
    const findings: RawFinding[] = [];
    for (const view of views) {
      const { text } = view;
      if (!/([，、；：。！？])\1/.test(text)) continue;
      for (const m of text.matchAll(SLIP)) {
        if (findings.length >= findingLimit) break;
        const start = m.index;
        const end = start + m[0].length;
        findings.push(
          findingAt(view, {
            id: 'punct.doubled',
            kind: '标点符号',
            severity: 'error',
            message: `标点重复：“${m[0]}”应为一个“${m[0][0]}”`,
            start,
            end,
            fix: replaceFix(view, { start, end, text: m[0][0] ?? '' }),
            fixAll: true,
          }),
        );
      }
      const inQuotes = insideQuotes(text);
      for (const m of text.matchAll(EMPHATIC)) {
        if (findings.length >= findingLimit) break;
        if (inQuotes(m.index)) continue;
        const start = m.index;
        const end = start + m[0].length;
        findings.push(
          findingAt(view, {
            id: 'punct.doubled-emphatic',
            kind: '标点符号',
            // 提示: on real pages most ？？ were a character lost to a wrong encoding (1 right of 4).
            severity: 'info',
            message: `公文中不宜连用“${m[0]}”，一般用一个“${m[0][0]}”`,
            start,
            end,
            fix: replaceFix(view, { start, end, text: m[0][0] ?? '' }),
          }),
        );
      }
    }
    return findings;
  },
};
