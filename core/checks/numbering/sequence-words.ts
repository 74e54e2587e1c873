import { parseChineseNumeral } from '../../model/chinese-numerals.js';
import type { BlockView } from '../block-view.js';
import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';
import { literalNumberAt } from './literal-marker.js';

/**
 * Sequences written out in running text: 首先…其次…最后, 一是…二是…三是,
 * 第一，…第二，…. Reported: 首先 with no 其次/再次/最后 after it; 一是 with no
 * 二是; numbers that skip, repeat or run backwards; and a sequence that
 * switches words half-way (首先…其次…第三 — 第三 belongs to 第一/第二).
 *
 * A word counts only at the start of a clause (after ，。；： or at the start
 * of the block): 第一时间 and 统一是 are not sequence words. A sequence may
 * run over several paragraphs when each step opens its own paragraph.
 */
const CN = '[一二三四五六七八九十]';
const WORD = new RegExp(
  `(?:^|(?<=[。；：，,;:！？!?、]))(?:首先|其次|再次|最后(?=[，,、：:要是])|第(${CN})(?=[，,、：:是要])|(${CN})是)`,
  'g',
);
const OPENS_WITH_WORD = new RegExp(`^[“‘\\s]*(?:首先|其次|再次|最后|第${CN}[，,、：:是要]|${CN}是)`);

interface Occurrence {
  view: BlockView;
  start: number;
  end: number;
  word: string;
  family: 'shou-xian' | 'yi-shi' | 'di-yi';
  number: number;
}

function occurrences(view: BlockView): Occurrence[] {
  const found: Occurrence[] = [];
  for (const m of view.text.matchAll(WORD)) {
    const word = m[0];
    // A word opening a point or heading is its number: the literal-number check's business.
    if (m.index === 0 && (view.block.type === 'point' || (view.block.type === 'heading' && literalNumberAt(view.text)))) continue;
    const base = { view, start: m.index, end: m.index + word.length, word };
    if (m[1]) found.push({ ...base, family: 'di-yi', number: parseChineseNumeral(m[1]) ?? 0 });
    else if (m[2]) found.push({ ...base, family: 'yi-shi', number: parseChineseNumeral(m[2]) ?? 0 });
    else found.push({ ...base, family: 'shou-xian', number: ['首先', '其次', '再次', '最后'].indexOf(word) + 1 });
  }
  return found;
}

function problem(o: Occurrence, id: string, severity: 'error' | 'warning', message: string, fixText?: string): RawFinding {
  return findingAt(o.view, {
    id,
    kind: '编号结构',
    severity,
    message,
    start: o.start,
    end: o.end,
    ...(fixText ? { fix: replaceFix(o.view, { start: o.start, end: o.end, text: fixText }) } : {}),
  });
}

/** Reads the occurrences of one scope in order and reports what is wrong. */
class SequenceReader {
  readonly findings: RawFinding[] = [];
  private shouXian: { first: Occurrence; count: number } | undefined;
  private numbered = new Map<string, { first: Occurrence; last: number; count: number }>();

  read(all: readonly Occurrence[]): void {
    all.forEach((o, i) => {
      if (o.family === 'shou-xian') this.readShouXian(o);
      else this.readNumbered(o, all.slice(i + 1));
    });
  }

  private readShouXian(o: Occurrence): void {
    if (o.word === '首先') {
      this.closeShouXian();
      this.shouXian = { first: o, count: 1 };
    } else if (this.shouXian) {
      this.shouXian.count++;
      if (o.word === '最后') this.shouXian = undefined;
    }
  }

  private readNumbered(o: Occurrence, later: readonly Occurrence[]): void {
    const seq = this.numbered.get(o.family);
    const name = o.word;
    if (this.shouXian && !seq && o.number >= 2) {
      // 首先、其次 then 第三: the sequence changed its words.
      const continues = later.some((next) => next.family === 'shou-xian' || next.family === o.family);
      const better = this.shouXian.count === 1 ? '其次' : continues ? '再次' : '最后';
      const before = this.shouXian.count === 1 ? '“首先”' : '“首先”“其次”';
      this.findings.push(
        problem(o, 'structure.mixed-sequence', 'warning', `序列词混用：前面用了${before}，这里宜用“${better}”而不是“${name}”`, better),
      );
      this.shouXian.count++;
      return;
    }
    if (o.number === 1) {
      this.closeNumbered(o.family);
      this.numbered.set(o.family, { first: o, last: 1, count: 1 });
      return;
    }
    if (!seq) return; // 二是 whose 一是 is out of sight (an earlier paragraph): not judged
    const want = numberWord(o.family, seq.last + 1);
    if (o.number === seq.last) this.findings.push(problem(o, 'structure.text-sequence', 'error', `编号重复：连续两个“${name}”`));
    else if (o.number > seq.last + 1) this.findings.push(problem(o, 'structure.text-sequence', 'error', `跳号：“${numberWord(o.family, seq.last)}”之后是“${name}”，缺“${want}”`, want));
    else if (o.number < seq.last) this.findings.push(problem(o, 'structure.text-sequence', 'error', `编号顺序错乱：“${numberWord(o.family, seq.last)}”之后是“${name}”`));
    seq.last = Math.max(seq.last, o.number);
    seq.count++;
  }

  private closeShouXian(): void {
    if (this.shouXian?.count === 1) {
      this.findings.push(problem(this.shouXian.first, 'structure.lone-shou-xian', 'warning', '有“首先”，后面却没有“其次”“最后”'));
    }
    this.shouXian = undefined;
  }

  private closeNumbered(family: string): void {
    const seq = this.numbered.get(family);
    if (seq?.count === 1) {
      this.findings.push(
        problem(seq.first, 'structure.lone-text-point', 'warning', `有“${seq.first.word}”，后面却没有“${numberWord(seq.first.family, 2)}”`),
      );
    }
    this.numbered.delete(family);
  }

  close(): void {
    this.closeShouXian();
    for (const family of [...this.numbered.keys()]) this.closeNumbered(family);
  }
}

function numberWord(family: Occurrence['family'], n: number): string {
  const cn = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n] ?? String(n);
  return family === 'di-yi' ? `第${cn}` : `${cn}是`;
}

export const sequenceWords: WritingCheck = {
  name: 'structure.sequence-words',
  run: ({ views }) => {
    const findings: RawFinding[] = [];
    let reader = new SequenceReader();
    let scope: Occurrence[] = [];
    const endScope = (): void => {
      reader.read(scope);
      reader.close();
      findings.push(...reader.findings);
      reader = new SequenceReader();
      scope = [];
    };
    for (const view of views) {
      const { block } = view;
      const continuesScope = (block.type === 'paragraph' || block.type === 'closing') && OPENS_WITH_WORD.test(view.text);
      if (!continuesScope) endScope();
      if (block.type === 'paragraph' || block.type === 'point' || block.type === 'closing' || block.type === 'heading') {
        scope.push(...occurrences(view));
      }
    }
    endScope();
    return findings;
  },
};
