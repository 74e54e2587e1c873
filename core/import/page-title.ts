import { charCount, HAN } from './text-shape.js';

/**
 * Which header line above an article's body is its title. A page's header
 * holds the site's name, menus, toolbars (放大 缩小 默认), a <title> copy
 * with the site's words, bylines and the real title; the nearest heading
 * above the body is often not the title. Each candidate is scored on
 * features that carry from site to site rather than on any site's strings:
 *
 * - how many of its character pairs occur in the body (a title speaks of
 *   what the article speaks of; a menu or a site name does not),
 * - words that name the genre (心得体会, 发言, 党课 …),
 * - toolbar and site words (打印, 字号, …网, 频道), which a title never has,
 * - its distance from the body (the nearest wins a tie).
 */
export interface TitleCandidate {
  /** Index in the header. */
  index: number;
  text: string;
  /** A subtitle (——在…的讲话) stands right under it: the layout of a title. */
  aboveSubtitle?: boolean;
  /** The body starts right under it. */
  adjacent?: boolean;
}

/** Words of this genre's titles: the kind of text (心得体会, 讲话) or its usual subject (学习, 精神). */
export const GENRE_WORDS =
  /心得|体会|感悟|感想|发言|讲话|讲稿|党课|报告|材料|汇报|总结|观后感|读后感|演讲|致辞|主持词|述职|对照|检视|剖析|研讨|交流|学习|精神|思想|党性|初心|使命/;
/** Page tools and app prompts: never in a title. */
const TOOLBAR = /放大|缩小|默认|字号|字体|护眼|关灯|打印|纠错|投稿|收藏|分享|返回|首页|上一[篇页]|下一[篇页]|主屏幕|客户端|APP|扫一扫|登录|注册|书签|书架|目录/i;
/** A site or column name inside the line: 共产党员网 先锋文汇, 理论频道. */
const SITE_NAME = /[\u4E00-\u9FFF]网(?:\s|$)|网站|频道|栏目|文库|范文网|(?:移动|手机|电脑|网页)版/;
const HAN_PAIR = new RegExp(`[${HAN}]{2}`);

const pairs = (text: string): string[] => {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = (chars[i] ?? '') + (chars[i + 1] ?? '');
    if (HAN_PAIR.test(pair)) out.push(pair);
  }
  return out;
};

/** The body's character pairs, for scoring candidates against (built once per page). */
export function bodyPairs(bodyText: string): Set<string> {
  return new Set(pairs(bodyText));
}

/** Share of a line's character pairs that occur in the body. */
export function overlapWithBody(text: string, body: ReadonlySet<string>): number {
  const own = pairs(text);
  if (own.length === 0) return 0;
  return own.filter((pair) => body.has(pair)).length / own.length;
}

const DISTANCE_PENALTY = 0.3;
const SUBTITLE_BONUS = 2;
const MIN_OVERLAP = 0.15;

export function titleScore(text: string, distance: number, body: ReadonlySet<string>): number {
  let score = 2 * overlapWithBody(text, body) - DISTANCE_PENALTY * distance;
  if (GENRE_WORDS.test(text)) score += 1;
  if (TOOLBAR.test(text)) score -= 3;
  if (SITE_NAME.test(text)) score -= 1.5;
  // Several short words separated by spaces: a row of buttons or tags, not a headline's two halves.
  const words = text.trim().split(/\s+/);
  if (words.length >= 3 && words.every((word) => charCount(word) <= 4)) score -= 2;
  return score;
}

/** A title-like line: it shares words with the body or names the genre, and is no toolbar or site name. */
const plausible = (text: string, body: ReadonlySet<string>): boolean =>
  (overlapWithBody(text, body) >= MIN_OVERLAP || GENRE_WORDS.test(text)) && !TOOLBAR.test(text) && !SITE_NAME.test(text);

/** The upper of two headline lines is a title over its subtitle, not a shortened copy or a category above a title. */
const MIN_HEADLINE_CHARS = 8;
const headlineOverSubtitle = (upper: string, lower: string): boolean =>
  charCount(upper) >= MIN_HEADLINE_CHARS && !/[：:\-_|｜]/.test(upper) && !lower.includes(upper) && !upper.includes(lower);

/**
 * The best-scoring candidate; candidates are ordered from the body upwards (distance = position).
 * `keepsNext`: the title is the upper of a news headline and its subtitle (以先行者之姿 书写高质量答卷 /
 * 浙江深入开展…综述), both right above the body; the subtitle stays as the body's first line.
 */
export function chooseTitle<T extends TitleCandidate>(candidates: readonly T[], body: ReadonlySet<string>): { candidate: T; keepsNext: boolean } | undefined {
  const [lower, upper] = candidates;
  const headline =
    lower?.adjacent === true && upper?.index === lower.index - 1 && plausible(lower.text, body) && plausible(upper.text, body) && headlineOverSubtitle(upper.text, lower.text)
      ? upper
      : undefined;
  if (headline) return { candidate: headline, keepsNext: true };
  let best: T | undefined;
  let bestScore = -Infinity;
  candidates.forEach((candidate, distance) => {
    // A line that shares almost nothing with the body and names no genre is the site's (优秀实用范文分享),
    // unless it stands right above the body or a subtitle, as a title does (肝胆相映照 千古悠悠情).
    if (!candidate.aboveSubtitle && !candidate.adjacent && overlapWithBody(candidate.text, body) < MIN_OVERLAP && !GENRE_WORDS.test(candidate.text)) return;
    const score = titleScore(candidate.text, distance, body) + (candidate.aboveSubtitle ? SUBTITLE_BONUS : 0);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  });
  return best && { candidate: best, keepsNext: false };
}

/** Common surnames (the hundred commonest cover most of the population): a 2–3 character label starting with one is a name. */
const SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'],
);

/**
 * A title printed after its author's name, “李建明：学习党章心得体会”: the name
 * and the title apart. A field line (时间：…, 学习内容：…) has no surname label and
 * is not a title at all.
 */
export function splitNamedTitle(text: string): { author: string; title: string } | undefined {
  const match = /^([\u4E00-\u9FFF]{2,3})[：:]\s*(.+)$/.exec(text);
  if (!match?.[1] || !match[2] || !SURNAMES.has(match[1][0] ?? '') || !GENRE_WORDS.test(match[2])) return undefined;
  return { author: match[1], title: match[2] };
}

const FIELD_LABEL = /^([^：:\s]{1,6})[：:]/;

/**
 * A record's field line (时间：…, 地点：…, 学习内容：…, 字号：): a short label with nothing after it,
 * or one of a run of lines with different labels. A title with a category before a colon
 * (党课讲稿：…, 新华网评：…) stands alone.
 */
export function isFieldLine(text: string, neighbours: readonly (string | undefined)[]): boolean {
  const label = FIELD_LABEL.exec(text)?.[1];
  if (label === undefined || splitNamedTitle(text) !== undefined) return false;
  if (/[：:]\s*$/.test(text)) return true;
  return neighbours.some((other) => {
    const otherLabel = other === undefined ? undefined : FIELD_LABEL.exec(other)?.[1];
    return otherLabel !== undefined && otherLabel !== label;
  });
}

/** Compound names of the genre, long enough that a line break inside one is a wrap, not a new line. */
const GENRE_COMPOUNDS = /对照检查|检查材料|心得体会|学习体会|研讨发言|交流发言|发言材料|讲话稿|党课讲稿|思想汇报|述职报告|民主生活会|组织生活会|观后感|读后感|主持词|剖析材料/g;

/**
 * A title hard-broken over two lines (…民主生活会对照检 / 查材料(含案例)): a
 * compound genre word runs across the break.
 */
export function brokenTitleHalves(upper: string, lower: string): boolean {
  const joined = upper + lower;
  for (const word of joined.matchAll(GENRE_COMPOUNDS)) {
    if (word.index < upper.length && word.index + word[0].length > upper.length) return true;
  }
  return false;
}

/** A title ends with the name of its kind: …学习心得, …观后感, …发言材料, …讲话(摘要). */
const GENRE_ENDING = /(?:心得|体会|感悟|感想|发言|讲话|讲稿|党课|报告|材料|汇报|总结|观后感|读后感|演讲稿?|致辞|主持词)(?:[（(][^）)]*[）)])?$/;

/**
 * A title under a document-sharing site's chunk counter, “3、小学教师两学一做学习心得”: the title without
 * its number. A numbered heading of the article (1、提高思想认识) does not end with the genre's name.
 */
export function numberedTitle(text: string): string | undefined {
  const match = /^\d{1,3}[、.．]\s*(.+)$/.exec(text);
  return match?.[1] && GENRE_ENDING.test(match[1]) && !/[。；;！!，,]/.test(match[1]) ? match[1] : undefined;
}
