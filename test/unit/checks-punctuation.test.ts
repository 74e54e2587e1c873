import { describe, expect, it } from 'vitest';
import { fixAllMechanical, runChecks } from '../../core/checks/index.js';
import { blockText } from '../../core/model/text.js';
import { draftOf, findingsWith, heading, oneParagraph, para, point, quote, title } from '../fixtures/checks/build.js';

/**
 * Punctuation checks, table-driven: [text, id, how many findings, the text
 * after 全部修正 (undefined: not fixed mechanically)].
 */
type Row = [text: string, id: string, count: number, fixed?: string];

const POSITIVE: Row[] = [
  // half-width marks with a Chinese neighbour
  ['学习,贯彻', 'punct.half-width-comma', 1, '学习，贯彻'],
  ['跑遍11个地市,25个县', 'punct.half-width-comma', 1, '跑遍11个地市，25个县'],
  ['“千万工程”,“浦江经验”', 'punct.half-width-comma', 1, '“千万工程”，“浦江经验”'],
  ['学习, 贯彻', 'punct.half-width-comma', 1, '学习，贯彻'],
  ['2.46万,同比增长', 'punct.half-width-comma', 1, '2.46万，同比增长'],
  ['第1篇:学习', 'punct.half-width-colon', 1, '第1篇：学习'],
  ['时间:12:00', 'punct.half-width-colon', 1, '时间：12:00'],
  ['信访;矛盾', 'punct.half-width-semicolon', 1, '信访；矛盾'],
  ['难在哪里?难在信息', 'punct.half-width-question', 1, '难在哪里？难在信息'],
  ['加油!同志们', 'punct.half-width-exclamation', 1, '加油！同志们'],
  ['25个县(市、区)', 'punct.half-width-paren', 2, '25个县（市、区）'],
  ['第五(巡回)指导组', 'punct.half-width-paren', 2, '第五（巡回）指导组'],
  ['得到解决﹔全省', 'punct.small-form', 1, '得到解决；全省'],
  // ellipsis
  ['等等...', 'punct.ellipsis', 1, '等等……'],
  ['行动自觉。。。', 'punct.ellipsis', 1, '行动自觉……'],
  ['行动自觉…', 'punct.ellipsis', 1, '行动自觉……'],
  ['行动自觉………', 'punct.ellipsis', 1, '行动自觉……'],
  ['行动自觉···', 'punct.ellipsis', 1, '行动自觉……'],
  // dash
  ['解题破难--头雁效应', 'punct.dash', 1, '解题破难——头雁效应'],
  ['解题破难－－头雁效应', 'punct.dash', 1, '解题破难——头雁效应'],
  ['解题破难———头雁效应', 'punct.dash', 1, '解题破难——头雁效应'],
  ['解题破难—头雁效应', 'punct.single-dash', 1],
  // doubled
  ['学习，，贯彻', 'punct.doubled', 1, '学习，贯彻'],
  ['学习。。贯彻', 'punct.doubled', 1, '学习。贯彻'],
  ['公平、、公正', 'punct.doubled', 1, '公平、公正'],
  ['学习,,贯彻', 'punct.half-width-comma', 2, '学习，贯彻'],
  ['这怎么行？？我们', 'punct.doubled-emphatic', 1],
  // spaces
  ['学习 贯彻', 'punct.space', 1, '学习贯彻'],
  ['学习　　贯彻', 'punct.space', 1, '学习贯彻'],
  ['学习 “千万工程”', 'punct.space', 1, '学习“千万工程”'],
  ['　　学习贯彻。', 'punct.edge-space', 1, '学习贯彻。'],
  ['学习贯彻。 ', 'punct.edge-space', 1, '学习贯彻。'],
  // enumerations
  ['做到公平,公正,公开。', 'punct.enumeration-comma', 1],
  ['做到公平，公正，公开。', 'punct.enumeration-comma', 1],
  ['深入企业、深入现场，深入群众。', 'punct.enumeration-comma', 1],
  // unbalanced pairs
  ['学习“千万工程经验。', 'punct.unbalanced-pair', 1],
  ['学习千万工程”经验。', 'punct.unbalanced-pair', 1],
  ['学习《之江新语。', 'punct.unbalanced-pair', 1],
  ['学习（试行。', 'punct.unbalanced-pair', 1],
  ['他说‘好。', 'punct.unbalanced-pair', 1],
];

const NEGATIVE: [text: string, id: string][] = [
  ['2,000元', 'punct.half-width-comma'],
  ['Word,Excel', 'punct.half-width-comma'],
  ['12:00开会', 'punct.half-width-colon'],
  ['http://www.people.com.cn', 'punct.half-width-colon'],
  ['第(a)项', 'punct.half-width-paren'],
  ['(2023)年', 'punct.half-width-paren'],
  ['浙江4.5万名干部', 'punct.ellipsis'],
  ['etc...', 'punct.ellipsis'],
  ['行动自觉……', 'punct.ellipsis'],
  ['行动自觉…………', 'punct.ellipsis'],
  ['解题破难——头雁效应', 'punct.dash'],
  ['1921—2021年', 'punct.single-dash'],
  ['COVID-19', 'punct.dash'],
  ['他大声说：“冲啊！！”', 'punct.doubled-emphatic'],
  ['这是为什么？！', 'punct.doubled-emphatic'],
  ['学习、贯彻、落实', 'punct.doubled'],
  ['（本报记者 李灿 陆乐）', 'punct.space'],
  ['GDP 增长', 'punct.space'],
  ['做到公平、公正、公开，积极接受群众监督。', 'punct.enumeration-comma'],
  ['严以修身、严以用权、严以律己，谋事要实、创业要实、做人要实。', 'punct.enumeration-comma'],
  ['“浦江经验”中，找方法、找答案、找措施，发扬求真务实的好作风。', 'punct.enumeration-comma'],
  ['增干劲，在“谋”上深思。', 'punct.enumeration-comma'],
  ['一件接着一件办，一年接着一年干。', 'punct.enumeration-comma'],
  ['学习“千万工程”“浦江经验”。', 'punct.unbalanced-pair'],
  ['Xi’an', 'punct.unbalanced-pair'],
];

describe('punctuation checks', () => {
  it.each(POSITIVE)('%s → %s ×%i', (text, id, count, fixed) => {
    const draft = oneParagraph(text);
    expect(findingsWith(draft, id)).toHaveLength(count);
    const result = fixAllMechanical(draft);
    const after = blockText(result.draft.children[1]!);
    if (fixed !== undefined) expect(after).toBe(fixed);
    else expect(result.remaining.filter((f) => f.id === id)).toHaveLength(count);
  });

  it.each(NEGATIVE)('leaves %s alone (%s)', (text, id) => {
    expect(findingsWith(oneParagraph(text), id)).toEqual([]);
  });

  it('offers the enumeration fix (、) as a choice, not as a mechanical one', () => {
    const [finding] = findingsWith(oneParagraph('做到公平，公正，公开。'), 'punct.enumeration-comma');
    expect(finding?.fixAll).toBe(false);
    expect(finding?.fix).toEqual({
      type: 'edit',
      edits: [
        { block: 1, start: 4, end: 5, text: '、', expected: '，', blockHash: expect.any(String) },
        { block: 1, start: 7, end: 8, text: '、', expected: '，', blockHash: expect.any(String) },
      ],
    });
  });

  it('keeps spaces in titles, headings and the author line', () => {
    const draft = draftOf([
      title('深入学习“千万工程”经验 推动乡村全面振兴'),
      { type: 'author-line', children: [{ text: '市发展改革委 张明' }] },
      heading(1, '深学细悟 坚持循迹溯源'),
      para('正文。'),
    ]);
    expect(runChecks(draft).filter((f) => f.id.includes('space'))).toEqual([]);
  });

  it('counts the “” of a quote element when pairing quotes', () => {
    const balanced = draftOf([title('体会'), para('学习', quote('千村示范、万村整治'), '工程。')]);
    expect(findingsWith(balanced, 'punct.unbalanced-pair')).toEqual([]);
    const extra = draftOf([title('体会'), para('学习“', quote('千村示范、万村整治'), '工程。')]);
    expect(findingsWith(extra, 'punct.unbalanced-pair')).toHaveLength(1);
  });

  it('forgives a quotation of several paragraphs (“ opens each, ” closes the last)', () => {
    const draft = draftOf([title('体会'), para('“第一段引文，'), para('“第二段引文，'), para('“第三段引文。”'), para('正文。')]);
    expect(findingsWith(draft, 'punct.unbalanced-pair')).toEqual([]);
    const broken = draftOf([title('体会'), para('他说“要学习，'), para('“千万工程”是好经验。')]);
    expect(findingsWith(broken, 'punct.unbalanced-pair')).toHaveLength(1);
  });

  it('reports a half-width comma in a lead clause and keeps the fix in the lead', () => {
    const draft = draftOf([title('体会'), point('深化理论武装,筑牢思想根基。', '正文。'), point('坚持问题导向，找准工作抓手。', '正文。')]);
    const result = fixAllMechanical(draft);
    expect(result.draft.children[1]!.children[0]).toEqual({ text: '深化理论武装，筑牢思想根基。', lead: true });
  });
});
