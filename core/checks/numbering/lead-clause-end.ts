import { leadClause } from '../block-view.js';
import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * A point's lead clause (一是……。, printed bold) ends with its own mark —
 * 。 usually, ；/：/？/！ sometimes — before the body runs on. Without one the
 * bold lead and the plain body read as one sentence. A lead ending with a
 * comma or 、 gets that mark replaced by 。; otherwise 。 is added.
 */
const ENDS_WELL = /[。；：？！;:?!][”’）》」』]*\s*$/;
const WEAK_END = /[，,、]\s*$/;

export const leadClauseEnds: WritingCheck = {
  name: 'structure.lead-clause-end',
  run: ({ views }) => {
    const findings: RawFinding[] = [];
    for (const view of views) {
      const lead = leadClause(view);
      if (!lead || lead.text.trim() === '' || ENDS_WELL.test(lead.text)) continue;
      const trimmedEnd = lead.end - (lead.text.length - lead.text.trimEnd().length);
      const weak = WEAK_END.exec(lead.text);
      const fix = weak
        ? replaceFix(view, { start: trimmedEnd - 1, end: trimmedEnd, text: '。' })
        : replaceFix(view, { start: trimmedEnd, end: trimmedEnd, text: '。' });
      findings.push(
        findingAt(view, {
          id: 'structure.lead-clause-end',
          kind: '编号结构',
          severity: 'error',
          message: weak ? `领起句以“${weak[0].trim()}”结尾，应以“。”结束` : '领起句末尾缺“。”',
          start: 0,
          end: lead.end,
          fix,
          fixAll: true,
        }),
      );
    }
    return findings;
  },
};
