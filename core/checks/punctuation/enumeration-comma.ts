import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * Short coordinate terms are separated by 、, not ，: 公平，公正，公开 →
 * 公平、公正、公开. Reported when at least three Han-only items of at most
 * four characters follow one another, separated by ，/,/、, with at least
 * one comma among the separators. A comma between groups of 、-joined terms
 * is a deliberate second level and stays: 严以修身、严以用权、严以律己，谋事
 * 要实、创业要实、做人要实. Only a warning with a fix to choose: short
 * clauses (干在实处，走在前列) can be separated by ， on purpose.
 */
const MAX_ITEM = 4;
const MIN_ITEMS = 3;
const ITEM = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
/**
 * An item stands between clause marks. A Han run glued to a quotation
 * (“浦江经验”中, 在“谋”) is the tail or head of a longer phrase, not a term.
 */
const BEFORE_ITEM = /^[，,、。；;：:！？!?（(“‘《【\s]$/;
const AFTER_ITEM = /^[，,、。；;：:！？!?）)”’》】\s]$/;

interface Item {
  start: number;
  end: number;
}

export const enumerationCommas: WritingCheck = {
  name: 'punct.enumeration-comma',
  run: ({ views, findingLimit }) => {
    const findings: RawFinding[] = [];
    for (const view of views) {
      const { text } = view;
      if (!/[，,]/.test(text)) continue;
      let run: Item[] = [];
      const flush = (): void => {
        const separators = run.slice(1).map((item) => item.start - 1);
        const commas = separators.filter((at) => text[at] !== '、');
        // Items per comma-separated group: a group of one is a term that lost its 、.
        const groupSizes = (separators.map((at) => (text[at] === '、' ? '、' : '|')).join('') + '|').split('|').map((g) => g.length + 1);
        const twoLevels = commas.length < separators.length && groupSizes.slice(0, -1).every((size) => size >= 2);
        if (run.length >= MIN_ITEMS && commas.length > 0 && !twoLevels) {
          const first = run[0]!;
          const last = run[run.length - 1]!;
          findings.push(
            findingAt(view, {
              id: 'punct.enumeration-comma',
              kind: '标点符号',
              severity: 'info',
              message: `并列的短词语之间宜用顿号：“${text.slice(first.start, last.end)}”`,
              start: first.start,
              end: last.end,
              fix: replaceFix(view, ...commas.map((at) => ({ start: at, end: at + 1, text: '、' }))),
            }),
          );
        }
        run = [];
      };
      for (const m of text.matchAll(ITEM)) {
        if (findings.length >= findingLimit) break;
        const item = { start: m.index, end: m.index + m[0].length };
        const delimited = (item.start === 0 || BEFORE_ITEM.test(text[item.start - 1] ?? '')) && (item.end === text.length || AFTER_ITEM.test(text[item.end] ?? ''));
        const short = delimited && item.end - item.start <= MAX_ITEM;
        const previous = run[run.length - 1];
        const joined = previous !== undefined && item.start === previous.end + 1 && /[，,、]/.test(text[previous.end] ?? '');
        if (!joined) flush();
        if (short) run.push(item);
        else flush();
      }
      flush();
    }
    return findings;
  },
};
