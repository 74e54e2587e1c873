import { isChinese } from '../characters.js';
import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * The Chinese ellipsis is two … (U+2026) side by side: ……. Typed instead:
 * three or more dots ... / 。。。 / ···, a single … or three or more … in a
 * row. Four … (…………) stays: GB/T 15834 uses it for omitted paragraphs.
 * Dots count only next to Chinese text, so English "etc..." is left alone.
 */
const CANDIDATE = /\.{3,}|。{3,}|[·・]{3,}|…+/g;

function isWrong(run: string, before: string | undefined, after: string | undefined): boolean {
  if (run[0] === '…') return run.length !== 2 && run.length !== 4;
  if (run[0] === '。') return true;
  return isChinese(before) || isChinese(after);
}

export const wrongEllipsis: WritingCheck = {
  name: 'punct.ellipsis',
  run: ({ views, findingLimit }) => {
    const findings: RawFinding[] = [];
    for (const view of views) {
      const { text } = view;
      if (!/\.\.\.|。。。|[·・]{3}|…/.test(text)) continue;
      for (const m of text.matchAll(CANDIDATE)) {
        if (findings.length >= findingLimit) break;
        const start = m.index;
        const end = start + m[0].length;
        if (!isWrong(m[0], text[start - 1], text[end])) continue;
        findings.push(
          findingAt(view, {
            id: 'punct.ellipsis',
            kind: '标点符号',
            severity: 'error',
            message: `省略号写成了“${m[0]}”，应为“……”（两个“…”）`,
            start,
            end,
            fix: replaceFix(view, { start, end, text: '……' }),
            fixAll: true,
          }),
        );
      }
    }
    return findings;
  },
};
