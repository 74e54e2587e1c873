import { guessGenre, looksLikeTitle } from './structure.js';
import type { SourceLine } from './source-lines.js';
import { withText } from './source-lines.js';
import { charCount } from './text-shape.js';

/**
 * A file holding several articles — a compilation (汇编) whose articles
 * open with 第1篇:标题 / 篇一 / 范文2, or a file of several speeches each
 * with its own title — is split into one group of lines per article. The
 * volume title (the line above the first article) is kept aside: it names
 * the collection, not any one article.
 */
export interface ArticleSplit {
  volumeTitle?: string;
  /** Lines before the first article that are not the volume title (a preface), if any. */
  preface: SourceLine[];
  /** Each article's lines, its title first. A file of one article gives one group. */
  articles: SourceLine[][];
}

/** The most a compilation's preface (the site's words before 篇一) holds: a few sentences, never an article. */
const MAX_PREFACE_CHARS = 300;

const NUMBER = '[0-9０-９一二三四五六七八九十百]{1,4}';
/**
 * 第1篇:标题, 第一篇　标题, 【篇一】标题, 篇3：标题, 范文2、标题. Not 材料一/附件一: those name
 * attachments inside one article as often as articles of a compilation.
 */
const ARTICLE_MARKER = new RegExp(
  `^(?:[【\\[〔]?第${NUMBER}篇[】\\]〕]?|[【\\[〔]?(?:篇|范文)${NUMBER}[】\\]〕]?)(?:[：:、.．\\s\\u3000]+|(?=[【\\[“"《\\u4E00-\\u9FFF])|$)(.*)$`,
);
/** 体会一：标题, 心得二 — only with a separator or alone, since 体会一下 is prose. */
const WORD_MARKER = new RegExp(`^[【\\[〔]?(?:体会|心得)${NUMBER}[】\\]〕]?(?:[：:、.．\\s\\u3000]+(.*)|$)`);
/** The marker after the title, as 范文 sites print it: 履职回避报告篇1, 心得体会范文（二）. */
const TRAILING_MARKER = new RegExp(`^(.{2,40}?)\\s*[（(【\\[]?(?:篇|范文)\\s*${NUMBER}[)）】\\]]?$`);

/** The title an article marker line carries ('' when the title is on the next line), or undefined. */
export function matchArticleMarker(text: string): string | undefined {
  const match = ARTICLE_MARKER.exec(text) ?? WORD_MARKER.exec(text) ?? TRAILING_MARKER.exec(text);
  return match ? (match[1] ?? '').trim() : undefined;
}

export function splitArticles(lines: readonly SourceLine[]): ArticleSplit {
  const byMarker = splitAtMarkers(lines);
  if (byMarker) return byMarker;
  const byTitles = splitAtRepeatedTitles(lines);
  if (byTitles) return byTitles;
  return { preface: [], articles: [lines.slice()] };
}

function splitAtMarkers(lines: readonly SourceLine[]): ArticleSplit | undefined {
  const starts = lines.flatMap((line, i) => (matchArticleMarker(line.text) !== undefined ? [i] : []));
  if (starts.length === 1) return oneMarked(lines, starts[0] ?? 0);
  if (starts.length < 2) return undefined;
  const articles = starts.map((start, k) => {
    const group = lines.slice(start, starts[k + 1] ?? lines.length);
    const [marker, ...rest] = group;
    const title = matchArticleMarker(marker?.text ?? '') ?? '';
    // 第1篇 alone on its line: the title is the next line.
    return title === '' || !marker ? rest : [withText(marker, title), ...rest];
  });
  return { ...headBefore(lines.slice(0, starts[0])), articles };
}

/**
 * One 第一篇：标题 in a file (a compilation's page cut after its first article): one article, titled
 * without the marker when the marker leads the text (nothing but its volume title and a short
 * preface above it).
 */
function oneMarked(lines: readonly SourceLine[], start: number): ArticleSplit | undefined {
  const marker = lines[start];
  const title = matchArticleMarker(marker?.text ?? '');
  if (!marker || !title) return undefined;
  const [volume, ...preface] = lines.slice(0, start);
  // Only a volume title and a short preface (以下是小编整理的……) may stand above it.
  if (start > 1 && (!volume || !looksLikeTitle(volume.text) || charCount(preface.map((line) => line.text).join('')) > MAX_PREFACE_CHARS)) return undefined;
  return {
    ...(volume ? { volumeTitle: volume.text } : {}),
    preface,
    articles: [[withText(marker, title), ...lines.slice(start + 1)]],
  };
}

/**
 * Several speeches in one file without markers: title-like lines naming a
 * genre (研讨发言, 心得体会 …) that stand between paragraphs. At least two,
 * so an ordinary file with one title is never split.
 */
function splitAtRepeatedTitles(lines: readonly SourceLine[]): ArticleSplit | undefined {
  const starts = lines.flatMap((line, i) => {
    const previous = lines[i - 1];
    const isTitle =
      looksLikeArticleTitle(line.text) &&
      guessGenre(line.text) !== '其他' &&
      (previous === undefined || /[。！？”]$/.test(previous.text));
    return isTitle ? [i] : [];
  });
  const bodyTitles = starts.filter((start) => start > 1);
  if (bodyTitles.length < 1 || starts.length < 2) return undefined;
  const first = starts[0] ?? 0;
  const articles = starts.map((start, k) => lines.slice(start, starts[k + 1] ?? lines.length));
  return { ...headBefore(lines.slice(0, first)), articles };
}

/** Longest title of an article in a file of several (longer lines naming a genre are sentences about it). */
const MAX_ARTICLE_TITLE_CHARS = 40;

/**
 * A title that opens another speech in the file: a title-like line of 6–40
 * characters that starts with a word (not ……（交流发言完毕）), holds no sentence
 * end inside (……请党组织批阅。（本文写于……）) and does not end by introducing
 * what follows (……总结了以下几种报告：).
 */
function looksLikeArticleTitle(text: string): boolean {
  const chars = charCount(text);
  return (
    looksLikeTitle(text) &&
    chars >= 6 &&
    chars <= MAX_ARTICLE_TITLE_CHARS &&
    /^[\p{Script=Han}“"《【0-9]/u.test(text) &&
    !/[。！？!?]/.test(text) &&
    !/[：:，,]$/.test(text)
  );
}

/** The lines before the first article: a volume title, and anything else as a preface. */
function headBefore(lines: readonly SourceLine[]): Pick<ArticleSplit, 'volumeTitle' | 'preface'> {
  const [first, ...rest] = lines;
  if (first && looksLikeTitle(first.text)) return { volumeTitle: first.text, preface: rest };
  return { preface: lines.slice() };
}
