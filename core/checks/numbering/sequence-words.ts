import { parseChineseNumeral } from '../../model/chinese-numerals.js';
import type { BlockView } from '../block-view.js';
import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, Severity, WritingCheck } from '../types.js';
import { literalNumberAt } from './literal-marker.js';

/**
 * Sequences written out in running text: 首先…其次…最后, 一是…二是…三是,
 * 一要…二要, 第一，…第二，…, 其一…其二. Reported: numbers that skip, repeat
 * or run backwards; a sequence that switches words half-way (一是…二是…第三是,
 * 首先…第二…最后, 第一，…二是…三是 — the odd one out is the word the rest do
 * not use); and, as 提示, 首先 or 一是 with nothing after it.
 *
 * A word counts only at the start of a clause (after ，。；：、 or at the
 * start of the block): 第一时间 and 统一是 are not sequence words. A sequence
 * may run over several paragraphs when each step opens its own paragraph.
 * One pass over the words, a constant amount of work for each: linear.
 */
const CN = '[一二三四五六七八九十]';
const WORD = new RegExp(
  `(?:^|(?<=[。；：，,;:！？!?、]))[“‘\\s]*(?:(首先|其次|再次)|(最后)(?=[，,、：:要是])|(第${CN}{1,2}(?:个方面|方面|点|条)?)(?=[，,、：:是要])|(其${CN})(?=[，,、：:是要])|(${CN}{1,2})([是要]))`,
  'g',
);
const OPENS_WITH_WORD = new RegExp(`^[“‘\\s]*(?:首先|其次|再次|最后|第${CN}|其${CN}[，,、：:是要]|${CN}[是要])`);

type Family = 'shou-xian' | 'yi-shi' | 'yi-yao' | 'di-yi' | 'qi-yi';
const SHOU_XIAN = ['首先', '其次', '再次'];
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

interface Occurrence {
  view: BlockView;
  family: Family;
  /** Position in its sequence; 0 for 最后 (it follows whatever came before). */
  number: number;
  /** The word without its 是/要 (第三, 其三, 首先; for 三是 the numeral). */
  coreStart: number;
  coreEnd: number;
  /** The word as the reader sees it, with its 是/要 for 一是 and 一要, and where that ends. */
  word: string;
  end: number;
}

function* occurrences(view: BlockView): Generator<Occurrence> {
  for (const m of view.text.matchAll(WORD)) {
    const [, shouXian, last, diYi, qiYi, numeral, suffix] = m;
    const core = shouXian ?? last ?? diYi ?? qiYi ?? numeral ?? '';
    const coreStart = m.index + m[0].length - core.length - (suffix ? 1 : 0);
    // A word opening a point or heading is its number: the literal-number check's business.
    if (coreStart === 0 && (view.block.type === 'point' || (view.block.type === 'heading' && literalNumberAt(view.text)))) continue;
    let family: Family;
    let number: number;
    if (shouXian) [family, number] = ['shou-xian', SHOU_XIAN.indexOf(shouXian) + 1];
    else if (last) [family, number] = ['shou-xian', 0];
    else if (diYi) [family, number] = ['di-yi', parseChineseNumeral(/^第(.+?)(?:个方面|方面|点|条)?$/.exec(diYi)?.[1] ?? '') ?? 0];
    else if (qiYi) [family, number] = ['qi-yi', parseChineseNumeral(qiYi.slice(1)) ?? 0];
    else [family, number] = [suffix === '要' ? 'yi-yao' : 'yi-shi', parseChineseNumeral(numeral ?? '') ?? 0];
    if (family !== 'shou-xian' && number === 0) continue;
    const word = core + (suffix ?? '');
    yield { view, family, number, coreStart, coreEnd: coreStart + core.length, word, end: coreStart + word.length };
  }
}

/** How `family` writes position `n` (first, last: whether it opens or ends its sequence). */
function wordFor(family: Family, n: number, last = false): string {
  const cn = NUMERALS[n] ?? String(n);
  if (family === 'shou-xian') return n === 1 ? '首先' : n === 2 && !last ? '其次' : last ? '最后' : '再次';
  if (family === 'di-yi') return `第${cn}`;
  if (family === 'qi-yi') return `其${cn}`;
  return `${cn}${family === 'yi-yao' ? '要' : '是'}`;
}

/** The text to replace and its replacement, so that `o` reads as `family` writes position `n`. */
function rewrite(o: Occurrence, family: Family, n: number, last: boolean): { start: number; end: number; text: string } {
  const text = o.view.text;
  const intrinsic = (f: Family): boolean => f === 'yi-shi' || f === 'yi-yao';
  if (intrinsic(family)) {
    // 第三是 / 第一，要 / 其三是 / 再次是 → 三是: the 是 (or the comma) after the old word goes too.
    const next = text[o.coreEnd] ?? '';
    const end = o.coreEnd + (/[是要，,：:、]/.test(next) ? 1 : 0);
    return { start: o.coreStart, end, text: wordFor(family, n, last) };
  }
  // 三是 → 其三是, 首先是 → 第一是, 第二要 → 其次要: only the word changes.
  return { start: o.coreStart, end: o.coreEnd, text: wordFor(family, n, last) };
}

function problem(o: Occurrence, id: string, severity: Severity, message: string, edit?: { start: number; end: number; text: string }): RawFinding {
  return findingAt(o.view, {
    id,
    kind: '编号结构',
    severity,
    message,
    start: o.coreStart,
    end: Math.max(o.end, edit?.end ?? 0),
    ...(edit ? { fix: replaceFix(o.view, edit) } : {}),
  });
}

/** One sequence being read: its items in order, the position reached. */
interface Run {
  items: Occurrence[];
  last: number;
}

/** Reads the occurrences of one scope in order and reports what is wrong. */
class SequenceReader {
  readonly findings: RawFinding[] = [];
  /** Open sequences, by the family of their first word. */
  private readonly runs = new Map<Family, Run>();

  read(o: Occurrence): void {
    if (o.number === 0) return this.readLast(o);
    const own = this.runs.get(o.family);
    if (own && own.last === o.number - 1) return this.extend(own, o);
    if (o.number === 1) {
      this.close(o.family);
      this.runs.set(o.family, { items: [o], last: 1 });
      return;
    }
    // 一是、二是 then 第三是: the sequence goes on in other words.
    for (const run of this.runs.values()) if (run.last === o.number - 1) return this.extend(run, o);
    if (!own) return; // 二是 whose 一是 is out of sight (an earlier paragraph): not judged
    const name = o.word;
    const previous = wordFor(o.family, own.last);
    if (o.number === own.last) this.findings.push(problem(o, 'structure.text-sequence', 'error', `编号重复：连续两个“${name}”`));
    else if (o.number > own.last) {
      const want = wordFor(o.family, own.last + 1);
      this.findings.push(
        problem(o, 'structure.text-sequence', 'error', `跳号：“${previous}”之后应是“${want}”，不是“${name}”`, rewrite(o, o.family, own.last + 1, false)),
      );
      own.last = o.number;
    } else this.findings.push(problem(o, 'structure.text-sequence', 'error', `编号顺序错乱：“${previous}”之后是“${name}”`));
  }

  /** 最后 ends a 首先 sequence; after 一是/第一 it is common usage and left alone. */
  private readLast(o: Occurrence): void {
    const run = this.runs.get('shou-xian');
    if (!run) return;
    run.items.push(o);
    this.close('shou-xian');
  }

  private extend(run: Run, o: Occurrence): void {
    run.items.push(o);
    run.last = o.number;
  }

  private close(family: Family): void {
    const run = this.runs.get(family);
    this.runs.delete(family);
    if (!run) return;
    if (run.items.length === 1) {
      const [first] = run.items;
      const message = first!.family === 'shou-xian' ? '有“首先”，后面却没有“其次”“最后”' : `有“${first!.word}”，后面却没有“${wordFor(first!.family, 2)}”`;
      this.findings.push(problem(first!, first!.family === 'shou-xian' ? 'structure.lone-shou-xian' : 'structure.lone-text-point', 'info', message));
      return;
    }
    this.reportMixing(run);
  }

  /** The words most of the sequence uses (on a tie, the first word's) are right; the others are not. */
  private reportMixing(run: Run): void {
    const counts = new Map<Family, number>();
    for (const item of run.items) counts.set(item.family, (counts.get(item.family) ?? 0) + 1);
    if (counts.size === 1) return;
    let family = run.items[0]!.family;
    for (const [f, n] of counts) if (n > counts.get(family)!) family = f;
    const example = family === 'shou-xian' ? '“首先”“其次”' : `“${wordFor(family, 1)}”“${wordFor(family, 2)}”`;
    run.items.forEach((item, i) => {
      if (item.family === family) return;
      const isLast = i === run.items.length - 1;
      const position = item.number === 0 ? i + 1 : item.number;
      const edit = rewrite(item, family, position, isLast);
      const written = item.view.text.slice(edit.start, edit.end);
      this.findings.push(
        problem(item, 'structure.mixed-sequence', 'warning', `序列词混用：这一组用${example}，这里宜写“${edit.text}”而不是“${written}”`, edit),
      );
    });
  }

  end(): void {
    for (const family of [...this.runs.keys()]) this.close(family);
  }
}

export const sequenceWords: WritingCheck = {
  name: 'structure.sequence-words',
  run: ({ views, findingLimit }) => {
    const findings: RawFinding[] = [];
    let reader = new SequenceReader();
    const endScope = (): void => {
      reader.end();
      for (const finding of reader.findings) findings.push(finding);
      reader = new SequenceReader();
    };
    for (const view of views) {
      const { block } = view;
      const continuesScope = (block.type === 'paragraph' || block.type === 'closing') && OPENS_WITH_WORD.test(view.text);
      if (!continuesScope) endScope();
      if (block.type === 'paragraph' || block.type === 'point' || block.type === 'closing' || block.type === 'heading') {
        for (const o of occurrences(view)) {
          reader.read(o);
          if (findings.length + reader.findings.length >= findingLimit) break;
        }
      }
      if (findings.length + reader.findings.length >= findingLimit) break;
    }
    endScope();
    return findings;
  },
};
