import { isChinese, isHan } from '../characters.js';
import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * The Chinese dash (破折号) is two em dashes: ——. Typed instead: -- or －－
 * (two or more hyphens next to Chinese text) or three or more —. A single —
 * between Chinese words is reported as a hint only: it is right as the
 * connector of a span (北京—上海, 1921—2021), wrong as a dash.
 */
const CANDIDATE = /-{2,}|－{2,}|—+/g;

export const wrongDash: WritingCheck = {
  name: 'punct.dash',
  run: ({ views, findingLimit }) => {
    const findings: RawFinding[] = [];
    for (const view of views) {
      const { text } = view;
      if (!/--|－－|—/.test(text)) continue;
      for (const m of text.matchAll(CANDIDATE)) {
        if (findings.length >= findingLimit) break;
        const start = m.index;
        const end = start + m[0].length;
        const before = text[start - 1];
        const after = text[end];
        const fix = replaceFix(view, { start, end, text: '——' });
        if (m[0][0] === '—') {
          if (m[0].length >= 3) {
            findings.push(
              findingAt(view, { id: 'punct.dash', kind: '标点符号', severity: 'error', message: `破折号写成了“${m[0]}”，应为“——”`, start, end, fix, fixAll: true }),
            );
          } else if (m[0].length === 1 && isHan(before) && isHan(after)) {
            findings.push(
              findingAt(view, {
                id: 'punct.single-dash',
                kind: '标点符号',
                severity: 'info',
                message: '单个“—”：作破折号应为“——”；若表示起止（北京—上海）可保留',
                start,
                end,
                fix,
              }),
            );
          }
          continue;
        }
        if (!isChinese(before) && !isChinese(after)) continue;
        findings.push(
          findingAt(view, { id: 'punct.dash', kind: '标点符号', severity: 'error', message: `破折号写成了“${m[0]}”，应为“——”`, start, end, fix, fixAll: true }),
        );
      }
    }
    return findings;
  },
};
