import { Editor, Element, Transforms, type DecoratedRange, type NodeEntry } from 'slate';
import { ReactEditor } from 'slate-react';
import type { Finding, FindingLocation, Severity } from '../../../../core/checks/types.js';
import type { Block } from '../../../../core/model/schema.js';
import { leafRange } from '../model/leaf-range.js';

/** What a decorated leaf carries: the most serious finding underlined there. */
export interface FindingMark {
  finding?: Severity;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Slate's `decorate` for the page: each finding's text underlined. A block
 * that changed since the checks ran (Slate replaces a block it edits) gets
 * no underline until they run again, so an underline never sits on the
 * wrong characters. Findings without width (a missing 。) are listed but
 * not drawn.
 */
export function findingDecorator(findings: readonly Finding[], checked: readonly Block[]): (entry: NodeEntry) => DecoratedRange[] {
  const byBlock = new Map<number, Finding[]>();
  for (const finding of findings) {
    if (finding.location.end <= finding.location.start) continue;
    byBlock.set(finding.location.block, [...(byBlock.get(finding.location.block) ?? []), finding]);
  }
  return ([node, path]) => {
    if (path.length !== 1 || !Element.isElement(node)) return [];
    const index = path[0]!;
    const list = byBlock.get(index);
    if (!list || checked[index] !== node) return [];
    const block = node as Block;
    return [...list]
      .sort((a, b) => RANK[b.severity] - RANK[a.severity])
      .map((finding) => ({ ...leafRange(block, index, finding.location.start, finding.location.end), finding: finding.severity }));
  };
}

/** Selects a finding's text in the page and scrolls it into view (the 体检 list's click). */
export function selectFinding(editor: Editor, location: FindingLocation): void {
  const block = editor.children[location.block];
  if (!Element.isElement(block)) return;
  Transforms.select(editor, leafRange(block as Block, location.block, location.start, location.end));
  ReactEditor.focus(editor);
  requestAnimationFrame(() => {
    try {
      const node = Editor.node(editor, [location.block])[0];
      ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center', behavior: 'smooth' });
    } catch {
      // The block went away before the frame (undone): nothing to show.
    }
  });
}
