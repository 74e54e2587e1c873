import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignWithin } from '../../core/quotes/align.js';
import { memoryQuoteLookup } from '../../core/quotes/lookup.js';
import { matchKey, normalizeQuoteText, wordKey } from '../../core/quotes/normalize.js';
import { checkQuotation, describeFinding, verifyDraft, type QuotationInDraft } from '../../core/quotes/verify.js';
import { createDraft } from '../../core/model/create.js';
import type { Draft, Inline } from '../../core/model/schema.js';
import { blockText } from '../../core/model/text.js';
import { storedQuote } from '../fixtures/quotes.js';

const quote = storedQuote;

const LIBRARY = [
  quote('duty', '干事担事，是干部的职责所在，也是价值所在。', { source: '某讲话', status: '已核' }),
  quote('jiangshan', '江山就是人民、人民就是江山，打江山、守江山，守的是人民的心。', { speaker: '' }),
  quote('mountains', '我们既要绿水青山，也要金山银山。宁要绿水青山，不要金山银山，而且绿水青山就是金山银山。', {
    speaker: '习近平同志',
    source: '在哈萨克斯坦纳扎尔巴耶夫大学的演讲',
    date: '2013-09-07',
    status: '已核',
  }),
  quote('mao', '世界上怕就怕“认真”二字，共产党就最讲“认真”。', { speaker: '毛泽东同志', source: '在莫斯科会见中国留学生和实习生时的讲话', status: '已核' }),
];
const lookup = memoryQuoteLookup(LIBRARY);

const inText = (text: string, speaker = '习近平总书记'): QuotationInDraft => ({ origin: 'quote-element', blockIndex: 0, start: 0, end: text.length, text, speaker });
const check = (text: string, speaker?: string) => checkQuotation(inText(text, speaker), lookup);

function draftWith(...paragraphs: Inline[][]): Draft {
  const draft = createDraft('学习体会');
  draft.children.push(...paragraphs.map((children) => ({ type: 'paragraph' as const, children })));
  return draft;
}

describe('quotation verification: exact and width-only differences', () => {
  it('accepts the library text, a passage of it, and width/space/繁简 differences', () => {
    for (const text of [
      '干事担事，是干部的职责所在，也是价值所在。',
      '干事担事,是干部的职责所在,也是价值所在', // half-width commas, no closing 。
      '干事担事， 是干部的职责所在， 也是价值所在。', // spaces
      '幹事擔事，是幹部的職責所在，也是價值所在。', // traditional
      '宁要绿水青山，不要金山银山', // a passage of a longer text
      '世界上怕就怕‘认真’二字', // nested marks of the other kind
    ]) {
      expect(check(text)?.status, text).toBe('ok');
    }
    // Only a 待核 entry has these words: found, but no ✓.
    for (const text of ['……守的是人民的心', '江山就是人民……守的是人民的心']) expect(check(text)?.status, text).toBe('pending');
    expect(check('干事担事，是干部的职责所在')?.library).toMatchObject({ id: 'duty', source: '某讲话', status: '已核' });
  });
});

describe('quotation verification: near misses', () => {
  it('catches one changed character, with the diff and the words to use', () => {
    const finding = check('干事担事，是干部的责任所在，也是价值所在。');
    expect(finding).toMatchObject({ status: 'near-miss', differences: 2, suggestion: '干事担事，是干部的职责所在，也是价值所在', library: { id: 'duty' } });
    const one = check('江山就是人民、人民就是江山，打江山、守江山，守的是人民之心。');
    expect(one).toMatchObject({ status: 'near-miss', differences: 1 });
    expect(one?.diff).toEqual([
      { kind: 'same', text: '江山就是人民、人民就是江山，打江山、守江山，守的是人民' },
      { kind: 'removed', text: '之' },
      { kind: 'added', text: '的' },
      { kind: 'same', text: '心' }, // the closing 。 is not compared: drafts often drop it
    ]);
  });

  it('catches one added character and one dropped character', () => {
    const added = check('宁要绿水青山，也不要金山银山');
    expect(added).toMatchObject({ status: 'near-miss', differences: 1, suggestion: '宁要绿水青山，不要金山银山' });
    expect(added?.diff?.filter((s) => s.kind !== 'same')).toEqual([{ kind: 'removed', text: '也' }]);
    const dropped = check('干事担事，是干部职责所在，也是价值所在');
    expect(dropped).toMatchObject({ status: 'near-miss', differences: 1 });
    expect(dropped?.diff?.filter((s) => s.kind !== 'same')).toEqual([{ kind: 'added', text: '的' }]);
  });

  it('shows the diff in the draft’s own characters (half-width commas kept)', () => {
    const finding = check('干事担事,是干部的责任所在');
    expect(finding?.diff?.[0]).toEqual({ kind: 'same', text: '干事担事,是干部的' });
    expect(describeFinding(finding!)).toMatch(/应为“干事担事，是干部的职责所在”.*〔删：责任〕〔补：职责〕/);
  });

  it('reports quotations far from anything in the library as not found', () => {
    expect(check('我们要把人民放在心中最高位置，永远不能忘记。')?.status).toBe('not-found');
    expect(describeFinding(check('我们要把人民放在心中最高位置，永远不能忘记。')!)).toMatch(/^未收录/);
  });

  it('notices a quotation given to the wrong speaker', () => {
    expect(check('世界上怕就怕“认真”二字', '习近平总书记')).toMatchObject({ status: 'ok', speakerMismatch: true });
    expect(check('世界上怕就怕“认真”二字', '毛泽东同志')).toMatchObject({ status: 'ok', speakerMismatch: false });
    expect(check('宁要绿水青山，不要金山银山', '总书记')).toMatchObject({ status: 'ok', speakerMismatch: false });
  });

  it('catches any single changed, added or dropped character (property)', () => {
    const library = LIBRARY.map((q) => q.text.replace(/。$/, ''));
    const hanzi = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(
        fc.constantFrom(...library),
        fc.nat(),
        fc.constantFrom('change', 'add', 'drop'),
        hanzi,
        (original, at, edit, char) => {
          // Edits inside the quotation: at either end an edit may just quote a shorter passage.
          const i = 1 + (at % (original.length - 2));
          const altered =
            edit === 'change' ? original.slice(0, i) + char + original.slice(i + 1) : edit === 'add' ? original.slice(0, i) + char + original.slice(i) : original.slice(0, i) + original.slice(i + 1);
          fc.pre(normalizeQuoteText(altered) !== normalizeQuoteText(original));
          // Dropping a mark such as “ may leave a passage of the library text: still a faithful quotation.
          fc.pre(!LIBRARY.some((q) => wordKey(q.text).key.includes(wordKey(altered).key)));
          const finding = check(altered);
          expect(finding?.status).toBe('near-miss');
          expect(finding?.differences).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('quotation verification: never overclaims', () => {
  const SAYING = [
    quote('four-a', '宣传党的路线、方针、政策下基层，调查研究下基层，信访接待下基层，现场办公下基层。', {
      speaker: '习近平',
      source: '在某次会议上的讲话',
      date: '1988-12-20',
      status: '已核',
      saying: 'si-xia-jiceng',
    }),
    quote('jiangshan-a', '江山就是人民、人民就是江山。', { speaker: '习近平', source: '在庆祝大会上的讲话', date: '2021-07-01', status: '已核', saying: 'jiangshan' }),
    quote('jiangshan-b', '江山就是人民，人民就是江山，打江山、守江山，守的是人民的心。', { speaker: '习近平', saying: 'jiangshan' }),
    quote('unsourced', '只有一个待核的说法，没有出处也没有核实。', { speaker: '习近平' }),
  ];
  const sayings = memoryQuoteLookup(SAYING);
  const verify = (text: string) => checkQuotation(inText(text, '习近平'), sayings);

  it('gives ✓ only for an 已核 wording, naming its source and date', () => {
    const finding = verify('江山就是人民、人民就是江山');
    expect(finding).toMatchObject({ status: 'ok', library: { id: 'jiangshan-a' }, punctuationDiffers: false });
    expect(describeFinding(finding!)).toContain('与《在庆祝大会上的讲话》2021-07-01 表述一致');
  });

  it('says 库中有此句（出处待核） for words only a 待核 entry has', () => {
    const finding = verify('只有一个待核的说法，没有出处也没有核实。');
    expect(finding?.status).toBe('pending');
    expect(describeFinding(finding!)).toMatch(/^库中有此句（出处待核）/);
    expect(describeFinding(finding!)).not.toContain('✓');
  });

  it('does not count punctuation between clauses as a difference of wording', () => {
    expect(verify('江山就是人民，人民就是江山。')).toMatchObject({ status: 'ok', library: { id: 'jiangshan-a' }, punctuationDiffers: true });
    expect(verify('宣传党的路线方针政策下基层、调查研究下基层、信访接待下基层、现场办公下基层')).toMatchObject({ status: 'ok', library: { id: 'four-a' } });
  });

  it('takes a wording matching one variant of a saying as that variant, never as a near miss of another', () => {
    expect(verify('打江山、守江山，守的是人民的心')).toMatchObject({ status: 'pending', library: { id: 'jiangshan-b' } });
    expect(verify('江山就是人民，人民就是江山，打江山、守江山，守的是人民的心。')?.status).toBe('pending');
  });

  it('still reports a changed character as a near miss, with the draft’s own punctuation in the diff', () => {
    const finding = verify('宣传党的路线、方针、政策下基层，调查研究下基层，信访接待下基层，现场办事下基层。');
    expect(finding).toMatchObject({ status: 'near-miss', differences: 1, library: { id: 'four-a' } });
    expect(finding?.diff?.map((segment) => segment.text).join('')).toContain('下基层，信访接待下基层，现场办');
  });
});

describe('alignment', () => {
  it('finds the best passage of a longer text', () => {
    const alignment = alignWithin('绿水青山就是金山银山', matchKey(LIBRARY[2]!.text).key);
    expect(alignment).toMatchObject({ distance: 0 });
    expect(alignment && matchKey(LIBRARY[2]!.text).key.slice(alignment.textStart, alignment.textEnd)).toBe('绿水青山就是金山银山');
  });
});

describe('verifying a whole draft', () => {
  it('checks quote elements and attributed quotations in the text, with block index and offsets', () => {
    const draft = draftWith(
      [
        { text: '习近平总书记指出，“干事担事，是干部的责任所在”。' },
        { type: 'quote', speaker: '习近平同志', source: '', children: [{ text: '宁要绿水青山，不要金山银山' }] },
        { text: '。要学习“千万工程”。' },
      ],
      [{ text: '“江山就是人民、人民就是江山，打江山、守江山，守的是人民的心。”总书记强调：“我们要把人民放在心中最高位置，永远不能忘记。”' }],
      [{ text: '“这是一段不在金句库中的很长的普通引文，没有人说过，只是举例。”' }],
    );
    const report = verifyDraft(draft, lookup);
    expect(report.counts).toEqual({ ok: 1, pending: 1, nearMiss: 1, notFound: 1 });
    expect(report.findings.map((f) => [f.blockIndex, f.origin, f.status])).toEqual([
      [2, 'attributed-text', 'near-miss'],
      [2, 'quote-element', 'ok'],
      [3, 'standalone-text', 'pending'],
      [3, 'attributed-text', 'not-found'],
    ]);
    for (const finding of report.findings) {
      expect(blockText(draft.children[finding.blockIndex]!).slice(finding.start, finding.end)).toBe(finding.text);
    }
  });
});
