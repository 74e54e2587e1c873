import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * Small-form marks (﹔﹐﹕ …, U+FE50–FE6B) come from converted or scanned
 * text (the corpus news piece has ﹔); they print narrow and off-centre.
 */
const SMALL_TO_FULL: Record<string, string> = {
  '﹐': '，',
  '﹑': '、',
  '﹔': '；',
  '﹕': '：',
  '﹖': '？',
  '﹗': '！',
  '﹙': '（',
  '﹚': '）',
  '﹝': '〔',
  '﹞': '〕',
};
const SMALL = new RegExp(`[${Object.keys(SMALL_TO_FULL).join('')}]`, 'g');

export const smallFormMarks: WritingCheck = {
  name: 'punct.small-form',
  run: ({ views, findingLimit }) => {
    const findings: RawFinding[] = [];
    for (const view of views) {
      for (const m of view.text.matchAll(SMALL)) {
        if (findings.length >= findingLimit) break;
        const full = SMALL_TO_FULL[m[0]] ?? m[0];
        findings.push(
          findingAt(view, {
            id: 'punct.small-form',
            kind: '标点符号',
            severity: 'error',
            message: `“${m[0]}”是小号标点，应为“${full}”`,
            start: m.index,
            end: m.index + 1,
            fix: replaceFix(view, { start: m.index, end: m.index + 1, text: full }),
            fixAll: true,
          }),
        );
      }
    }
    return findings;
  },
};
