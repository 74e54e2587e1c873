import { isBodyBlock } from '../block-view.js';
import { wordLength } from '../characters.js';
import { findingAt } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';
import { splitArticles } from './articles.js';

/**
 * The same sentence twice in one article: usually a paste left behind.
 * Sentences end at 。！？ (with the closing quotes after them); short ones
 * (under ten characters, such as 问题是时代的声音。) may be echoed on
 * purpose and are not compared. One Map lookup per sentence.
 */
const MIN_SENTENCE = 10;
const SENTENCE = /[^。！？!?]*[。！？!?]+[”’）》]*|[^。！？!?]+$/g;

export const repeatedSentences: WritingCheck = {
  name: 'repeat.sentence',
  run: ({ views, articleOf }) => {
    const findings: RawFinding[] = [];
    for (const article of splitArticles(views, articleOf)) {
      const seen = new Map<string, number>();
      for (const view of article) {
        if (!isBodyBlock(view.block)) continue;
        for (const m of view.text.matchAll(SENTENCE)) {
          const key = m[0].replace(/\s+/g, '');
          if (wordLength(key) < MIN_SENTENCE) continue;
          const first = seen.get(key);
          if (first === undefined) {
            seen.set(key, view.index);
            continue;
          }
          const lead = m[0].length - m[0].trimStart().length;
          findings.push(
            findingAt(view, {
              id: 'repeat.sentence',
              kind: '重复',
              severity: 'warning',
              message: first === view.index ? '这句话在本段前面已经出现过' : `这句话与第${first + 1}段中的一句重复`,
              start: m.index + lead,
              end: m.index + m[0].trimEnd().length,
            }),
          );
        }
      }
    }
    return findings;
  },
};
