import { derivePositions } from '../../model/numbering.js';
import { findingAt } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * 首先、其次、再次、最后 has words for four items; a fifth becomes 第五,
 * which mixes two styles. Longer groups read better as 一是、二是…
 */
const MAX_SHOU_XIAN = 4;

export const longShouXianGroups: WritingCheck = {
  name: 'structure.long-shou-xian',
  run: ({ draft, views }) => {
    if (draft.numbering.point !== 'shou-xian') return [];
    const positions = derivePositions(draft.children);
    const findings: RawFinding[] = [];
    views.forEach((view, i) => {
      const position = positions[i];
      if (view.block.type !== 'point' || position?.index !== 0 || position.count <= MAX_SHOU_XIAN) return;
      findings.push(
        findingAt(view, {
          id: 'structure.long-shou-xian',
          kind: '编号结构',
          severity: 'info',
          message: `这组分点有${position.count}条，“首先、其次、再次、最后”只够四条，宜改用“一是、二是……”`,
          start: 0,
          end: 0,
          fix: { type: 'set-numbering', level: 'point', from: 'shou-xian', to: 'yi-shi' },
        }),
      );
    });
    return findings;
  },
};
