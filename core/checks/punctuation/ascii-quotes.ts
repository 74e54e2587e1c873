import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';
import { isChinese } from '../characters.js';

/**
 * Quotation marks that do not belong in simplified Chinese: ASCII "…" (and
 * one ASCII " closing a “), and 「」『』 (traditional and Japanese forms). A
 * pair of ASCII marks counts only with Chinese inside or right outside it,
 * so "OK" or code in an English aside stays. Drafts kept in traditional
 * characters (the import's 保留繁体) are left alone: 「」 is right there.
 */
const CORNER: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
const TRADITIONAL_HINT = /[們個這來時為說對於國與學會發後經實現關問題見從覺]/;

export const asciiQuotes: WritingCheck = {
  name: 'punct.quote-marks',
  run: ({ views, findingLimit }) => {
    const findings: RawFinding[] = [];
    const report = (view: (typeof views)[number], at: number, wrong: string, right: string): void => {
      findings.push(
        findingAt(view, {
          id: 'punct.quote-marks',
          kind: '标点符号',
          severity: 'error',
          message: `简体中文用“”‘’作引号：“${wrong}”应为“${right}”`,
          start: at,
          end: at + 1,
          fix: replaceFix(view, { start: at, end: at + 1, text: right }),
          fixAll: true,
        }),
      );
    };
    for (const view of views) {
      const { text } = view;
      if (findings.length >= findingLimit) break;
      if (!/["「」『』]/.test(text)) continue;
      if (/[「」『』]/.test(text) && !TRADITIONAL_HINT.test(text)) {
        for (const m of text.matchAll(/[「」『』]/g)) {
          if (findings.length >= findingLimit) break;
          report(view, m.index, m[0], CORNER[m[0]]!);
        }
      }
      // ASCII ": one left open by a “ closes it; otherwise they pair up in order.
      let chineseOpen = 0;
      let asciiOpen: number | undefined;
      for (let i = 0; i < text.length && findings.length < findingLimit; i++) {
        const ch = text[i];
        if (ch === '“') chineseOpen++;
        else if (ch === '”') chineseOpen = Math.max(0, chineseOpen - 1);
        else if (ch === '"') {
          if (asciiOpen === undefined && chineseOpen > 0) {
            if (isChinese(text[i - 1])) report(view, i, '"', '”');
            chineseOpen--;
          } else if (asciiOpen === undefined) asciiOpen = i;
          else {
            const inside = text.slice(asciiOpen + 1, i);
            if (/[\u4e00-\u9fff]/.test(inside) || isChinese(text[asciiOpen - 1]) || isChinese(text[i + 1])) {
              report(view, asciiOpen, '"', '“');
              report(view, i, '"', '”');
            }
            asciiOpen = undefined;
          }
        }
      }
    }
    return findings;
  },
};
