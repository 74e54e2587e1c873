import { beforeAll, describe, expect, it } from 'vitest';
import { applyFixes, runChecks } from '../../core/checks/index.js';
import { leafText } from '../../core/checks/leaf-edit.js';
import { useSegmenter } from '../../core/checks/words/segmenter.js';
import { loadNodeSegmenter } from '../../core/node/segmenter.js';
import { draftOf, findingsWith, oneParagraph, para, point, title } from '../fixtures/checks/build.js';

/**
 * The errors an 办公室 editor marks (issue #12), on short sentences written
 * for these tests: each check's true positives with the text its fix gives,
 * and the tricky sentences it must leave alone.
 */
type Row = [text: string, fixed: string | undefined];

/** The findings of `id` on one sentence, and the sentence after applying all their fixes. */
function check(text: string, id: string): { count: number; fixed: string } {
  const draft = oneParagraph(text);
  const found = findingsWith(draft, id);
  return { count: found.length, fixed: leafText(applyFixes(draft, found.filter((f) => f.fix)).children[1]!) };
}

function table(id: string, positive: Row[], negative: string[]): void {
  it.each(positive)(`${id}: %s`, (text, fixed) => {
    const result = check(text, id);
    expect(result.count).toBeGreaterThan(0);
    if (fixed !== undefined) expect(result.fixed).toBe(fixed);
  });
  it.each(negative)(`${id} leaves alone: %s`, (text) => {
    expect(check(text, id).count).toBe(0);
  });
}

beforeAll(() => {
  expect(loadNodeSegmenter()).toBe(true);
  // The first run compiles the rule sets and the segmenter's code: not part of any one test.
  runChecks(oneParagraph('认真的学习来自于基层的经验。'));
}, 60_000);

describe('、 between quoted items', () => {
  table(
    'punct.quoted-enumeration',
    [
      ['要发扬“老黄牛”、“孺子牛”精神。', '要发扬“老黄牛”“孺子牛”精神。'],
      ['读了《共产党宣言》、《实践论》、《矛盾论》。', '读了《共产党宣言》《实践论》《矛盾论》。'],
      ['反对“庸”、“懒”和“散”。', '反对“庸”“懒”和“散”。'],
    ],
    ['增强“四个意识”、坚定“四个自信”。', '从“不敢”变“不想”、“不能”变“不愿”。', '学习“两个结合”，把握“六个必须坚持”。'],
  );
});

describe('quotation marks that do not belong in simplified text', () => {
  table(
    'punct.quote-marks',
    [
      ['大家称他为"老支书"。', '大家称他为“老支书”。'],
      ['做群众的「贴心人」。', '做群众的“贴心人”。'],
      ['他说：“办法总比困难多。"', '他说：“办法总比困难多。”'],
    ],
    ['输入 "OK" 即可。', '大家称他为“老支书”。'],
  );
});

describe('document titles without 书名号', () => {
  table(
    'titles.book-title-marks',
    [
      ['省委印发关于加强基层党建工作的意见。', '省委印发《关于加强基层党建工作的意见》。'],
      ['认真学习中国共产党纪律处分条例。', '认真学习《中国共产党纪律处分条例》。'],
      ['通读习近平著作选读第二卷。', '通读《习近平著作选读》第二卷。'],
      ['严格遵守中国共产党章程。', '严格遵守《中国共产党章程》。'],
    ],
    [
      '认真学习《中国共产党纪律处分条例》。',
      '省委印发《关于加强基层党建工作的意见》。',
      '按照中国共产党的有关规定办理。',
      '会议研究了关于加强基层党建工作的意见建议。',
    ],
  );
});

describe('规范表述 inside any quotes and without them', () => {
  table(
    'terms.canonical',
    [
      ['坚决做到两个确立。', '坚定拥护“两个确立”。'],
      ['他说：“要坚决做到‘两个确立’。”', '他说：“要坚定拥护‘两个确立’。”'],
      ['深入学习习近平新时代文化思想。', '深入学习习近平文化思想。'],
      ['学习贯彻党的二十大三中全会精神。', '学习贯彻党的二十届三中全会精神。'],
      ['扎实开展党纪教育学习。', '扎实开展党纪学习教育。'],
      ['召开专题民主会。', '召开专题民主生活会。'],
    ],
    ['深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”。', '开好专题民主生活会。', '扎实开展党纪学习教育。'],
  );
});

describe('one pair of quoted terms written in several ways', () => {
  it('reports the spelling that the rest of the draft does not use', () => {
    const draft = draftOf([
      title('学习体会'),
      para('学习“枫桥经验”“后陈经验”，深受启发。'),
      para('“枫桥经验”“后陈经验”历久弥新。'),
      para('要把“枫桥经验”和“后陈经验”用好。'),
    ]);
    const found = findingsWith(draft, 'terms.quoted-pair-spelling');
    expect(found.map((f) => f.location.block)).toEqual([3]);
    expect(found[0]!.message).toBe('同一组提法前后写法不一：宜统一写作“枫桥经验”“后陈经验”');
  });

  it('never keeps 、 as the spelling to use', () => {
    const draft = draftOf([title('学习体会'), para('学习“枫桥经验”、“后陈经验”。'), para('“枫桥经验”、“后陈经验”历久弥新。'), para('用好“枫桥经验”“后陈经验”。')]);
    expect(findingsWith(draft, 'terms.quoted-pair-spelling').map((f) => f.location.block)).toEqual([1, 2]);
  });

  it('says nothing when the draft is consistent', () => {
    const draft = draftOf([title('学习体会'), para('学习“枫桥经验”“后陈经验”。'), para('用好“枫桥经验”“后陈经验”。')]);
    expect(findingsWith(draft, 'terms.quoted-pair-spelling')).toEqual([]);
  });
});

describe('重复赘余 on word boundaries', () => {
  table(
    'words.redundancy',
    [
      ['这些经验来自于基层一线。', '这些经验来自基层一线。'],
      ['把初心使命融入到日常工作中。', '把初心使命融入日常工作中。'],
      ['我们必须要坚持人民至上。', '我们必须坚持人民至上。'],
      ['问题涉及到多个部门。', '问题涉及多个部门。'],
      ['这次亲眼目睹了乡村的变化。', '这次目睹了乡村的变化。'],
    ],
    ['我们必须要求自己更严一些。', '问题涉及到底有多深？', '这些经验来自基层一线。'],
  );

  it('is silent without a segmenter rather than guessing across words', () => {
    useSegmenter(undefined);
    try {
      expect(findingsWith(oneParagraph('这些经验来自于基层一线。'), 'words.redundancy')).toEqual([]);
    } finally {
      expect(loadNodeSegmenter()).toBe(true);
    }
  });
});

describe('的/地/得', () => {
  table(
    'words.de-di',
    [
      ['大家都要认真的学习党章。', '大家都要认真地学习党章。'],
      ['要扎扎实实的做好群众工作。', '要扎扎实实地做好群众工作。'],
      ['我们深刻的认识到差距。', '我们深刻地认识到差距。'],
    ],
    [
      '他对问题有了深刻的认识。',
      '大家保持了认真的学习态度。',
      '我们进行了认真的研究。',
      '以严格的要求来对待自己。',
      '改革离不开与时俱进的创新发展。',
      '这是一份沉甸甸的责任。',
      '那种身临其境的感受是书本给不了的。',
      '对正确的加以坚持，对错误的加以纠正。',
    ],
  );
  table(
    'words.de-de',
    [
      ['这次问题查摆的很深。', '这次问题查摆得很深。'],
      ['整改措施落实的不够到位。', undefined],
    ],
    ['他做的很多工作都很扎实。', '我们所做的还很不够。', '这是我们应该做的。'],
  );
});

describe('sequence words', () => {
  it.each([
    ['一是抓学习，二是抓整改，第三是抓制度。', '一是抓学习，二是抓整改，三是抓制度。'],
    ['首先要学习，第二要整改，最后要总结。', '首先要学习，其次要整改，最后要总结。'],
    ['第一，要学习；二是要整改；三是要总结。', '一是要学习；二是要整改；三是要总结。'],
    ['其一是学习，其二是整改，三是总结。', '其一是学习，其二是整改，其三是总结。'],
  ])('mixed: %s', (text, fixed) => {
    const draft = oneParagraph(text);
    const found = findingsWith(draft, 'structure.mixed-sequence');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^序列词混用：这一组用.+，这里宜写“.+”而不是“.+”$/);
    expect(leafText(applyFixes(draft, found).children[1]!)).toBe(fixed);
  });

  it.each(['第一，要学习。一是读原著，二是悟原理。第二，要实践。', '一是学习，二是整改，最后是总结。'])('nested or closed by 最后: %s', (text) => {
    expect(findingsWith(oneParagraph(text), 'structure.mixed-sequence')).toEqual([]);
  });

  it('a typed 五是 after the app’s 一是…三是 should read 四是', () => {
    const draft = draftOf([title('体会'), point('抓学习。'), point('抓整改。'), point('抓制度。'), para('五是抓落实。')], { point: 'yi-shi' });
    const [finding] = findingsWith(draft, 'structure.literal-sequence');
    expect(finding?.message).toBe('跳号：“三是”之后应是“四是”，不是“五是”');
  });

  it('stays linear on a long repetitive paragraph', () => {
    const draft = oneParagraph('一是要学习，'.repeat(30_000));
    const findings = runChecks(draft);
    expect(findings.filter((f) => f.id === 'structure.lone-text-point').length).toBeLessThanOrEqual(1_000);
  });
});
