import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotations } from '../../core/quotes/extract.js';
import { readCorpus, REPO_ROOT } from '../support/corpus.js';

interface LabelledFile {
  file: string;
  expected: { kind: 'attributed' | 'standalone'; speaker: string; text: string }[];
  borderline: { text: string; why: string }[];
  notQuotations: string[];
}

const fixture = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/quotes-labelled.json'), 'utf8')) as { files: LabelledFile[] };

describe('quotation extraction on the labelled corpus', () => {
  it('reaches precision and recall of at least 0.9', () => {
    let truePositives = 0;
    let extracted = 0;
    let expected = 0;
    const misses: string[] = [];
    for (const labelled of fixture.files) {
      const text = readCorpus(labelled.file);
      const found = extractQuotations(text);
      extracted += found.length;
      expected += labelled.expected.length;
      for (const want of labelled.expected) {
        const hit = found.find((q) => q.text === want.text && q.kind === want.kind && q.speaker === want.speaker);
        if (hit) truePositives++;
        else misses.push(`${labelled.file}: missed ${want.text}`);
      }
      for (const q of found) {
        if (!labelled.expected.some((want) => want.text === q.text)) misses.push(`${labelled.file}: wrongly took ${q.text}`);
        // Offsets point at the words in the original (traditional, half-width) text.
        expect(text.slice(q.start, q.end)).toBe(q.text);
      }
    }
    const precision = extracted === 0 ? 1 : truePositives / extracted;
    const recall = expected === 0 ? 1 : truePositives / expected;
    console.log(`quote extraction: precision ${precision.toFixed(3)} (${truePositives}/${extracted}), recall ${recall.toFixed(3)} (${truePositives}/${expected})`);
    expect(misses).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('takes none of the quoted names, slogans and short sayings', () => {
    for (const labelled of fixture.files) {
      const taken = new Set(extractQuotations(readCorpus(labelled.file)).map((q) => q.text));
      for (const text of [...labelled.notQuotations, ...labelled.borderline.map((b) => b.text)]) {
        expect(taken.has(text), `${labelled.file}: ${text}`).toBe(false);
      }
    }
  });
});

describe('quotation extraction: forms of attribution', () => {
  const only = (text: string) => extractQuotations(text).map((q) => ({ kind: q.kind, speaker: q.speaker, verb: q.verb, text: q.text }));

  it('reads speaker, adverb and verb, with 在……时 between', () => {
    expect(only('习近平总书记在浙江考察时深刻指出：“绿水青山就是金山银山。”我们要牢记。')).toEqual([
      { kind: 'attributed', speaker: '习近平总书记', verb: '深刻指出', text: '绿水青山就是金山银山。' },
    ]);
    expect(only('毛泽东同志说过：“世界上怕就怕‘认真’二字，共产党就最讲‘认真’。”')).toEqual([
      { kind: 'attributed', speaker: '毛泽东同志', verb: '说过', text: '世界上怕就怕‘认真’二字，共产党就最讲‘认真’。' },
    ]);
    expect(only('正如邓小平同志所说的那样，“空谈误国，实干兴邦”。')).toEqual([
      { kind: 'attributed', speaker: '邓小平同志', verb: '所说的那样', text: '空谈误国，实干兴邦' },
    ]);
    expect(only('总书记在给大学生的回信中寄语：“希望你们志存高远，脚踏实地，在实现中国梦的生动实践中放飞青春梦想。”')[0]).toMatchObject({
      speaker: '总书记',
      verb: '寄语',
    });
  });

  it('reads 的重要讲话 and 这样 between speaker and verb', () => {
    expect(only('习近平总书记的重要讲话深刻指出：“教育是国之大计、党之大计。”')[0]).toMatchObject({ kind: 'attributed', verb: '深刻指出' });
    expect(only('毛泽东同志曾经这样说过：“我们共产党人好比种子，人民好比土地。”')[0]).toMatchObject({ kind: 'attributed', speaker: '毛泽东同志' });
  });

  it('gives the speaker to quotations that follow directly', () => {
    expect(only('习近平总书记强调，“一切为了人民，一切依靠人民”“人民对美好生活的向往，就是我们的奋斗目标”。').map((q) => q.speaker)).toEqual([
      '习近平总书记',
      '习近平总书记',
    ]);
  });

  it('reads half-width quotes and punctuation, corner brackets and traditional characters', () => {
    expect(only('习近平总书记指出:"做工作的根本目的在于解决问题。"')).toEqual([
      { kind: 'attributed', speaker: '习近平总书记', verb: '指出', text: '做工作的根本目的在于解决问题。' },
    ]);
    const traditional = '習近平總書記強調：「幹部幹部，幹字當頭，要有擔當精神。」';
    const [found] = extractQuotations(traditional);
    expect(found).toMatchObject({ kind: 'attributed', speaker: '習近平總書記', verb: '強調', text: '幹部幹部，幹字當頭，要有擔當精神。' });
    expect(traditional.slice(found!.start, found!.end)).toBe(found!.text);
  });

  it('does not take short terms, even after a speaker', () => {
    expect(only('习近平总书记提出“两个确立”“两个维护”，要求学习“千万工程”。')).toEqual([]);
    expect(only('要以“功成不必在我”的境界，践行“浦江经验”。')).toEqual([]);
    expect(only('浙江擦亮“最讲党性、最讲政治、最讲忠诚、最讲担当”的鲜明标识。')).toEqual([]);
  });

  it('takes a long unattributed sentence as standalone, and never spans lines', () => {
    expect(only('“民族要复兴，乡村必振兴，这是全党全社会的共同责任。”各地要抓好落实。')).toEqual([
      { kind: 'standalone', speaker: '', verb: '', text: '民族要复兴，乡村必振兴，这是全党全社会的共同责任。' },
    ]);
    expect(only('习近平总书记指出：“未闭合的引文\n下一段文字，这里没有引号。”')).toEqual([]);
  });

  it('takes speakers from a configurable list', () => {
    const text = '党的二十大报告指出：“高质量发展是全面建设社会主义现代化国家的首要任务。”';
    expect(extractQuotations(text)[0]?.kind).toBe('standalone');
    expect(extractQuotations(text, { speakers: ['党的二十大报告'] })[0]).toMatchObject({ kind: 'attributed', speaker: '党的二十大报告' });
  });
});
