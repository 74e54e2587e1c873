import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';
import type { RedundancyRule } from './redundancy-rules.js';
import { wordsAround } from './segmenter.js';

/**
 * 重复赘余 (来自于 → 来自). A listed wording counts only where the word
 * segmenter puts word boundaries around it: 来自于是 (来自 | 于是) and 必须要求
 * (必须 | 要求) are right. Silent until a segmenter is loaded.
 */
const compiled = new WeakMap<readonly RedundancyRule[], { regex: RegExp; byWrong: Map<string, RedundancyRule> }>();

function matcher(rules: readonly RedundancyRule[]): { regex: RegExp; byWrong: Map<string, RedundancyRule> } {
  let m = compiled.get(rules);
  if (!m) {
    const byWrong = new Map(rules.map((rule) => [rule.wrong, rule]));
    const alternatives = [...byWrong.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    m = { regex: new RegExp(alternatives.join('|'), 'g'), byWrong };
    compiled.set(rules, m);
  }
  return m;
}

/** Whether `[start, end)` of the text starts and ends on word boundaries. */
function onWordBoundaries(text: string, start: number, end: number, joinsNext: boolean): boolean {
  const around = wordsAround(text, start, end);
  if (!around) return false;
  const { words, base } = around;
  const startsAt = (at: number): boolean => words.some((w) => w.start + base === at);
  return startsAt(start) && (words.some((w) => w.end + base === end) || (joinsNext && startsAt(end - 1)));
}

export const redundantWording: WritingCheck = {
  name: 'words.redundancy',
  run: ({ views, redundancyRules, findingLimit }) => {
    if (redundancyRules.length === 0) return [];
    const { regex, byWrong } = matcher(redundancyRules);
    const findings: RawFinding[] = [];
    for (const view of views) {
      if (view.block.type === 'title') continue;
      for (const m of view.text.matchAll(regex)) {
        if (findings.length >= findingLimit) return findings;
        const rule = byWrong.get(m[0])!;
        const start = m.index;
        const end = start + m[0].length;
        if (!onWordBoundaries(view.text, start, end, rule.joinsNext)) continue;
        {
          findings.push(
            findingAt(view, {
              id: 'words.redundancy',
              kind: '用词',
              severity: 'warning',
              message: `“${m[0]}”重复赘余，宜写“${rule.right}”`,
              ...(rule.note ? { detail: rule.note } : {}),
              start,
              end,
              fix: replaceFix(view, { start, end, text: rule.right }),
            }),
          );
        }
      }
    }
    return findings;
  },
};
