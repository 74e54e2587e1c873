import { isHan } from '../characters.js';
import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';
import { wordsAround, type Word } from './segmenter.js';

/**
 * 的/地/得, read with the word segmenter's parts of speech. Two patterns an
 * editor marks, kept narrow so that what is reported is wrong:
 * - 的 → 地: an adverbial (认真, 深入细致, 扎扎实实, 与时俱进, 更好) + 的 + a verb
 *   that goes on to an object or complement (认真的落实主体责任, 深刻的认识到).
 *   A verb ending its clause is a noun there (有了深刻的认识), and a verb
 *   before an abstract head noun forms one (认真的学习态度): both left alone;
 * - 的 → 得: a verb + 的 + a degree word + an adjective ending the clause
 *   (谈的不够深, 摆的很透彻, 做的更实更细). 做的很多工作 (a quantity and a noun) is right.
 * Silent until a segmenter is loaded.
 */
const ADVERBIAL_TAGS = new Set(['a', 'ad', 'd', 'z', 'i', 'l']);
/** An adverbial beyond doubt: 认真 (ad), 深刻 (d), or a doubled form (扎扎实实, 认认真真). */
const clearlyAdverbial = (w: Word): boolean => w.tag === 'ad' || w.tag === 'd' || /(.)\1/.test(w.word);
/** A preposition before the phrase makes it a noun phrase: 以严格的要求, 在深入的调研中. */
const PREPOSITION_BEFORE = /(?:以|用|在|从|对|按|凭|经过|通过|按照|依照|根据|本着)$/;
/** Verbs that are verbs beyond doubt: one character, or with a result (做好, 认识到, 发挥出). */
const CLEARLY_VERB = /^.$|[好到出起完住成]$/;
/** After 的 these open a noun phrase or a judgement (腐败伤害的是民心). */
const NOT_AN_ACTION = /^(?:是|有|为|在|像|属于|加以|予以)$/;
const VERB_TAGS = new Set(['v']);
/** Words before 的 that make the phrase a noun phrase (进行认真的研究, 作出深刻的检查). */
const NOUN_PHRASE_VERBS = /(?:进行|开展|作出|做出|给予|给以|予以|加以|受到|得到|引起|有|是|成为|作为|形成|具有|保持|发挥|付出|经过|通过|坚持|表示)$/;
/** Heads that a verb before them modifies: 学习态度, 工作作风. */
const ABSTRACT_HEADS = /^(?:态度|精神|作风|能力|意识|方式|方法|过程|机制|氛围|习惯|劲头|热情|状态|水平|效果|成果|经验|意义|作用|目标|任务|要求|情况|问题|原则|内容|活动|工作|制度|体系|理念|思路|举措|措施|环境|条件|基础|质量|效率|心得|体会|成效|责任心|积极性|主动性)/;
const DEGREE = /^(?:很|更|最|太|挺|非常|十分|比较|较为|特别|越来越|不够|还不够|不太|不大|过于|相当|极其|格外|愈发|更加)/;
/** Degree + quantity: 很多, 更多 … are amounts before a noun, not a complement. */
const QUANTITY = /^(?:很多|很少|更多|更少|最多|最少|太多|太少|不少|较多|较少|非常多|特别多)/;

const CLAUSE_END = /[。！？；，：、,.!?;:“”‘’（）()\s]/;

function wordAt(words: readonly Word[], at: number): number {
  return words.findIndex((w) => w.start === at);
}

function deToDi(words: readonly Word[], i: number, text: string): boolean {
  const before = words[i - 1];
  const verb = words[i + 1];
  const after = words[i + 2];
  if (!before || !verb || !after) return false;
  if (!ADVERBIAL_TAGS.has(before.tag) || !VERB_TAGS.has(verb.tag)) return false;
  if (before.word.length < 2) return false; // 好的, 新的: too short to read as an adverbial
  if (NOUN_PHRASE_VERBS.test(text.slice(Math.max(0, before.start - 4), before.start))) return false;
  if (ABSTRACT_HEADS.test(text.slice(verb.end)) || NOT_AN_ACTION.test(verb.word)) return false;
  // 身临其境的感受是……: the phrase is the subject of 是, a noun phrase.
  if (/^(?:是|为)$/.test(after.word)) return false;
  // 坚强核心, 实践精华: jieba calls some modifiers verbs; before a noun only a sure adverbial or a sure verb counts.
  if (/^n/.test(after.tag) && !clearlyAdverbial(before) && !CLEARLY_VERB.test(verb.word)) return false;
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, before.start - 2), before.start))) return false;
  // 与时俱进的创新发展。: two verbs ending the clause are a noun phrase.
  if ((after.tag === 'v' || after.tag === 'vn') && (after.end === text.length || CLAUSE_END.test(text[after.end]!))) return false;
  // What follows the verb must belong to it (object, complement, 了/着), not start a new phrase.
  return after.tag !== 'uj' && after.tag !== 'x' && after.tag !== 'c' && after.tag !== 'f' && !/^[和与及]/.test(after.word);
}

function deToDe(words: readonly Word[], i: number, text: string, clauseEnd: number): boolean {
  const before = words[i - 1];
  // A verb or an adjective takes a complement with 得 (落实得不够到位, 好得很); jieba calls 落实 an adjective at times.
  if (!before || !(VERB_TAGS.has(before.tag) || before.tag === 'a')) return false;
  if (/所$/.test(text.slice(0, before.start))) return false; // 所做的很… is a noun phrase
  const rest = text.slice(words[i]!.end, clauseEnd);
  if (!DEGREE.test(rest) || QUANTITY.test(rest)) return false;
  // The degree word and its adjective end the clause: a complement, not a noun phrase.
  return rest.length <= 6 && !words.some((w) => w.start > words[i]!.end && w.end <= clauseEnd && /^n/.test(w.tag));
}

export const deDiDe: WritingCheck = {
  name: 'words.de-di-de',
  run: ({ views, findingLimit }) => {
    const findings: RawFinding[] = [];
    for (const view of views) {
      const { text } = view;
      if (view.block.type === 'title' || !text.includes('的')) continue;
      for (const m of text.matchAll(/的/g)) {
        if (findings.length >= findingLimit) return findings;
        // Both patterns need Chinese words on both sides: 的的, ”的 are not read.
        if (!isHan(text[m.index - 1]) || !isHan(text[m.index + 1]) || text[m.index + 1] === '的') continue;
        const around = wordsAround(text, m.index, m.index + 1);
        if (!around) return [];
        const words = around.words.map((w) => ({ ...w, start: w.start + around.base, end: w.end + around.base }));
        const i = wordAt(words, m.index);
        if (i < 0 || words[i]!.word !== '的') continue;
        // Where the clause ends, looked for only a few characters ahead (a complement is short).
        let clauseEnd = m.index + 1;
        const limit = Math.min(text.length, m.index + 10);
        while (clauseEnd < limit && !CLAUSE_END.test(text[clauseEnd]!)) clauseEnd++;
        const clauseEnds = clauseEnd === text.length || CLAUSE_END.test(text[clauseEnd]!);
        const before = words[i - 1];
        let right: '地' | '得' | undefined;
        if (deToDi(words, i, text)) right = '地';
        else if (clauseEnds && deToDe(words, i, text, clauseEnd)) right = '得';
        if (!right || !before) continue;
        const shown = text.slice(before.start, Math.min(clauseEnd, m.index + 3));
        findings.push(
          findingAt(view, {
            id: right === '地' ? 'words.de-di' : 'words.de-de',
            kind: '用词',
            severity: 'warning',
            message:
              right === '地'
                ? `“${before.word}”修饰后面的动作，“的”应为“地”：${shown.replace('的', '地')}`
                : `动词后面接补语用“得”：${shown.replace('的', '得')}`,
            start: before.start,
            end: m.index + 1,
            fix: replaceFix(view, { start: m.index, end: m.index + 1, text: right }),
          }),
        );
      }
    }
    return findings;
  },
};
