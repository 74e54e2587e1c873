import { foldText } from './normalize.js';

/**
 * Who may be quoted, as texts of the genre name them. Longest forms first
 * is not required: the extractor sorts. Configurable per call.
 */
export const DEFAULT_SPEAKERS: readonly string[] = [
  '习近平总书记', '习近平主席', '习近平同志', '习近平', '总书记', '习总书记',
  '毛泽东同志', '毛泽东', '毛主席',
  '邓小平同志', '邓小平',
  '江泽民同志', '江泽民', '胡锦涛同志', '胡锦涛',
  '周恩来同志', '周恩来', '刘少奇同志', '刘少奇', '朱德同志', '朱德', '陈云同志', '陈云', '任弼时同志',
  '彭德怀', '聂荣臻', '叶剑英', '陈毅', '贺龙', '刘伯承', '徐向前', '罗荣桓',
  '马克思', '恩格斯', '列宁',
];

/**
 * How texts name a marshal or an elder revolutionary without his full name
 * (聂帅, 陈老总's peers as 老帅): a title the genre reserves for them.
 */
export const LEADER_TITLE_PATTERN = '[\\u4e00-\\u9fff]帅(?![气哥])';

/**
 * Texts the genre quotes as it quotes leaders, verified the same way: a
 * congress report (党的二十大报告), a plenary session's decision (十九届六中全会),
 * the Party constitution. They stand where a speaker stands (党的十九大提出“……”);
 * 党的十八大以来 (后, 召开) is a time, not a source.
 */
export const DOCUMENT_SOURCE_PATTERN = '党的[一二三四五六七八九十]{2,3}大(?!以来|以后|后|前|召开|闭幕|开幕)(?:报告)?|[十][一二三四五六七八九]?届[一二三四五六七八九]中全会(?!以来|以后|后|前|召开)|党章';

/** Saying verbs, with the adverbs that may stand before them (深刻指出, 多次强调). */
export const DEFAULT_VERBS: readonly string[] = [
  '强调', '指出', '要求', '说', '说过', '讲', '讲过', '讲到', '批示', '指示', '提出', '寄语',
  '告诫', '嘱托', '叮嘱', '嘱咐', '勉励', '号召', '写道', '阐述', '阐明', '表示', '提醒', '论述', '宣布',
  '问', '询问', '问道', '追问', '回答', '答道', '感慨', '感叹', '谈到', '谈及', '提到', '称赞', '点赞', '鼓励', '希望',
];

export const VERB_ADVERBS: readonly string[] = [
  '深刻', '明确', '多次', '反复', '一再', '曾经', '曾', '还', '也', '又', '再次', '进一步',
  '特别', '专门', '郑重', '鲜明', '精辟', '生动', '形象', '深情', '就', '都', '早就', '更是', '始终', '这样',
];

/** Titles that follow a name without changing who is meant. */
const TITLES = /(总书记|主席|同志|总理|委员长|书记)$/;

/** The person a speaker phrase names: 习近平总书记, 习近平同志 and 总书记 are one person. */
export function personOf(speaker: string): string {
  const name = foldText(speaker).replace(/\s/g, '');
  if (name === '总书记' || name === '习总书记') return '习近平';
  if (name === '毛主席') return '毛泽东';
  return name.replace(TITLES, '') || name;
}

/** True when both name someone and name different people. */
export function differentSpeakers(a: string, b: string): boolean {
  if (a.trim() === '' || b.trim() === '') return false;
  return personOf(a) !== personOf(b);
}
