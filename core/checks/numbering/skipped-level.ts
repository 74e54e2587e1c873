import type { HeadingLevel } from '../../model/schema.js';
import { findingAt } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

const LEVEL_NAMES = ['', '一、', '（一）', '1.', '（1）'];

/**
 * A heading level skipped: 一、 followed directly by 1. with no （一） between.
 * The outline runs 一、（一）1.（1） in order (GB/T 9704). The offered fix
 * moves the skipped-to heading and everything under it up to close the gap;
 * adding the missing level instead is the writer's other choice.
 */
export const skippedLevels: WritingCheck = {
  name: 'structure.skipped-level',
  run: ({ views }) => {
    const findings: RawFinding[] = [];
    let previous: HeadingLevel | undefined;
    // Inside a subtree already reported: its headings are judged as if moved up by `shift`.
    let moved: { parent: HeadingLevel; shift: number } | undefined;
    views.forEach((view, i) => {
      const { block } = view;
      if (block.type === 'title') {
        previous = undefined;
        moved = undefined;
      }
      if (block.type !== 'heading') return;
      if (moved && block.level <= moved.parent) moved = undefined;
      const level = (moved ? Math.max(moved.parent + 1, block.level - moved.shift) : block.level) as HeadingLevel;
      if (previous === undefined || level <= previous + 1) {
        previous = level;
        return;
      }
      const parent = previous;
      const target = (parent + 1) as HeadingLevel;
      const shift = block.level - target;
      const changes: { block: number; from: HeadingLevel; to: HeadingLevel }[] = [];
      for (let j = i; j < views.length; j++) {
        const next = views[j]!.block;
        if (next.type === 'title' || (next.type === 'heading' && next.level <= parent)) break;
        if (next.type === 'heading') changes.push({ block: j, from: next.level, to: Math.max(target, next.level - shift) as HeadingLevel });
      }
      findings.push(
        findingAt(view, {
          id: 'structure.skipped-level',
          kind: '编号结构',
          severity: 'info',
          message: `标题层级跳级：“${LEVEL_NAMES[parent]}”下面直接用了“${LEVEL_NAMES[block.level]}”，中间缺“${LEVEL_NAMES[target]}”一级`,
          start: 0,
          end: view.text.length,
          fix: { type: 'set-heading-levels', changes },
        }),
      );
      moved = { parent, shift };
      previous = target;
    });
    return findings;
  },
};
