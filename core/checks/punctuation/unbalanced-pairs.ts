import { isBodyBlock, type BlockView } from '../block-view.js';
import { findingAt } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * Paired marks that do not pair up within a block: “” ‘’ 《》 〈〉 （） 【】
 * 「」 『』. Each family is counted on its own, so a wrong nesting of two
 * families is not reported (rare, and not mechanical to judge). A half-width
 * ( ) counts with （）: its width is another check's business.
 *
 * A quotation of several paragraphs opens each paragraph with “ and closes
 * only at the end of the last (GB/T 15834). So a body block left open is
 * forgiven when the next body block continues the quotation: it starts with
 * a “ that is either still open at its end (a middle paragraph) or closed
 * only at its very end (the last one).
 */
interface Family {
  open: string;
  close: string;
  name: string;
}
const FAMILIES: Family[] = [
  { open: '“', close: '”', name: '双引号' },
  { open: '‘', close: '’', name: '单引号' },
  { open: '《', close: '》', name: '书名号' },
  { open: '〈', close: '〉', name: '单书名号' },
  { open: '（(', close: '）)', name: '括号' },
  { open: '【', close: '】', name: '方头括号' },
  { open: '「', close: '」', name: '直角引号' },
  { open: '『', close: '』', name: '双直角引号' },
];
const CLOSING_TAIL = /^[。！？…”’）》\s]*$/;

interface Unmatched {
  view: BlockView;
  at: number;
  mark: string;
  family: Family;
  opening: boolean;
}

interface Scan {
  opens: Unmatched[];
  strayCloses: Unmatched[];
  /** Where the block's first mark, if it is an opening one, is closed (-1: not in this block). */
  firstClosedAt: number;
}

/** ’ between Latin letters is an apostrophe (Xi’an), not a closing quote. */
function isApostrophe(text: string, i: number): boolean {
  return text[i] === '’' && /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '');
}

function scan(view: BlockView, family: Family): Scan {
  const opens: Unmatched[] = [];
  const strayCloses: Unmatched[] = [];
  let firstClosedAt = -1;
  const { text } = view;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (family.open.includes(ch)) opens.push({ view, at: i, mark: ch, family, opening: true });
    else if (family.close.includes(ch) && !isApostrophe(text, i)) {
      const opened = opens.pop();
      if (opened === undefined) strayCloses.push({ view, at: i, mark: ch, family, opening: false });
      else if (opened.at === 0) firstClosedAt = i;
    }
  }
  return { opens, strayCloses, firstClosedAt };
}

function report(u: Unmatched): RawFinding {
  const pair = `${u.family.open[0]}${u.family.close[0]}`;
  const message = u.opening
    ? `${u.family.name}${pair}不成对：“${u.mark}”没有对应的后半个`
    : `${u.family.name}${pair}不成对：“${u.mark}”前面没有对应的前半个`;
  return findingAt(u.view, { id: 'punct.unbalanced-pair', kind: '标点符号', severity: 'info', message, start: u.at, end: u.at + 1 });
}

/** How a body block relates to a quotation left open before it. */
function continuation(view: BlockView, result: Scan): 'middle' | 'last' | 'none' {
  if (!isBodyBlock(view.block) || !view.text.startsWith('“')) return 'none';
  if (result.opens.some((u) => u.at === 0)) return 'middle';
  if (result.firstClosedAt >= 0 && CLOSING_TAIL.test(view.text.slice(result.firstClosedAt + 1))) return 'last';
  return 'none';
}

export const unbalancedPairs: WritingCheck = {
  name: 'punct.unbalanced-pair',
  run: ({ views, findingLimit }) => {
    const findings: RawFinding[] = [];
    /** Reports marks left unmatched, up to the limit (a text of 200,000 “ has as many). */
    const flush = (list: readonly Unmatched[]): void => {
      for (const u of list) {
        if (findings.length >= findingLimit) return;
        findings.push(report(u));
      }
    };
    for (const family of FAMILIES) {
      if (findings.length >= findingLimit) break;
      const multiParagraph = family.open === '“';
      let pending: Unmatched[] = [];
      for (const view of views) {
        const hasFamilyMark = [...family.open, ...family.close].some((mark) => view.text.includes(mark));
        if (!hasFamilyMark) {
          flush(pending);
          pending = [];
          continue;
        }
        const result = scan(view, family);
        flush(result.strayCloses);
        let opens = result.opens;
        if (pending.length > 0) {
          const how = continuation(view, result);
          if (how === 'none') flush(pending);
          else opens = opens.filter((u) => u.at !== 0); // its opening “ continues the quotation
          if (how !== 'middle') pending = [];
        }
        if (multiParagraph && isBodyBlock(view.block) && opens.length > 0) for (const u of opens) pending.push(u);
        else flush(opens);
        if (findings.length >= findingLimit) break;
      }
      flush(pending);
    }
    return findings;
  },
};
