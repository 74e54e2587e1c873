/**
 * The 作者/单位 line under a title: “XX市交通运输局 张三”, “作者：张三”,
 * “XX党支部书记　李四”. Recognised only right after the title, so a body
 * line that mentions a unit is never taken for one.
 */
export interface AuthorLine {
  unit: string;
  author: string;
}

const MAX_AUTHOR_LINE_CHARS = 40;
/** Endings of unit names in Party and government writing. */
const UNIT_ENDINGS =
  '(?:委员会|党委|党组|党工委|党支部|支部|总支|政府|人大|政协|纪委|监委|局|厅|委|办|办公室|部|院|所|校|学院|大学|中学|小学|中心|站|队|大队|中队|处|科|室|股|镇|乡|街道|社区|村|公司|集团|银行|医院|法院|检察院|协会|联合会|团委|妇联|工会)';
const NAME = '[\\u4E00-\\u9FFF·]{2,4}';
/** A job title may stand between the unit and the name: “XX局局长 张三”. */
const UNIT_THEN_NAME = new RegExp(`^(\\S{2,30}?${UNIT_ENDINGS}\\S{0,8}?)[\\s\\u3000]+(${NAME})$`);
const LABELLED = /^[(（]?(?:作者|文|发言人|撰稿|执笔|撰稿人|报告人)[：:/／]\s*([^)）]+)[)）]?$/;
const NAME_ONLY = new RegExp(`^${NAME}$`);
/** Short words that stand alone under a title but are not names. */
const NOT_NAMES = new Set(['前言', '引言', '序言', '摘要', '目录', '正文', '导语', '按语', '编者按', '提纲', '附件']);

/** The author and unit a line names, if it is an author line. */
export function parseAuthorLine(text: string): AuthorLine | undefined {
  if ([...text].length > MAX_AUTHOR_LINE_CHARS || /[。！？；，,]/.test(text)) return undefined;
  const labelled = LABELLED.exec(text);
  if (labelled) return splitUnitAndName(labelled[1]?.trim() ?? '');
  const unitThenName = UNIT_THEN_NAME.exec(text);
  if (unitThenName) return { unit: unitThenName[1] ?? '', author: unitThenName[2] ?? '' };
  if (NAME_ONLY.test(text) && !NOT_NAMES.has(text)) return { unit: '', author: text };
  return undefined;
}

function splitUnitAndName(text: string): AuthorLine {
  const parts = text.split(/[\s\u3000]+/).filter(Boolean);
  if (parts.length >= 2) return { unit: parts.slice(0, -1).join(' '), author: parts[parts.length - 1] ?? '' };
  return { unit: '', author: text };
}
