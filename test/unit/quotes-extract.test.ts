import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotations } from '../../core/quotes/extract.js';
import { foldText } from '../../core/quotes/normalize.js';
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
        const hit = found.find((q) => foldText(q.text) === foldText(want.text) && q.kind === want.kind && q.speaker === foldText(want.speaker));
        if (hit) truePositives++;
        else misses.push(`${labelled.file}: missed ${want.text}`);
      }
      for (const q of found) {
        if (!labelled.expected.some((want) => foldText(want.text) === foldText(q.text))) misses.push(`${labelled.file}: wrongly took ${q.text}`);
        // Offsets point at the words in the original (traditional, half-width) text; the text is simplified.
        expect(foldText(text.slice(q.start, q.end))).toBe(foldText(q.text));
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
      const taken = new Set(extractQuotations(readCorpus(labelled.file)).map((q) => foldText(q.text)));
      for (const text of [...labelled.notQuotations, ...labelled.borderline.map((b) => b.text)]) {
        expect(taken.has(foldText(text)), `${labelled.file}: ${text}`).toBe(false);
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
    // Returned in simplified characters (as the import converts), offsets in the original.
    expect(found).toMatchObject({ kind: 'attributed', speaker: '习近平总书记', verb: '强调', text: '干部干部，干字当头，要有担当精神。' });
    expect(traditional.slice(found!.start, found!.end)).toBe('幹部幹部，幹字當頭，要有擔當精神。');
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

  it('takes speakers from a configurable list; words given to anyone else are not proposed', () => {
    const text = '李教授在讲座中指出：“高质量发展是全面建设社会主义现代化国家的首要任务。”';
    expect(extractQuotations(text)).toEqual([]);
    expect(extractQuotations(text, { speakers: ['李教授'] })[0]).toMatchObject({ kind: 'attributed', speaker: '李教授' });
  });

  it('quotes a congress report or plenary decision as it quotes a leader, but not its named measures or its time', () => {
    const report = '党的二十大报告指出：“高质量发展是全面建设社会主义现代化国家的首要任务。”';
    expect(extractQuotations(report)[0]).toMatchObject({ kind: 'attributed', speaker: '党的二十大报告', verb: '指出' });
    expect(extractQuotations('党的十九大提出“要增强学习本领，在全党营造善于学习、勇于实践的浓厚氛围”。')[0]).toMatchObject({ speaker: '党的十九大' });
    expect(extractQuotations('深入贯彻党的二十大提出的“健全吸纳民意、汇集民智工作机制”重要改革举措。')).toEqual([]);
    // 党的十八大以来 is when, not who: the words stay unattributed (a standalone sentence here).
    expect(extractQuotations('党的十八大以来，各地提出“要把调查研究作为基本功，深入基层、深入群众”。').map((q) => q.speaker)).not.toContain('党的十八大');
  });

  it('reads names and words through pinyin glosses, and reports offsets in the text given', () => {
    const text = '習(xí)近平作出重要批示，提出“把學(xué)習(xí)推廣新時期‘楓橋經(jīng)驗’作為總抓手”。';
    const [found] = extractQuotations(text);
    expect(found).toMatchObject({ kind: 'attributed', speaker: '习近平', text: '把学习推广新时期‘枫桥经验’作为总抓手' });
    expect(text.slice(found!.start, found!.end)).toBe('把學(xué)習(xí)推廣新時期‘楓橋經(jīng)驗’作為總抓手');
  });

  it('gives a whole sentence attached by a comma to the leader the sentence is about, not to a teller', () => {
    expect(extractQuotations('习近平在梁家河插队时就听到过高西沟的名字，“你们这里的情况当时不如‘额们’那里。”')[0]).toMatchObject({ speaker: '习近平' });
    expect(extractQuotations('乡党委原副书记刘明华告诉我们，当年习近平来到这里，“走羊肠小道、过独木桥，来回步行5个多小时，许多干部脚底都磨出了血泡”。')).toEqual([]);
  });

  it('leaves a remark to the ordinary person the next sentence is about', () => {
    expect(extractQuotations('“一家人年收入有三十几万元。”在茶园里，一位茶农放下锄头，同总书记唠起家常。')).toEqual([]);
  });
});

describe('quotation extraction: leaders’ words against everything else in “”', () => {
  const said = (text: string) => extractQuotations(text).map((q) => [q.speaker, q.text]);

  it('recovers the speaker of an instruction: 毛泽东同志……批示：强调“……”', () => {
    expect(said('1953年，毛泽东同志在一份报告上批示：强调“要把群众来信当作联系群众的一种方法，不要看轻它”。')).toEqual([
      ['毛泽东同志', '要把群众来信当作联系群众的一种方法，不要看轻它'],
    ]);
  });

  it('reads a verb with an object before the colon, and 他 for the leader named last', () => {
    expect(said('座谈会上，总书记询问在座的几位乡镇同志：“今年的庄稼长得怎么样？”')).toEqual([['总书记', '今年的庄稼长得怎么样？']]);
    expect(said('习近平总书记走进农家小院，同乡亲们围坐在一起。他叮嘱：“好日子要靠大家一起干出来。”')).toEqual([
      ['习近平总书记', '好日子要靠大家一起干出来。'],
    ]);
  });

  it('takes a clause ending in a colon with a leader as its subject', () => {
    expect(said('谈起山区的变化，总书记感触很深：“只要路通了，致富就有了盼头。”')).toEqual([['总书记', '只要路通了，致富就有了盼头。']]);
  });

  it('gives a row of quotations the speaker named after them', () => {
    expect(said('“山里的路修好了吗？”\n“孩子们上学远不远？”\n考察途中，习近平总书记一路问个不停。')).toEqual([
      ['习近平总书记', '山里的路修好了吗？'],
      ['习近平总书记', '孩子们上学远不远？'],
    ]);
    expect(said('总书记多次用“敢于斗争、善于斗争的实干家”来形容优秀干部。')).toEqual([['总书记', '敢于斗争、善于斗争的实干家']]);
  });

  it('continues a speech reported in the sentence before', () => {
    expect(said('总书记在考察时说，乡村振兴要靠人才。“要让年轻人愿意回来、留得下来。”')).toEqual([['总书记', '要让年轻人愿意回来、留得下来。']]);
  });

  it('leaves ordinary people’s remarks alone, before or after the quotation', () => {
    expect(said('“现在村里的路宽了，日子也越过越红火了。”村民王大姐笑着说。')).toEqual([]);
    expect(said('当地一位农技专家回忆说：“那几年我们跑遍了全县每一块试验田。”')).toEqual([]);
    expect(said('一位人大代表激动地说：“总书记的话说到了我们心坎里，我们一定会干好。”')).toEqual([]);
  });

  it('does not take formulas, slogans or lists, even after a leader', () => {
    expect(said('习近平总书记强调要“四个意识”入脑入心。')).toEqual([]);
    expect(said('总书记指出：“两个确立”具有决定性意义。')).toEqual([]);
    expect(said('会议要求落实“小事不出组，大事不出村，难事不出镇”的做法。')).toEqual([]);
    expect(said('“走访群众到一线，排查矛盾到一线，解决问题到一线。”各地都有这样的做法。')).toEqual([]);
    expect(said('总书记提出“抓学习、抓作风、抓落实”的要求。')).toEqual([]);
  });

  it('does not take proverbs, classics or words about the leader as his words', () => {
    expect(said('俗话说：“不怕慢，就怕站，一步一步总能走到。”')).toEqual([]);
    expect(said('《论语》中的“己所不欲，勿施于人，这是做人的道理”至今发人深省。')).toEqual([]);
    expect(said('“总书记一直惦记着我们，我们一定要把日子过好。”')).toEqual([]);
  });

  it('gives a verb without a subject to the leader the text is about, and 他 to the subject of the sentence before', () => {
    expect(said('重视基层工作，习近平同志一贯如此。\n在县里工作时，提出“要把大部分时间用在基层，多听群众意见”。')).toEqual([
      ['习近平同志', '要把大部分时间用在基层，多听群众意见'],
    ]);
    expect(said('会议结束后，毛泽东同志把彭德怀请到身边。他说：“打仗要靠群众，建设也要靠群众。”')).toEqual([['毛泽东同志', '打仗要靠群众，建设也要靠群众。']]);
    expect(said('会上某局长介绍了情况，提出“要把资金用在刀刃上，保证项目按期完工”。')).toEqual([]);
  });

  it('reads a lead-in after the verb’s comma and an object before a whole quoted sentence', () => {
    expect(said('总书记指出，学习理论是干部“成长的必修课”“进步的必由之路”。')).toEqual([
      ['总书记', '成长的必修课'],
      ['总书记', '进步的必由之路'],
    ]);
    expect(said('习近平总书记强调学习的重要意义“干部要把学习作为一种追求，一种爱好，一种健康的生活方式。”')).toEqual([
      ['习近平总书记', '干部要把学习作为一种追求，一种爱好，一种健康的生活方式。'],
    ]);
  });

  it('takes an unattributed sentence only when it stands as a sentence of its own', () => {
    expect(said('有位作家提出一个说法，“只要方向对了，走得慢一点也总能到达想去的地方。”')).toEqual([]);
    expect(said('总书记提出“共同富裕（yù）”目标。')).toEqual([]);
  });
});
