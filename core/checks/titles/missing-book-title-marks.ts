import { findingAt, replaceFix } from '../finding.js';
import type { RawFinding, WritingCheck } from '../types.js';

/**
 * Titles of documents and works written without 书名号: 印发关于…的意见,
 * 学习中国共产党纪律处分条例, 习近平著作选读. Three shapes, each a title by its
 * form rather than by a list of titles:
 * - 关于…的决定/意见/通知… named as a document: right after a verb that
 *   handles documents (印发, 学习, 贯彻, 出台, 根据 …), with the issuer that
 *   heads it (中共中央关于…) inside the marks;
 * - the Party's regulations: 中国共产党…条例/准则/章程/规定/规则;
 * - the collected works of leaders: 习近平…论述摘编, …著作选读, 谈治国理政,
 *   毛泽东选集, 邓小平文选 (a volume stays outside: 《习近平著作选读》第一卷).
 * A title already inside 《》 or “” is left alone; so is 中国共产党的有关规定
 * (a description, not a title).
 */
const HAN = '[\\u4e00-\\u9fff]';
const VERB = '(?:印发|下发|转发|发布|颁布|出台|制定|修订|审议通过|通过|学习|研读|贯彻|贯彻落实|落实|执行|施行|实施|根据|依据|按照|对照|遵照|认真学习|深入学习|学习贯彻)(?:了|的)?';
const ISSUER = '(?:中共中央(?:办公厅)?|国务院(?:办公厅)?|中共中央、国务院|中共中央办公厅、国务院办公厅|中央纪委(?:国家监委)?|全国人大常委会|中央组织部|中组部|中央宣传部|中宣部)?';
const DOC_KIND = '(?:决定|意见|实施意见|若干意见|指导意见|通知|条例|规定|决议|办法|指示|通告|公告|方案|实施方案|工作方案|纲要|规划|准则)';
const FORMS: { pattern: RegExp; group: number }[] = [
  { pattern: new RegExp(`${VERB}(${ISSUER}关于[^，。；：！？、“”《》（）\\s]{2,40}?的${DOC_KIND})(?![\\u4e00-\\u9fff》”])`, 'g'), group: 1 },
  { pattern: new RegExp(`(中国共产党(?!的)${HAN}{1,14}?(?:条例|准则|章程|规定|规则))`, 'g'), group: 1 },
  { pattern: new RegExp(`(中国共产党章程)`, 'g'), group: 1 },
  {
    pattern: new RegExp(`(习近平(?:关于${HAN}{2,24}?论述摘编|著作选读|谈治国理政)|毛泽东选集|邓小平文选|江泽民文选|胡锦涛文选)`, 'g'),
    group: 1,
  },
];
/** Words that make 中国共产党…规定 a description rather than a name. */
const DESCRIPTIVE = /的|有关|相关|各项|一系列|这些|等/;

export const missingBookTitleMarks: WritingCheck = {
  name: 'titles.book-title-marks',
  run: ({ views, findingLimit }) => {
    const findings: RawFinding[] = [];
    for (const view of views) {
      const { text } = view;
      const taken = new Uint8Array(text.length);
      const inTitle = titleDepths(text);
      if (!/关于|中国共产党|习近平|选集|文选/.test(text)) continue;
      for (const { pattern, group } of FORMS) {
        for (const m of text.matchAll(pattern)) {
          if (findings.length >= findingLimit) break;
          const title = m[group]!;
          const start = m.index + m[0].indexOf(title);
          const end = start + title.length;
          if (text[start - 1] === '《' || text[start - 1] === '“' || text[end] === '》') continue;
          if (inTitle[start]! > 0) continue;
          if (group === 1 && title.startsWith('中国共产党') && title !== '中国共产党章程' && DESCRIPTIVE.test(title.slice(5))) continue;
          if (taken[start] || taken[end - 1]) continue;
          taken.fill(1, start, end);
          findings.push(
            findingAt(view, {
              id: 'titles.book-title-marks',
              kind: '规范表述',
              severity: 'warning',
              message: `文件或著作名称应加书名号：《${title}》`,
              start,
              end,
              fix: replaceFix(view, { start, end: start, text: '《' }, { start: end, end, text: '》' }),
            }),
          );
        }
      }
    }
    return findings;
  },
};

/** For each offset, how many 《 are open there (inside a longer title: leave it). One pass. */
function titleDepths(text: string): Int32Array {
  const depths = new Int32Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depths[i] = depth;
    if (text[i] === '《') depth++;
    else if (text[i] === '》') depth = Math.max(0, depth - 1);
  }
  depths[text.length] = depth;
  return depths;
}
