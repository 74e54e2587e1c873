import type { Byline } from './byline.js';
import { JUNK_RULES, isMenuLine, type JunkRule } from './cleanup-rules.js';
import { removeInlineJunk } from './inline-junk.js';
import { note, type ImportNote } from './notes.js';
import { extractArticle } from './page-extract.js';
import { joinHardWraps, joinPageBreaks } from './page-breaks.js';
import { withText, type SourceLine } from './source-lines.js';
import { charCount, HAN, hanShare, hasSentenceEnd } from './text-shape.js';

/**
 * Cleanup of real-world junk around an article (pure, table-driven: the
 * rules are in cleanup-rules.ts): site navigation, login/VIP/payment/app
 * lines, prices, copyright and link footers, keyword lists, share buttons;
 * page numbers that split a sentence; stray spaces between Chinese
 * characters. Blank lines are already gone (sources become non-empty lines).
 *
 * Cleanup never removes a sentence of the article itself: a line that
 * reads like one (long, Chinese, with sentence punctuation) is kept even
 * when a rule matches it, and noted for review.
 */
export interface CleanupResult {
  lines: SourceLine[];
  notes: ImportNote[];
  /** Page mode: whether the first line is the title found above the body. */
  titled?: boolean;
  /** Page mode: the byline, source and date read off the page. */
  byline?: Byline;
}

export interface CleanupOptions {
  /**
   * The lines are a page (web page, pasted or saved text), not an authored
   * document: extract the article from the site's header, footer and furniture.
   */
  page?: boolean;
}

/** A `short` rule removes lines up to this length; longer ones are only noted. */
const MAX_SHORT_JUNK_CHARS = 40;
/** Longer than this, Chinese, with a sentence end: an article sentence, never removed. */
const MIN_SENTENCE_CHARS = 50;

const readsLikeArticleSentence = (text: string): boolean =>
  charCount(text) > MIN_SENTENCE_CHARS && hanShare(text) > 0.6 && hasSentenceEnd(text);

type Verdict = { action: 'remove' | 'review'; rule: Pick<JunkRule, 'reason'> } | undefined;

export function judgeLine(text: string): Verdict {
  if (isMenuLine(text)) return { action: 'remove', rule: { reason: '网站导航菜单' } };
  for (const rule of JUNK_RULES) {
    if (!rule.pattern.test(text)) continue;
    const removable =
      rule.scope === 'line' ? !readsLikeArticleSentence(text) : charCount(text) <= MAX_SHORT_JUNK_CHARS && !readsLikeArticleSentence(text);
    return { action: removable ? 'remove' : 'review', rule };
  }
  return undefined;
}

export function cleanupLines(lines: readonly SourceLine[], options: CleanupOptions = {}): CleanupResult {
  const notes: ImportNote[] = [];
  let kept: SourceLine[] = [];
  for (const source of lines) {
    const inline = options.page ? removeInlineJunk(source.text) : { text: source.text, removed: [] };
    if (inline.removed.length > 0) {
      const reasons = [...new Set(inline.removed.map((piece) => piece.reason))].join('、');
      const removedText = inline.removed.map((piece) => piece.text);
      if (inline.text === '') {
        notes.push(note('removed', reasons, source.line, source.text));
        continue;
      }
      notes.push({ ...note('removed', `删去了行内的${reasons}：${shownPieces(removedText)}`, source.line, source.text), inline: removedText });
    }
    const line = inline.removed.length > 0 ? withText(source, inline.text) : source;
    const verdict = judgeLine(line.text);
    if (verdict?.action === 'remove') {
      notes.push(note('removed', verdict.rule.reason, line.line, line.text));
      continue;
    }
    if (verdict?.action === 'review') {
      notes.push(note('review', `这一行含有“${verdict.rule.reason}”类内容，但像是正文句子，已保留，请确认。`, line.line, line.text));
    }
    kept.push(line);
  }
  let extracted: Pick<CleanupResult, 'titled' | 'byline'> = {};
  if (options.page) {
    // Hard wraps first: a wrapped paragraph's first line would otherwise look like a heading.
    const unwrapped = joinHardWraps(kept);
    notes.push(...unwrapped.notes);
    const page = extractArticle(unwrapped.lines);
    notes.push(...page.notes);
    kept = page.lines;
    extracted = { ...(page.titled === undefined ? {} : { titled: page.titled }), byline: page.byline };
  }
  const joined = joinPageBreaks(kept);
  notes.push(...joined.notes);
  const spaced = joined.lines.map((line) => {
    const text = removeStraySpaces(line.text);
    return text === line.text ? line : withText(line, text);
  });
  notes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { lines: spaced, notes, ...extracted };
}

const shownPieces = (pieces: readonly string[]): string => {
  const distinct = [...new Set(pieces)];
  return distinct.slice(0, 5).join(' ') + (distinct.length > 5 ? ` 等 ${pieces.length} 处` : '');
};

const SPACE = '[ \\t\\u3000\\u00A0]+';
const CJK_OR_MARK = `[${HAN}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20“”‘’…—]`;
const SPACE_BETWEEN_CJK = new RegExp(`(?<=${CJK_OR_MARK})${SPACE}(?=${CJK_OR_MARK})`, 'g');
/** Letter-spaced text (坚 持 人 民 至 上): three or more single characters separated by spaces. */
const LETTER_SPACED = new RegExp(`(?<![${HAN}])(?:[${HAN}]${SPACE}){2,}[${HAN}](?![${HAN}])`, 'g');

/**
 * Spaces between Chinese characters are stray in body text (copied from
 * PDFs and web pages), but mean something elsewhere: a headline separates
 * its two halves with one (以先行者之姿 书写高质量答卷), a byline its names
 * ((本报记者 李灿 陆乐)). So body lines lose them outside brackets, and short
 * lines only when letter-spaced.
 */
export function removeStraySpaces(text: string): string {
  if (!/[ \t\u3000\u00A0]/.test(text)) return text;
  const isBody = charCount(text) > 30 && hasSentenceEnd(text);
  if (!isBody) return text.replace(LETTER_SPACED, (run) => run.replace(/[ \t\u3000\u00A0]+/g, ''));
  return text.replace(/[（(【\[][^）)】\]]*[）)】\]]|[^（(【\[]+|[（(【\[]/g, (part) =>
    /^[（(【\[].*[）)】\]]$/.test(part) ? part : part.replace(SPACE_BETWEEN_CJK, ''),
  );
}
