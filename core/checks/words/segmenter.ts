/**
 * Word segmentation for the checks that need word boundaries (的/地/得,
 * redundant wording): jieba (jieba-wasm), loaded by the host — under Node by
 * core/node/segmenter.ts, in the renderer by its own loader — and handed in
 * here with `useSegmenter`. Until one is loaded those checks stay silent:
 * a character window would flag across word boundaries (来自于 in 来自于是).
 */
export interface Word {
  word: string;
  /** jieba's part of speech: v verb, vn verbal noun, a adjective, ad adverbial adjective, d adverb, n noun, uj 的 … */
  tag: string;
  start: number;
  end: number;
}

/** jieba's tag(): words with parts of speech, covering the text in order. */
export type TagFunction = (text: string) => readonly { word: string; tag: string }[];

let tagger: TagFunction | undefined;

/**
 * Clauses already segmented. Drafts repeat clauses (and a pasted text may
 * repeat one thousands of times); a keystroke changes one: the rest are
 * looked up. Cleared when full, so memory stays bounded.
 */
const cache = new Map<string, readonly Word[]>();
const CACHE_LIMIT = 20_000;

export function useSegmenter(tag: TagFunction | undefined): void {
  tagger = tag;
  cache.clear();
}

export const segmenterLoaded = (): boolean => tagger !== undefined;

/** The words of a clause (no sentence punctuation inside), with offsets; undefined without a segmenter. */
export function wordsOf(clause: string): readonly Word[] | undefined {
  if (!tagger) return undefined;
  const cached = cache.get(clause);
  if (cached) return cached;
  const words: Word[] = [];
  let at = 0;
  for (const { word, tag } of tagger(clause)) {
    // jieba covers the text in order; search only if it ever skipped characters.
    const start = clause.startsWith(word, at) ? at : clause.indexOf(word, at);
    if (start < 0) continue;
    words.push({ word, tag, start, end: start + word.length });
    at = start + word.length;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(clause, words);
  return words;
}

const CLAUSE_END = /[。！？；，：、,.!?;:\n“”‘’「」《》（）()\s]/;
/** How far either side of a spot the words are read: enough for a word or two around it. */
const REACH = 12;

/**
 * The words around `[start, end)` of `text` (their offsets + `base` are offsets in `text`): the clause
 * it is in, cut to a dozen characters either side so that the work per spot
 * stays constant however long the clause (jieba decides locally).
 * Undefined without a segmenter.
 */
export function wordsAround(text: string, start: number, end: number): { words: readonly Word[]; base: number } | undefined {
  if (!tagger) return undefined;
  let from = start;
  while (from > 0 && start - from < REACH && !CLAUSE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < REACH && !CLAUSE_END.test(text[to]!)) to++;
  return { words: wordsOf(text.slice(from, to))!, base: from };
}
