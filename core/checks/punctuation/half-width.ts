import { INLINE_SPACE, isChinese } from '../characters.js';
import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * Half-width , ; : ? ! in Chinese text. A mark is wrong when the character
 * right before or right after it is Chinese (a Han character or a Chinese
 * punctuation mark): 习近平,总书记 · 11个地市,25个县 · 第1篇:学习. Marks with
 * no Chinese neighbour stay: 2,000 · 12:00 · http:// · Word,Excel. Spaces
 * around a wrong mark go with it (a full-width mark carries its own spacing).
 */
const MARKS: Record<string, { id: string; fullWidth: string; name: string }> = {
  ',': { id: 'punct.half-width-comma', fullWidth: '，', name: '逗号' },
  ';': { id: 'punct.half-width-semicolon', fullWidth: '；', name: '分号' },
  ':': { id: 'punct.half-width-colon', fullWidth: '：', name: '冒号' },
  '?': { id: 'punct.half-width-question', fullWidth: '？', name: '问号' },
  '!': { id: 'punct.half-width-exclamation', fullWidth: '！', name: '叹号' },
};

const CANDIDATE = new RegExp(`${INLINE_SPACE}*[,;:?!]${INLINE_SPACE}*`, 'g');

export const halfWidthMarks: WritingCheck = {
  name: 'punct.half-width',
  run: ({ views, findingLimit }) => {
    const findings: RawFinding[] = [];
    for (const view of views) {
      const { text } = view;
      if (!/[,;:?!]/.test(text)) continue;
      for (const m of text.matchAll(CANDIDATE)) {
        if (findings.length >= findingLimit) break;
        const markAt = m.index + m[0].search(/[,;:?!]/);
        const mark = text[markAt] ?? '';
        if (!isChinese(text[markAt - 1]) && !isChinese(text[markAt + 1])) continue;
        const spec = MARKS[mark];
        if (!spec) continue;
        const start = m.index;
        const end = m.index + m[0].length;
        findings.push(
          findingAt(view, {
            id: spec.id,
            kind: '标点符号',
            severity: 'error',
            message: `中文里用了半角${spec.name}“${mark}”，应为全角“${spec.fullWidth}”`,
            start: markAt,
            end: markAt + 1,
            fix: replaceFix(view, { start, end, text: spec.fullWidth }),
            fixAll: true,
          }),
        );
      }
    }
    return findings;
  },
};
