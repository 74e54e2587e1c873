import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * 、 between items that each carry their own quotation marks or 书名号:
 * “千万工程”、“浦江经验” → “千万工程”“浦江经验”; 《A》、《B》 → 《A》《B》
 * (GB/T 15834-2011, 4.5.3.5: usually no 顿号 there). Only a 、 right between
 * the closing and the opening mark: with other words between the items
 * (增强“四个意识”、坚定“四个自信”) the 、 is right, and so it is when a
 * parenthesis follows the closing mark (《A》（修订版）、《B》).
 */
const COMMA_BETWEEN = /([”》』’])、(?=[“《『‘])/g;

/**
 * “要我”变“我要”、“输血”变“造血”: the 、 separates phrases made of quoted
 * words, not the quoted words themselves. Seen as a quoted item joined to
 * another by one character (变, 成), right before or right after the 、.
 */
function pairedPhrases(text: string, at: number): boolean {
  // Looked for within a short reach, so that the work per 、 stays constant.
  const after = text.slice(at + 2, at + 44);
  const close = after.indexOf('”');
  // 和, 与, 及, 或 join the last item of the list, not a phrase.
  const joinedAfter = close >= 0 && /^(?![和与及或])[\u4e00-\u9fff]“/.test(after.slice(close + 1, close + 4));
  const beforeText = text.slice(Math.max(0, at - 44), at - 1);
  const open = beforeText.lastIndexOf('“');
  const joinedBefore = open >= 0 && /”(?![和与及或])[\u4e00-\u9fff]$/.test(beforeText.slice(Math.max(0, open - 3), open));
  return joinedAfter || joinedBefore;
}

export const quotedEnumeration: WritingCheck = {
  name: 'punct.quoted-enumeration',
  run: ({ views, findingLimit }) => {
    const findings: RawFinding[] = [];
    for (const view of views) {
      if (!view.text.includes('、')) continue;
      for (const m of view.text.matchAll(COMMA_BETWEEN)) {
        if (findings.length >= findingLimit) break;
        const at = m.index + 1;
        if (pairedPhrases(view.text, at)) continue;
        const items = m[1] === '》' ? '书名号' : '引号';
        findings.push(
          findingAt(view, {
            id: 'punct.quoted-enumeration',
            kind: '标点符号',
            severity: 'warning',
            message: `并列的${items}之间一般不用顿号：删去“、”`,
            start: at,
            end: at + 1,
            fix: replaceFix(view, { start: at, end: at + 1, text: '' }),
          }),
        );
      }
    }
    return findings;
  },
};
