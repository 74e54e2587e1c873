import { derivePositions, formatLabel } from '../../model/numbering.js';
import { leadClause } from '../block-view.js';
import { findingAt } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * A run of one: 一是 with no 二是, 一、 with no 二、, （一） with no （二）.
 * Numbering a single item tells the reader a second one is coming. A lone
 * point can become a plain paragraph (its lead clause stays bold); a lone
 * heading needs a sibling or no number, which the writer decides.
 */
export const loneItems: WritingCheck = {
  name: 'structure.lone-item',
  run: ({ draft, views }) => {
    const findings: RawFinding[] = [];
    const positions = derivePositions(draft.children);
    views.forEach((view, i) => {
      const position = positions[i];
      const { block } = view;
      if (position?.count !== 1 || view.text.trim() === '') return;
      if (block.type === 'point' && draft.numbering.point !== 'none') {
        const first = formatLabel(draft.numbering.point, 0, 2);
        const second = formatLabel(draft.numbering.point, 1, 2);
        findings.push(
          findingAt(view, {
            id: 'structure.lone-point',
            kind: '编号结构',
            severity: 'info',
            message: `只有“${first}”没有“${second}”：一组分点至少两条，否则不必编号`,
            start: 0,
            end: leadClause(view)?.end ?? Math.min(view.text.length, 12),
            fix: { type: 'convert-block', block: i, from: 'point', to: 'paragraph' },
          }),
        );
      } else if (block.type === 'heading') {
        const style = draft.numbering[`heading${block.level}`];
        if (style === 'none') return;
        findings.push(
          findingAt(view, {
            id: 'structure.lone-heading',
            kind: '编号结构',
            severity: 'info',
            message: `这一层只有“${formatLabel(style, 0, 2)}”没有“${formatLabel(style, 1, 2)}”：同级标题至少两个`,
            start: 0,
            end: view.text.length,
          }),
        );
      }
    });
    return findings;
  },
};
