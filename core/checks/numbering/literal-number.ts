import type { NumberStyle } from '../../model/schema.js';
import { findingAt, replaceFix } from '../finding.js';
import type { Fix, RawFinding, WritingCheck } from '../types.js';
import { literalNumberAt, sequenceWordAt } from './literal-marker.js';
import { isStructuralLiteral } from './literal-sequence.js';

/**
 * Numbers typed into the text. Numbering is derived from a block's type and
 * position, so a typed number is either a paragraph that should be a point
 * or heading (pasted or imported text the import did not recognise), or a
 * duplicate in front of which the derived label already stands (“一是一是”),
 * or a number of another style (“一是首先，”).
 */
/** The style a typed heading number has: 一、 （一） 1. （1）. */
const HEADING_STYLES: readonly NumberStyle[] = ['chinese-dun', 'chinese-paren', 'arabic-dot', 'arabic-paren'];

export const literalNumbers: WritingCheck = {
  name: 'structure.literal-number',
  run: ({ draft, views, labels }) => {
    const findings: RawFinding[] = [];
    for (const view of views) {
      const { block } = view;
      if (block.type !== 'paragraph' && block.type !== 'point' && block.type !== 'heading') continue;
      const literal = literalNumberAt(view.text) ?? (block.type === 'point' ? sequenceWordAt(view.text) : undefined);
      if (!literal) continue;
      const strip = replaceFix(view, { start: 0, end: literal.length, text: '' });
      const where = { start: 0, end: literal.length };

      if (block.type === 'paragraph') {
        if (!isStructuralLiteral(literal)) continue;
        const { marker } = literal;
        const to = marker.kind === 'heading' ? ('heading' as const) : ('point' as const);
        const fix: Fix = {
          type: 'convert-block',
          block: view.index,
          from: 'paragraph',
          to,
          ...(marker.kind === 'heading' ? { level: marker.level } : {}),
          ...(strip.type === 'edit' ? { strip: strip.edits[0]! } : {}),
        };
        findings.push(
          findingAt(view, {
            id: 'structure.literal-number',
            kind: '编号结构',
            severity: 'info',
            message: `段首手打了编号“${literal.literal}”：编号应由稿匠生成，宜改为${to === 'point' ? '分点' : '小标题'}并删去手打的编号`,
            ...where,
            fix,
            fixAll: true,
          }),
        );
        continue;
      }

      const style = block.type === 'point' ? draft.numbering.point : draft.numbering[`heading${block.level}`];
      // With numbering switched off the typed number is the only one: the writer's choice.
      if (style === 'none') continue;
      const derived = labels[view.index] ?? '';
      const { marker } = literal;
      const typedStyle = marker.kind === 'point' ? marker.style : HEADING_STYLES[marker.level - 1];
      const sameStyle = typedStyle === style;
      findings.push(
        findingAt(view, {
          id: sameStyle ? 'structure.duplicate-number' : 'structure.mixed-style',
          kind: '编号结构',
          severity: 'error',
          message: sameStyle
            ? `编号重复：自动编号“${derived}”后面又手打了“${literal.literal}”`
            : `编号混用：这一层按“${derived}”编号，正文又写了“${literal.literal}”`,
          ...where,
          fix: strip,
          fixAll: true,
        }),
      );
    }
    return findings;
  },
};
