import { findingAt } from '../finding.js';
import type { RawFinding, Severity, WritingCheck } from '../types.js';
import { lengthSummary } from './length-summary.js';

/**
 * Each template section against its target length: within ±20 % is fine,
 * up to ±50 % off is a hint, further off (or empty) a warning.
 */
const NEAR = 0.2;
const FAR = 0.5;

export const sectionLengths: WritingCheck = {
  name: 'length.section',
  run: ({ draft, views, template }) => {
    if (!template) return [];
    const findings: RawFinding[] = [];
    for (const section of lengthSummary(draft.children, template).sections) {
      const deviation = (section.actual - section.target) / section.target;
      if (Math.abs(deviation) <= NEAR) continue;
      const severity: Severity = Math.abs(deviation) > FAR ? 'warning' : 'info';
      const view = views[section.firstBlock]!;
      const message =
        section.actual === 0
          ? `“${section.name}”部分还没有写（建议约${section.target}字）`
          : `“${section.name}”部分约${section.actual}字，${deviation > 0 ? '偏长' : '偏短'}（建议约${section.target}字）`;
      findings.push(findingAt(view, { id: 'length.section', kind: '篇幅时长', severity, message, start: 0, end: 0 }));
    }
    return findings;
  },
};
