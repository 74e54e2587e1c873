import fc from 'fast-check';
import { Node, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { toChineseNumeral } from '../../core/model/chinese-numerals.js';
import { deriveLabels } from '../../core/model/numbering.js';
import type { Block } from '../../core/model/schema.js';
import { moveUnitStep } from '../../renderer/src/editor/model/move.js';
import { blocks, editorWith, heading, para, point, title } from './editor-test-kit.js';

type Kind = 'paragraph' | 'point' | 'heading1' | 'heading2';
const kindArb = fc.constantFrom<Kind>('paragraph', 'point', 'point', 'point', 'heading1', 'heading2');

const make = (kind: Kind, text: string): Block =>
  kind === 'paragraph' ? para(text) : kind === 'point' ? point(text) : heading(kind === 'heading1' ? 1 : 2, text);

type Op = { type: 'insert'; at: number; kind: Kind } | { type: 'delete'; at: number } | { type: 'move'; at: number; up: boolean };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('insert' as const), at: fc.nat(), kind: kindArb }),
  fc.record({ type: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('move' as const), at: fc.nat(), up: fc.boolean() }),
);

/** The labels an independent count expects: 一是二是… per point group, 一、二、 and （一）（二） per parent heading. */
function expectedLabels(list: readonly Block[]): string[] {
  let points = 0;
  const headings = [0, 0];
  return list.map((block) => {
    if (block.type === 'title') {
      points = 0;
      headings.fill(0);
      return '';
    }
    if (block.type === 'heading') {
      points = 0;
      const level = block.level - 1;
      headings[level] = (headings[level] ?? 0) + 1;
      for (let deeper = level + 1; deeper < headings.length; deeper++) headings[deeper] = 0;
      const n = toChineseNumeral(headings[level]!);
      return block.level === 1 ? `${n}、` : `（${n}）`;
    }
    if (block.type === 'point') return `${toChineseNumeral(++points)}是`;
    return '';
  });
}

const sorted = (texts: string[]) => [...texts].sort();

describe('property: any sequence of insert, delete and move', () => {
  it('keeps labels consecutive in every group and the block texts unchanged except those inserted or deleted', () => {
    fc.assert(
      fc.property(fc.array(kindArb, { minLength: 1, maxLength: 12 }), fc.array(opArb, { maxLength: 25 }), (kinds, ops) => {
        let serial = 0;
        const initial = [title('题'), ...kinds.map((kind) => make(kind, `块${serial++}`))];
        const editor = editorWith(initial);
        const expectedTexts = initial.map((block) => Node.string(block));

        for (const op of ops) {
          const count = editor.children.length;
          // Index 0 is the title: it is never inserted before, deleted or moved.
          const at = 1 + (op.at % Math.max(1, count - 1));
          if (op.type === 'insert') {
            const block = make(op.kind, `新${serial++}`);
            Transforms.insertNodes(editor, block, { at: [Math.min(at, count)] });
            expectedTexts.push(Node.string(block));
          } else if (op.type === 'delete' && count > 1 && at < count) {
            expectedTexts.splice(expectedTexts.indexOf(Node.string(editor.children[at]!)), 1);
            Transforms.removeNodes(editor, { at: [at] });
          } else if (op.type === 'move' && at < count) {
            moveUnitStep(editor, at, op.up ? 'up' : 'down');
          }
          const now = blocks(editor);
          expect(now[0]!.type).toBe('title');
          expect(deriveLabels(now, editor.numbering)).toEqual(expectedLabels(now));
          expect(sorted(now.map((block) => Node.string(block)))).toEqual(sorted(expectedTexts));
        }

        // And undoing everything gives back the draft as it was.
        while (editor.history.undos.length > 0) editor.undo();
        expect(blocks(editor)).toEqual(initial);
      }),
      { numRuns: 300 },
    );
  });

  it('moving a point never separates it from its continuation paragraphs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Kind>('paragraph', 'point'), { minLength: 2, maxLength: 10 }), fc.nat(), fc.boolean(), (kinds, pick, up) => {
        const initial = [title('题'), ...kinds.map((kind, i) => make(kind, `${kind === 'point' ? '点' : '段'}${i}`))];
        const pointIndices = initial.flatMap((block, i) => (block.type === 'point' ? [i] : []));
        fc.pre(pointIndices.length > 0);
        const index = pointIndices[pick % pointIndices.length]!;
        const editor = editorWith(initial);
        const followers = (list: readonly Block[], from: number) => {
          const out: string[] = [];
          for (let i = from + 1; list[i]?.type === 'paragraph'; i++) out.push(Node.string(list[i]!));
          return out;
        };
        const moved = Node.string(initial[index]!);
        const before = followers(initial, index);
        const to = moveUnitStep(editor, index, up ? 'up' : 'down');
        if (to === undefined) return;
        expect(Node.string(blocks(editor)[to]!)).toBe(moved);
        expect(followers(blocks(editor), to)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
