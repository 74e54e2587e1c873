import { createDraft } from '../core/model/create.js';
import type { Block, Draft, HeadingLevel, Inline } from '../core/model/schema.js';

/**
 * Drafts for `npm run eval:pages`, from a seeded generator (the same 50 on
 * every run and machine): the corpus's sentences as they are (digits, Latin,
 * “”, ——, ……, 《》 included), headings of four levels alone and in runs,
 * run-in headings, points with bold lead clauses, quotations, empty
 * paragraphs, a 称呼 and 敬礼, and signatures with a unit over a date.
 */

/** Park–Miller: the same seed gives the same drafts on every run and machine. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

const EXTRA_SENTENCES = [
  '2025年全市完成固定资产投资1,286.5亿元，同比增长6.8%。',
  '要用好“三会一课”制度，每季度至少开展1次专题学习。',
  '我们对照GDP、CPI等指标，逐项分析了第3季度的运行情况。',
  '截至10月底，全局共梳理问题清单42项，已整改完成38项，整改率90.5%。',
  '《中国共产党纪律处分条例》第二十八条对此有明确规定。',
  '“十四五”以来，我们坚持以人民为中心的发展思想——这是根本遵循……',
];

export function pageDrafts(corpus: readonly string[], count: number, seed = 2026): Draft[] {
  const sentences = [
    ...corpus.flatMap((text) => text.split(/(?<=[。！？])|\n/)).map((s) => s.trim()).filter((s) => s.length > 6),
    ...EXTRA_SENTENCES,
  ];
  const random = seededRandom(seed);
  const pick = (): string => sentences[Math.floor(random() * sentences.length)]!;
  const text = (length: number): string => {
    let out = '';
    while ([...out].length < length) out += pick();
    return [...out].slice(0, Math.max(length, 1)).join('');
  };
  const shortText = (max: number): string => text(4 + Math.floor(random() * max)).replace(/[。，、；：！？]+$/u, '');
  const body = (length: number): Inline[] => {
    if (random() < 0.25) {
      const at = Math.floor(random() * length);
      const whole = text(length);
      return [{ text: whole.slice(0, at) }, { type: 'quote', speaker: '习近平', children: [{ text: shortText(30) }] }, { text: whole.slice(at) }];
    }
    return [{ text: text(length) }];
  };
  return Array.from({ length: count }, (_, n) => {
    const draft = createDraft(shortText(40), { author: `作者${'甲乙丙丁戊己庚辛壬癸'[n % 10]}`, unit: random() < 0.7 ? '市交通运输局' : '' });
    const blocks: Block[] = [];
    if (random() < 0.15) blocks.push({ type: 'salutation', children: [{ text: '敬爱的党组织：' }] });
    const size = 5 + Math.floor(random() * (n % 5 === 0 ? 80 : 35));
    for (let b = 0; b < size; b++) {
      const r = random();
      if (r < 0.18) {
        const run = random() < 0.15 ? 2 + Math.floor(random() * 4) : 1;
        for (let h = 0; h < run; h++) {
          const level = (1 + Math.floor(random() * 4)) as HeadingLevel;
          const runIn = random() < 0.25 ? `。${text(20 + Math.floor(random() * 120))}` : '';
          blocks.push({ type: 'heading', level, children: [{ text: shortText(30) + runIn }] });
        }
      } else if (r < 0.38) blocks.push({ type: 'point', children: [{ text: `${shortText(14)}。`, lead: true }, ...body(Math.floor(random() * 260))] });
      else if (r < 0.42) blocks.push({ type: 'paragraph', children: [{ text: '' }] });
      else blocks.push({ type: 'paragraph', children: body(10 + Math.floor(random() * 480)) });
    }
    if (random() < 0.1) blocks.push({ type: 'salutation', children: [{ text: '此致' }] }, { type: 'salutation', children: [{ text: '敬礼！' }] });
    const ending = random();
    if (ending < 0.4) blocks.push({ type: 'signature', children: [{ text: '市交通运输局党组' }] }, { type: 'signature', children: [{ text: '2026年12月3日' }] });
    else if (ending < 0.6) blocks.push({ type: 'signature', children: [{ text: `作者${n}` }] });
    return { ...draft, children: [...draft.children.filter((block) => block.type !== 'paragraph'), ...blocks] };
  });
}
