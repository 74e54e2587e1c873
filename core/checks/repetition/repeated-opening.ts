import type { BlockView } from '../block-view.js';
import { isHan } from '../characters.js';
import { findingAt } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * Three or more paragraphs in a row opening with the same word (first two
 * characters, after any opening quote): 广大党员干部要……/广大党员干部要……
 * Points and headings are left out — their parallel openings are the style.
 */
const MIN_RUN = 3;
const LEADING = /^[“‘《（(\s\u3000]*/;

function opening(view: BlockView): { word: string; start: number } | undefined {
  const start = LEADING.exec(view.text)?.[0].length ?? 0;
  const word = view.text.slice(start, start + 2);
  return word.length === 2 && isHan(word[0]) && isHan(word[1]) ? { word, start } : undefined;
}

export const repeatedOpenings: WritingCheck = {
  name: 'repeat.opening',
  run: ({ views }) => {
    const findings: RawFinding[] = [];
    let run: { view: BlockView; start: number }[] = [];
    let word = '';
    const flush = (): void => {
      const third = run[MIN_RUN - 1];
      if (third) {
        findings.push(
          findingAt(third.view, {
            id: 'repeat.opening',
            kind: '重复',
            severity: 'info',
            message: `连续${run.length}段都以“${word}”开头，句式单调，可变换开头`,
            start: third.start,
            end: third.start + 2,
          }),
        );
      }
      run = [];
      word = '';
    };
    for (const view of views) {
      const { block } = view;
      if (block.type !== 'paragraph' && block.type !== 'closing') {
        flush();
        continue;
      }
      if (view.text.trim() === '') continue; // an empty line does not break the monotony
      const open = opening(view);
      if (!open || open.word !== word) flush();
      if (!open) continue;
      word = open.word;
      run.push({ view, start: open.start });
    }
    flush();
    return findings;
  },
};
