/**
 * 提法: the genre's set phrases, which every writer on a theme uses and
 * nobody copied from anybody. The minimum passage length (20 characters,
 * see similarity.ts) already keeps any one of them out; these count for
 * nothing towards that minimum, so a chain of them (深入学习贯彻习近平新时代
 * 中国特色社会主义思想, 22 characters) is not reported either. Inside a
 * passage that is long enough on its own they are counted like any other
 * words: a copied paragraph is copied with its 提法.
 * Written as compared: letters and digits only, no punctuation.
 */
export const SET_PHRASES: readonly string[] = [
  '习近平新时代中国特色社会主义思想',
  '以习近平同志为核心的党中央',
  '深刻领悟两个确立的决定性意义',
  '增强四个意识坚定四个自信做到两个维护',
  '坚定拥护两个确立坚决做到两个维护',
  '两个确立',
  '两个维护',
  '党的二十大精神',
  '党的二十届三中全会精神',
  '党的十八大以来',
  '全面建设社会主义现代化国家',
  '全面建成社会主义现代化强国',
  '实现中华民族伟大复兴',
  '中华民族伟大复兴的中国梦',
  '以中国式现代化全面推进中华民族伟大复兴',
  '中国式现代化',
  '第二个百年奋斗目标',
  '不忘初心牢记使命',
  '全心全意为人民服务',
  '以人民为中心的发展思想',
  '坚持和加强党的全面领导',
  '全面从严治党',
  '推动高质量发展',
  '学思想强党性重实践建新功',
  '主题教育',
  '千村示范万村整治',
  '千万工程',
  '浦江经验',
  '绿水青山就是金山银山',
  '为中国人民谋幸福为中华民族谋复兴',
  '人民群众急难愁盼',
  '急难愁盼',
  '忠诚干净担当',
  '政治过硬本领高强',
  '学懂弄通做实',
  '深入学习贯彻',
  '认真学习贯彻',
  '学习贯彻',
  '习近平总书记',
  '重要讲话精神',
  '重要指示批示精神',
  '重要论述',
];
