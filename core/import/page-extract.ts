import { matchArticleMarker } from './articles.js';
import { JUNK_RULES } from './cleanup-rules.js';
import { bylineUnderTitle, mergeBylines, parseByline, type Byline } from './byline.js';
import { matchLineMarker } from './markers.js';
import { note, type ImportNote } from './notes.js';
import { pageNumberOfLine } from './page-breaks.js';
import { withText, type SourceLine } from './source-lines.js';
import { charCount, hanShare } from './text-shape.js';
import { bodyPairs, brokenTitleHalves, chooseTitle, isFieldLine, numberedTitle, splitNamedTitle, type TitleCandidate } from './page-title.js';

/**
 * Article extraction from a scraped page that has become lines (the
 * jusText / trafilatura family of methods, written for Chinese pages):
 *
 * 1. Each line is classed from its shape alone — prose (long, Chinese,
 *    punctuated), a heading-like short line, page furniture (dates, phones,
 *    counters, sizes, separator rows, lines without Chinese), or short.
 * 2. The article body is the densest run of prose: the segment of lines
 *    with the largest sum of weights (prose counts for, furniture against),
 *    found in one pass (Kadane), so a few headings or a stray counter inside
 *    the body do not cut it.
 * 3. Above the body: the title is the heading-like line nearest above it
 *    (cleaned of site suffixes), a compilation's volume title above that;
 *    bylines and datelines go into the metadata; the rest is the site's
 *    header and goes. Below the body, furniture and everything after it
 *    goes, except prose. Inside the body only certain furniture goes.
 *
 * Nothing that reads like prose is removed by position alone: such a line
 * is kept and marked for review.
 */
export type LineClass = 'prose' | 'heading' | 'short' | 'furniture';

export interface PageExtract {
  /** The article's lines, its title first when one was found. */
  lines: SourceLine[];
  /** Whether `lines[0]` is the title found above the body (false: the page has none; undefined: no body was found). */
  titled?: boolean;
  byline: Byline;
  notes: ImportNote[];
}

const MIN_PROSE_CHARS = 15;
/** A short line with a sentence end is still prose (一是提高认识。认识是前提。). */
const MIN_SENTENCE_CHARS = 8;
const MAX_TITLE_CHARS = 60;
const MAX_QUESTION_TITLE_CHARS = 40;
/** How far above the body the title is looked for (header lines, skipping furniture). */
const MAX_TITLE_DISTANCE = 8;
/** A site's intro paragraphs above an article's title: at most this many. */
const MAX_INTRO_LINES = 3;
/** A line this long after the body, not furniture, may be the body's last words cut off: kept. */
const MIN_CUT_TEXT_CHARS = 8;

const PHONE = /(?<!\d)(?:400-?\d{3}-?\d{4}|0\d{2,3}-\d{7,8}|1[3-9]\d{9}|\d{3}-\d{3,4}-\d{4})(?!\d)|(?:客服|电话|热线|QQ|微信)\s*[:：]?\s*\d{5,}/i;
/** Counters, sizes and prices: 阅读(5.34K), 浏览：123, 24.50 KB, 共计6026个字, 销售 12件, 9.9元. */
const COUNTER =
  /(?:阅读|浏览|评论|点击|下载|收藏|点赞|热度|人气|销量|已售|销售)\s*[(（:：]?\s*\d|\d(?:\.\d+)?\s*[kKwW万]?\s*[)）]\s*$|\d+(?:\.\d+)?\s*[KMG]B\b|共计?\s*\d+\s*个?字|阅读时长|\d+(?:\.\d+)?\s*元(?:\/|\s|$)|\d+\s*(?:件|人已?(?:学习|购买|下载|阅读|浏览))/;
const SEPARATOR = /[|｜>＞»›·•◆■▪→]/g;
const MAX_MENU_ITEM_CHARS = 10;
const SITE_DATE = /(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?/;
const SENTENCE_PUNCT = /[。！？!?；;]/;
const COMMA = /[，,]/g;
/** A long line without a single mark of Chinese prose is a keyword or spam list (…一区二区-…-…), not a sentence. */
const PROSE_MARK = /[、：“”‘’《》（）…—]/;
/** The voice of the site, not of the article: 小编, 本站, “以下是…整理的”, “供大家参考”. */
const SITE_VOICE = /小编|本站|本网站|记住(?:我|我们|本站)|(?:以下|下面)是.{0,40}(?:整理|收集|分享|精选|推荐)|供大家参考|欢迎(?:大家)?(?:阅读|借鉴|参考|下载)|仅供参考|希望对(?:你|您|大家)有所帮助|欢迎(?:访问|光临|来到)|立即(?:了解|购买|下载|咨询|开通|领取|体验)|免费(?:领取|试用)|由会员分享|可在线阅读|在线阅读.{0,20}更多相关|仅供预览|内容可能不全|下载(?:前|之前|后的文档)|请(?:点击|长按|扫描|扫码)|扫一扫/;
/** Lines hidden from visitors and placeholders of paywalls: ---此处隐藏3464字---, (开头部分已省略436字), 此处内容需要权限查看. */
const HIDDEN = /隐藏\s*\d+\s*字|已省略\s*\d*\s*字|需要(?:权限|登录|登陆|付费|购买)|您需要先登录|下载后查看|读取内容中|请等待|预览结束|试读结束|获取全文|(?:配套|相关)讲稿[：:]?$|^[-—–\s]*(?:配套|相关)|全文共?\s*\d+\s*字|仅显示\s*\d+\s*字|[（(]未完/;

export function classifyLine(text: string): LineClass {
  const chars = charCount(text);
  const han = hanShare(text);
  const sentence = SENTENCE_PUNCT.test(text);
  // Page numbers are the page-break joiner's to remove: it rejoins the sentence they split.
  if (pageNumberOfLine(text) !== undefined) return 'short';
  if (HIDDEN.test(text) && chars <= 60) return 'furniture';
  if (han < 0.25 && matchLineMarker(text) === undefined) return 'furniture';
  if (!sentence && (PHONE.test(text) || COUNTER.test(text))) return 'furniture';
  // A page's dateline has a clock time or a numeric date (2019-07-02); 会议时间：2024年6月20日 is a record's.
  if (!sentence && SITE_DATE.test(text) && chars <= 60) return 'furniture';
  if (!sentence && SEPARATOR_ROW(text)) return 'furniture';
  if (!sentence && /(?:https?:\/\/|www\.)\S|\.(?:com|cn|net|org)\b/i.test(text)) return 'furniture';
  if (SITE_VOICE.test(text)) return 'furniture';
  // A question standing alone is a headline (为什么要向党组织作思想汇报?), not a sentence of prose.
  if (chars <= MAX_QUESTION_TITLE_CHARS && han >= 0.5 && /^[^。！？!?；;，,]+[?？]$/.test(text)) return 'heading';
  const commas = text.match(COMMA)?.length ?? 0;
  if (han >= 0.5 && ((sentence && chars >= MIN_SENTENCE_CHARS) || (chars >= MIN_PROSE_CHARS && commas >= 1) || (chars >= 50 && PROSE_MARK.test(text)))) return 'prose';
  if (chars <= MAX_TITLE_CHARS && han >= 0.5 && !sentence) return 'heading';
  return 'short';
}

const WEIGHT: Record<LineClass, (chars: number) => number> = {
  prose: (chars) => 1 + Math.min(chars, 300) / 60,
  heading: () => -0.4,
  short: () => -0.8,
  furniture: () => -3,
};

/** The densest run of prose: the index range with the largest sum of weights (Kadane, linear). */
export function densestRun(classes: readonly LineClass[], lines: readonly SourceLine[]): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestSum = 0;
  let start = 0;
  let sum = 0;
  classes.forEach((cls, i) => {
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += WEIGHT[cls](charCount(lines[i]?.text ?? ''));
    if (sum > bestSum && cls === 'prose') {
      bestSum = sum;
      best = [start, i];
    }
  });
  if (!best) return undefined;
  // The run starts at its first prose line: headings before it are the header's to judge.
  let [first, last] = best;
  while (first < last && classes[first] !== 'prose') first++;
  return [first, last];
}

/** Site suffixes and file names around a page's title: “_范文网”, “ - 第一范文网”, “(共十篇).docx”. */
export function cleanTitle(text: string): string {
  let title = text
    .replace(/\.(?:docx?|pdf|txt|wps)$/i, '')
    .replace(/[（(]共[0-9一二三四五六七八九十]{1,3}篇[）)]$/, '')
    .replace(/[（(]\d+字[）)]$/, '')
    .replace(/\s*[_|｜–—-]+\s*[^_|｜–—\-\s]{1,16}(?:网|站|文库|范文|网站|大全|频道)$/, '')
    .replace(/^\[[^\]]{1,6}\]|\[[^\]]{1,6}\]$/g, '')
    .trim();
  // A category word printed before the title and again at its start: “党课讲稿 党课讲稿：…”.
  const repeated = /^(\S{2,8})\s+(?=\1)/.exec(title);
  if (repeated) title = title.slice(repeated[0].length);
  return title;
}

const canonical = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');
const isSalutation = (text: string): boolean => charCount(text) <= 16 && /[：:]$/.test(text) && !/提示|说明|声明|公告|推荐|阅读|下载/.test(text);
const isSubtitle = (text: string): boolean => /^[—–－-]{1,2}|^――/.test(text);
const isVolumeTitle = (text: string): boolean => /[0-9一二三四五六七八九十两]+篇|共.{1,3}篇|范文大全|合集|汇编/.test(text);
const titleCandidate = (text: string): boolean =>
  charCount(text) >= 4 && charCount(text) <= MAX_TITLE_CHARS && hanShare(text) >= 0.5 && !/[。；;！!]$/.test(text) && !/[，,]$/.test(text) && matchLineMarker(text) === undefined;

export function extractArticle(lines: readonly SourceLine[]): PageExtract {
  const notes: ImportNote[] = [];
  const repeated = repeatedTexts(lines);
  // A paragraph printed twice is the page's description or a teaser, not the article's prose.
  const classes = lines.map((line): LineClass => {
    const cls = classifyLine(line.text);
    return cls === 'prose' && repeated.has(repeatKey(line.text)) ? 'furniture' : cls;
  });
  const run = densestRun(classes, lines);
  if (!run) {
    // No prose at all: the page furniture still goes (a page of menus only then has nothing left).
    const kept = lines.filter((line, i) => {
      if (classes[i] !== 'furniture') return true;
      notes.push(note('removed', '网页内容（不是正文）', line.line, line.text));
      return false;
    });
    return { lines: kept, byline: {}, notes };
  }
  let [first] = run;
  const [, last] = run;
  const bylines: Byline[] = [];
  const remove = new Set<SourceLine>();
  const drop = (line: SourceLine, reason: string) => {
    remove.add(line);
    notes.push(note('removed', reason, line.line, line.text));
  };

  // Lines right above the first prose that open the body: numbered headings, a salutation (同志们：).
  while (first > 0) {
    const above = lines[first - 1] as SourceLine;
    if (classes[first - 1] === 'furniture' || numberedTitle(above.text) !== undefined) break;
    if (!(matchLineMarker(above.text)?.kind === 'heading' || isSalutation(above.text))) break;
    first--;
  }

  // No title above the run, but a heading right inside its start (after a site's intro paragraph or two):
  // the body starts after that heading, which the header walk then takes for the title.
  const above = lines.slice(Math.max(0, first - MAX_TITLE_DISTANCE), first);
  const titleAbove = above.some((line) => (titleCandidate(line.text) && classifyLine(line.text) !== 'furniture') || matchArticleMarker(line.text) !== undefined);
  if (!titleAbove) {
    for (let j = first + 1; j <= Math.min(last, first + MAX_INTRO_LINES); j++) {
      const text = lines[j]?.text ?? '';
      if (matchArticleMarker(text) !== undefined) break;
      if (classes[j] !== 'heading' || !titleCandidate(text)) continue;
      // Only an intro that announces the article (…编发如下：) hands the body to the heading under it.
      if (!/[：:]$/.test(lines[j - 1]?.text ?? '')) break;
      let start = j + 1;
      while (start <= last && classes[start] !== 'prose') start++;
      if (start <= last && start - j <= 3) first = start;
      break;
    }
  }

  // Header: the title is chosen among the lines above the body (page-title.ts); then, walking up,
  // bylines go to the metadata, a subtitle and prose stay, a compilation's volume title is kept
  // above the title, and the rest is the site's.
  const header = lines.slice(0, first);
  const chosen = chooseHeaderTitle(header, classes, lines.slice(first, last + 1));
  const title = chosen ? header[chosen.index] : undefined;
  const titleIndex = chosen?.index ?? -1;
  if (chosen?.author) bylines.push({ author: chosen.author });
  let volume: SourceLine | undefined;
  for (let i = header.length - 1; i >= 0; i--) {
    const line = header[i] as SourceLine;
    if (i === titleIndex) continue;
    // The second half of a title broken over two lines is part of the title.
    if (chosen?.joinsNext && i === titleIndex + 1) {
      remove.add(line);
      continue;
    }
    const belowTitle = i > titleIndex;
    const marker = matchArticleMarker(line.text) !== undefined;
    const underTitle = belowTitle && (i === titleIndex + 1 || (i === header.length - 1 && i > 0));
    const byline = marker ? undefined : belowTitle ? bylineUnderTitleOrLabelled(line.text, underTitle) : parseByline(line.text);
    if (byline) {
      bylines.push(byline);
      drop(line, '署名、来源或日期：已移入稿件信息');
      continue;
    }
    const usable = classes[i] !== 'furniture' && titleCandidate(line.text) && !SITE_VOICE.test(line.text) && !HIDDEN.test(line.text);
    // A subtitle (——在…的讲话) between the title and the body stays as the body's first line.
    if (belowTitle && ((isSubtitle(line.text) && classes[i] !== 'furniture') || (chosen?.keepsNext && i === titleIndex + 1))) continue;
    const titleMarker = title !== undefined && matchArticleMarker(title.text) !== undefined;
    // Above a compilation's first 第1篇 or a title, its volume title (…2篇, 汇编).
    if (title && !belowTitle && !volume && (usable || classes[i] === 'heading') && (titleMarker || isVolumeTitle(line.text)) && !sameOrWithin(line.text, title.text)) {
      volume = line;
      continue;
    }
    // Prose above the title with the site's words (download notices, 客服) is the site's; other prose is kept for review.
    if (classes[i] === 'prose' && !SITE_VOICE.test(line.text) && !HIDDEN.test(line.text) && !(title && !belowTitle && JUNK_RULES.some((rule) => rule.pattern.test(line.text)))) {
      notes.push(note('review', '这一段在正文之前，像是网站内容，但也像正文句子，已保留，请确认。', line.line, line.text));
      continue;
    }
    drop(line, '网页开头的网站内容（导航、网站名、工具栏等）');
  }

  // Body: only certain furniture goes; a repeat of the title goes; a labelled byline goes to the metadata.
  const titleKey = title ? canonical(cleanTitle(title.text)) : undefined;
  for (let i = first; i <= last; i++) {
    const line = lines[i] as SourceLine;
    const byline = classes[i] === 'prose' ? undefined : parseByline(line.text);
    if (byline && (byline.author || byline.source)) {
      bylines.push(byline);
      drop(line, '署名、来源或日期：已移入稿件信息');
    } else if (titleKey !== undefined && canonical(line.text) === titleKey) drop(line, '重复的标题');
    else if (classes[i] === 'furniture' && (HIDDEN.test(line.text) || !/[\u4E00-\u9FFF]{2}/.test(line.text) || SEPARATOR_ROW(line.text))) {
      drop(line, '正文中的网页内容（付费提示、计数、乱码等）');
    }
  }

  // Footer: prose, numbered headings and a signature (name, unit, date) stay; a byline goes to the
  // metadata and ends the article; any other short line below the last prose is the site's.
  let ended = false;
  for (let i = last + 1; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    // Another article of a compilation starts: the rest is article text, not a footer.
    if (!ended && matchArticleMarker(line.text) !== undefined) break;
    const byline = parseByline(line.text);
    if (byline && (byline.author || byline.source)) {
      bylines.push(byline);
      drop(line, '署名、来源或日期：已移入稿件信息');
      ended = true;
      continue;
    }
    if (classes[i] === 'furniture' || SITE_VOICE.test(line.text)) ended = true;
    if (classes[i] === 'prose' && !SITE_VOICE.test(line.text) && !HIDDEN.test(line.text)) {
      if (ended) notes.push(note('review', '这一段在网页内容之后，可能不属于正文，已保留，请确认。', line.line, line.text));
      continue;
    }
    if (!ended && (matchLineMarker(line.text) !== undefined || isSignatureLine(line.text))) continue;
    // Text cut off where the stored page ends (…规范和处理党): kept, for a person to check.
    if (!ended && classes[i] !== 'furniture' && charCount(line.text) >= MIN_CUT_TEXT_CHARS && hanShare(line.text) >= 0.5) {
      notes.push(note('review', '这一行在正文之后，像是被截断的正文，已保留，请确认。', line.line, line.text));
      continue;
    }
    drop(line, '网页结尾的网站内容（推荐、评论、页脚等）');
  }

  const kept = lines.filter((line) => !remove.has(line));
  const out = title && chosen ? [withText(title, chosen.text), ...kept.filter((line) => line !== title)] : kept;
  // The volume title stays above the first article's title, where the article split looks for it.
  const ordered = volume && title ? [volume, ...out.filter((line) => line !== volume)] : out;
  return { lines: ordered, titled: title !== undefined, byline: mergeBylines(bylines), notes };
}

/** A line's text as compared for repeats: without leading dashes, bullets and spaces. */
const repeatKey = (text: string): string => canonical(text.replace(/^[\p{P}\p{S}\s]+/u, ''));

/** Whether one text holds the other (spaces and width aside). */
const sameOrWithin = (a: string, b: string): boolean => {
  const [x, y] = [canonical(a), canonical(b)];
  return x.includes(y) || y.includes(x);
};

/** Texts (dashes and spaces aside) that stand on more than one line of the page. */
function repeatedTexts(lines: readonly SourceLine[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const line of lines) {
    const key = repeatKey(line.text);
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return twice;
}

/** A signature under an article: a date (2023年6月26日), a name, a unit with a name. */
const isSignatureLine = (text: string): boolean =>
  /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/.test(text) ||
  /^[\u4E00-\u9FFF]{2,3}$/.test(text) ||
  (/\s/.test(text) && bylineUnderTitle(text) !== undefined) || /(?:委员会|党委|党组|支部|局|厅|办公室|中心|公司|学校|学院|医院)$/.test(text);

/** A menu or breadcrumb row: short items between separators (a table row's cells are longer). */
const SEPARATOR_ROW = (text: string): boolean => {
  if ((text.match(SEPARATOR)?.length ?? 0) < 2) return false;
  const items = text.split(SEPARATOR).map((item) => item.trim()).filter(Boolean);
  return items.length === 0 || items.reduce((sum, item) => sum + charCount(item), 0) / items.length <= MAX_MENU_ITEM_CHARS;
};

/** Words of titles, never of names: a short title (调研心得) is not taken for a byline. */
const TITLE_WORDS = /心得|体会|发言|讲话|报告|材料|汇报|党课|总结|讲稿|观后感|感悟|思考|研讨|学习|工作|教育|建设|精神/;

/** Right under a title (the line just above the body) an unlabelled 单位 姓名 line is a byline too. */
function bylineUnderTitleOrLabelled(text: string, underTitle: boolean): Byline | undefined {
  if (!underTitle || charCount(text) > 24 || TITLE_WORDS.test(text)) return parseByline(text);
  return bylineUnderTitle(text);
}

/** Titles are looked for among this many body lines' text (enough to know what the article is about). */
const BODY_SAMPLE_LINES = 30;

interface ChosenTitle {
  index: number;
  /** The title as it reads: cleaned of site words, both halves of a broken title, without an author's name before it. */
  text: string;
  /** The author named before the title (李建明：学习党章心得体会). */
  author?: string;
  /** The title continues on the next line. */
  joinsNext?: boolean;
  /** The next line is the title's subtitle and stays as the body's first line. */
  keepsNext?: boolean;
}

/**
 * The header line that is the article's title. A compilation marker (第1篇) nearest the body is taken as
 * it stands; otherwise the title-like lines up to MAX_TITLE_DISTANCE above the body are scored
 * (page-title.ts) against what the body says.
 */
function chooseHeaderTitle(header: readonly SourceLine[], classes: readonly LineClass[], body: readonly SourceLine[]): ChosenTitle | undefined {
  const candidates: (TitleCandidate & ChosenTitle)[] = [];
  for (let i = header.length - 1; i >= 0 && header.length - i <= MAX_TITLE_DISTANCE; i--) {
    const text = (header[i] as SourceLine).text;
    if (matchArticleMarker(text) !== undefined) {
      if (candidates.length === 0) return { index: i, text: cleanTitle(text) };
      continue;
    }
    const named = splitNamedTitle(text);
    const own = numberedTitle(text) ?? named?.title ?? text;
    const usable =
      classes[i] !== 'furniture' && titleCandidate(own) && !SITE_VOICE.test(text) && !HIDDEN.test(text) && !isSubtitle(text) && !isFieldLine(text, [header[i - 1]?.text, header[i + 1]?.text]) && parseByline(text) === undefined;
    if (!usable) continue;
    // The page's <title> repeats the headline (with site words or a subtitle's wording) farther up: the nearer copy is the article's.
    const repeatedNearer = header.some((nearer, j) => j > i && classes[j] !== 'furniture' && charCount(nearer.text) >= 4 && sameOrWithin(nearer.text, own));
    if (repeatedNearer) continue;
    const next = header[i + 1]?.text;
    const joinsNext = next !== undefined && brokenTitleHalves(own, next);
    const below = header[joinsNext ? i + 2 : i + 1]?.text;
    // The lower half of a broken title is no title of its own.
    if (joinsNext && candidates[candidates.length - 1]?.index === i + 1) candidates.pop();
    candidates.push({
      index: i,
      text: cleanTitle(joinsNext ? own + next : own),
      ...(named ? { author: named.author } : {}),
      ...(joinsNext ? { joinsNext } : {}),
      ...(below !== undefined && isSubtitle(below) ? { aboveSubtitle: true } : {}),
      ...(below === undefined ? { adjacent: true } : {}),
    });
  }
  const sample = body.slice(0, BODY_SAMPLE_LINES).map((line) => line.text).join('');
  const best = chooseTitle(candidates, bodyPairs(sample));
  return best && { ...best.candidate, ...(best.keepsNext ? { keepsNext: true } : {}) };
}

