import { parseAuthorLine } from './author-line.js';
import { charCount } from './text-shape.js';

/**
 * Bylines, sources and datelines of web pages — “作者：徐浩然；来源：《浙江日报》”,
 * “(本报记者 李灿 陆乐)”, “2023-06-26 | 来源：…”, “文/本网评论员 马玮炜” —
 * read into the draft's metadata instead of the body. A line is a byline
 * only when it holds nothing else (short, no sentence), so a sentence that
 * mentions 作者 or a date is never taken.
 */
export interface Byline {
  author?: string;
  unit?: string;
  source?: string;
  /** ISO date (YYYY-MM-DD). */
  date?: string;
}

const MAX_BYLINE_CHARS = 80;
const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/;
const NAME = '[\\u4E00-\\u9FFF·]{2,4}';
const AUTHOR_LABEL = new RegExp(`(?:作者|撰稿人?|撰文|执笔|文\\s*[/／]|发言人|主讲人?)[：:\\s]*((?:[^\\s：:；;|｜,，)）]{1,20}\\s+)?${NAME})(?=$|[\\s；;|｜,，)）])`);
const REPORTER = new RegExp(`(?:本报|本台|本网|通讯)?记者\\s*((?:${NAME}\\s*)+)`);
const SOURCE_LABEL = /(?:来源|稿件来源|出处|转自|摘自)[：:\s]*([^\s；;|｜,，]{2,30})/;
/** Words that label a page's publishing details, any of which makes a short line a dateline. */
const META_WORD = /来源|作者|时间|日期|编辑|浏览|阅读|点击|发布|字号|字体|责编|审核|撰稿|记者|出处/;
const PUBLISHING_LABEL = /^(?:发布|更新|发表|上传|编辑|录入)?(?:时间|日期)$|^(?:发布于|更新于)$/;
const SENTENCE = /[。！？!?]|[，,].*[，,]/;

export function parseByline(text: string): Byline | undefined {
  if (charCount(text) > MAX_BYLINE_CHARS) return undefined;
  const inner = text.replace(/^[(（【[]|[)）】\]]$/g, '').trim();
  const byline: Byline = {};
  const author = AUTHOR_LABEL.exec(inner) ?? REPORTER.exec(inner);
  if (author?.[1]) {
    const parts = author[1].trim().split(/\s+/);
    const unit = parts.length > 1 && !REPORTER.test(inner) ? parts.slice(0, -1).join(' ') : '';
    byline.author = REPORTER.test(inner) ? parts.join(' ') : (parts[parts.length - 1] ?? '');
    if (unit) byline.unit = unit.replace(/^(?:本网|本报)?评论员$/, '');
    if (!byline.unit) delete byline.unit;
  }
  const source = SOURCE_LABEL.exec(inner);
  if (source?.[1]) byline.source = source[1].replace(/^《(.*)》$/, '$1');
  const date = DATE.exec(inner);
  const iso = date ? isoDate(date[1], date[2], date[3]) : undefined;
  if (iso) byline.date = iso;
  if (Object.keys(byline).length === 0) return undefined;
  // A labelled byline may carry more labels (编辑, 浏览 …); a sentence is never a byline.
  const onlyDate = !byline.author && !byline.source;
  if (SENTENCE.test(inner) && !META_WORD.test(inner)) return undefined;
  if (onlyDate && !isDateline(inner)) return undefined;
  // 会议时间：… is a record's line, not the page's dateline: only publishing labels make one.
  const label = /^([^\s:：]{1,8})[:：]/.exec(inner)?.[1];
  if (onlyDate && label !== undefined && !PUBLISHING_LABEL.test(label)) return undefined;
  return byline;
}

/** A line that is a date with at most some labels, counters and site words around it: not prose. */
function isDateline(text: string): boolean {
  const rest = text.replace(DATE, '').replace(/[\s|｜/·•:：\-—_()（）[\]【】]+/g, '');
  return charCount(rest) <= 24 && !/[。！？!?]/.test(rest);
}

/** The unlabelled 作者 line right under a title (单位 姓名, or a name alone). */
export function bylineUnderTitle(raw: string): Byline | undefined {
  const labelled = parseByline(raw);
  if (labelled) return labelled;
  // A newspaper's byline mark (□ 何仕元) and a bracketed byline ((环境学院 宋旺旺)) hold the same line.
  const boxed = new RegExp(`^[□■◇◆]\\s*([\\u4E00-\\u9FFF](?:\\s*[\\u4E00-\\u9FFF]){1,3})$`).exec(raw.trim());
  if (boxed?.[1]) return { author: boxed[1].replace(/\s+/g, '') };
  const text = raw.trim().replace(/^[(（]([^()（）]+)[)）]$/, '$1');
  const line = parseAuthorLine(text);
  if (line) return { author: line.author, ...(line.unit ? { unit: line.unit } : {}) };
  // 单位 姓名 with a unit name the table of unit endings does not know (上师大卢实小 应嘉顿).
  const parts = new RegExp(`^([\\u4E00-\\u9FFF]{2,16})[\\s\\u3000]+(${NAME})$`).exec(text);
  if (parts) return { unit: parts[1] ?? '', author: parts[2] ?? '' };
  return undefined;
}

function isoDate(year = '', month = '', day = ''): string | undefined {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Several bylines of one page merged: the first of each field wins. */
export function mergeBylines(bylines: readonly Byline[]): Byline {
  const merged: Byline = {};
  for (const byline of bylines) {
    for (const key of ['author', 'unit', 'source', 'date'] as const) {
      if (merged[key] === undefined && byline[key]) merged[key] = byline[key];
    }
  }
  return merged;
}
