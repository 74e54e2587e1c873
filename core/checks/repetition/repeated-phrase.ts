import { isBodyBlock, type BlockView } from '../block-view.js';
import { HAN } from '../characters.js';
import { findingAt } from '../finding.js';
import type { CheckContext, RawFinding, WritingCheck } from '../types.js';
import { splitArticles } from './articles.js';

/**
 * A phrase of four or more characters used more than N times (default 4)
 * in one article. Linear: every four-character window of every run of Han
 * characters is counted once in a Map; only windows over the limit are
 * looked at again, grown to the longest phrase all their uses share
 * (党员干部 → 广大党员干部 when every use has 广大), and a phrase that
 * contains one already reported is not reported again.
 *
 * Not counted: the theme's own words — anything inside the title or the
 * draft's theme, short quoted terms (“千万工程”), the canonical forms of
 * the 规范表述 rules — and names a text must repeat.
 */
const GRAM = 4;
const SHORT_QUOTED_TERM = /“([^“”]{2,10})”/g;
const HAN_RUN = new RegExp(`${HAN}+`, 'g');
const NAMES = ['习近平总书记', '习近平同志', '中国共产党', '中国特色社会主义', '党中央'];
/** Particles and light verbs a phrase should not start or end with (的好经验 is 好经验). */
const LIGHT_EDGE = /^[的了是和与及在把要将也都就并而对从向为]+|[的了是和与及在把要将也都就并而对从向为]+$/g;

interface Run {
  view: BlockView;
  start: number;
  text: string;
}

interface Use {
  run: Run;
  offset: number;
}

function hanRuns(text: string): string[] {
  return text.match(HAN_RUN) ?? [];
}

function ignoredTerms(context: CheckContext, article: readonly BlockView[]): string[] {
  const terms = [...NAMES, ...hanRuns(context.draft.meta.theme)];
  for (const rule of context.canonicalTerms) terms.push(...hanRuns(rule.canonical));
  for (const view of article) {
    if (view.block.type === 'title') terms.push(...hanRuns(view.text));
    for (const m of view.text.matchAll(SHORT_QUOTED_TERM)) terms.push(...hanRuns(m[1] ?? ''));
  }
  return terms;
}

/** Grows a phrase while every use has the same character on that side. */
function grow(found: readonly Use[], gramLength: number): { uses: readonly Use[]; length: number } {
  let uses = found;
  let length = gramLength;
  const allSame = (pick: (use: Use) => string | undefined): boolean => {
    const first = pick(uses[0]!);
    return first !== undefined && uses.every((use) => pick(use) === first);
  };
  while (allSame((use) => use.run.text[use.offset + length])) length++;
  while (allSame((use) => (use.offset > 0 ? use.run.text[use.offset - 1] : undefined))) {
    uses = uses.map((use) => ({ run: use.run, offset: use.offset - 1 }));
    length++;
  }
  return { uses, length };
}

/**
 * How many characters of the phrase at `offset` in `run` lie outside the
 * ignored terms found there: 是习近平 around 习近平总书记 has one.
 */
function ownWords(run: string, offset: number, length: number, ignored: readonly string[]): number {
  const inTerm = new Array<boolean>(length).fill(false);
  for (const term of ignored) {
    for (let at = run.indexOf(term); at >= 0; at = run.indexOf(term, at + 1)) {
      for (let i = Math.max(at, offset); i < Math.min(at + term.length, offset + length); i++) inTerm[i - offset] = true;
    }
  }
  return inTerm.filter((covered) => !covered).length;
}

function articleFindings(context: CheckContext, article: readonly BlockView[]): RawFinding[] {
  const limit = context.phraseRepeatLimit;
  const runs: Run[] = [];
  for (const view of article) {
    if (!isBodyBlock(view.block)) continue;
    for (const m of view.text.matchAll(HAN_RUN)) if (m[0].length >= GRAM) runs.push({ view, start: m.index, text: m[0] });
  }
  const counts = new Map<string, number>();
  for (const run of runs) {
    for (let i = 0; i + GRAM <= run.text.length; i++) {
      const gram = run.text.slice(i, i + GRAM);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  const frequent = new Map<string, Use[]>();
  for (const [gram, count] of counts) if (count > limit) frequent.set(gram, []);
  if (frequent.size === 0) return [];
  for (const run of runs) {
    for (let i = 0; i + GRAM <= run.text.length; i++) frequent.get(run.text.slice(i, i + GRAM))?.push({ run, offset: i });
  }

  const ignored = ignoredTerms(context, article);
  const covered = new Set<string>();
  const reported: string[] = [];
  const findings: RawFinding[] = [];
  const byCount = [...frequent.entries()].sort((a, b) => b[1].length - a[1].length);
  for (const [gram, gramUses] of byCount) {
    if (covered.has(gram)) continue;
    const { uses, length } = grow(gramUses, GRAM);
    const first = uses[0]!;
    const grown = first.run.text.slice(first.offset, first.offset + length);
    for (let i = 0; i + GRAM <= grown.length; i++) covered.add(grown.slice(i, i + GRAM));
    const lead = /^[的了是和与及在把要将也都就并而对从向为]*/.exec(grown)?.[0].length ?? 0;
    const phrase = grown.replace(LIGHT_EDGE, '');
    if (phrase.length < GRAM || ignored.some((term) => term.includes(phrase))) continue;
    if (ownWords(first.run.text, first.offset + lead, phrase.length, ignored) < GRAM) continue;
    if (reported.some((p) => phrase.includes(p))) continue;
    reported.push(phrase);
    const over = uses[limit] ?? first;
    const start = over.run.start + over.offset + lead;
    findings.push(
      findingAt(over.run.view, {
        id: 'repeat.phrase',
        kind: '重复',
        severity: 'info',
        message: `“${phrase}”在本篇用了${uses.length}次，用得较多，可换个说法`,
        start,
        end: start + phrase.length,
      }),
    );
  }
  return findings;
}

export const repeatedPhrases: WritingCheck = {
  name: 'repeat.phrase',
  run: (context) => splitArticles(context.views, context.articleOf).flatMap((article) => articleFindings(context, article)),
};
