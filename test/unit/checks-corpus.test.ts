import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlainText, fixAllMechanical, runChecks } from '../../core/checks/index.js';
import { importPlainText } from '../../core/import/plain-text.js';
import { deriveLabels } from '../../core/model/numbering.js';
import type { Draft } from '../../core/model/schema.js';
import { blockText } from '../../core/model/text.js';
import { corpusFiles, readCorpus } from '../support/corpus.js';

/**
 * The corpus is full of half-width commas between Chinese characters. The
 * definition, spelled out here independently of the implementation: a “,”
 * with a Chinese character right before or right after it, where Chinese
 * means a Han character (CJK unified ideographs, extension A, compatibility
 * ideographs) or a Chinese punctuation mark (CJK symbols U+3001–303F,
 * full-width forms U+FF01–FF65, small and vertical forms U+FE10–FE6B,
 * “ ” ‘ ’ … —).
 */
const C = '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3001-\\u303f\\uff01-\\uff65\\ufe10-\\ufe6b“”‘’…—]';
const HALF_WIDTH_COMMA_IN_CHINESE = new RegExp(`(?<=${C}),|,(?=${C})`, 'g');
const countCommas = (text: string): number => (text.match(HALF_WIDTH_COMMA_IN_CHINESE) ?? []).length;

/** Known counts, so a change in either definition shows up. */
const EXPECTED: Record<string, number> = {
  'compilation-two-articles.txt': 128,
  'news-summary-traditional.txt': 157,
  'speeches-excerpts.txt': 229,
};

/** Full width → half width for the marks the fixes change, and no white space: what must stay equal. */
const HALF: Record<string, string> = { '，': ',', '；': ';', '：': ':', '？': '?', '！': '!', '（': '(', '）': ')', '﹐': ',', '﹔': ';', '﹕': ':', '﹖': '?', '﹗': '!', '﹙': '(', '﹚': ')', '﹑': '、' };
const normalize = (text: string): string => text.replace(/\s+/g, '').replace(/[，；：？！（）﹐﹔﹕﹖﹗﹙﹚﹑]/g, (ch) => HALF[ch] ?? ch);

const printed = (draft: Draft): string => {
  const labels = deriveLabels(draft.children, draft.numbering);
  return draft.children.map((block, i) => (labels[i] ?? '') + blockText(block)).join('\n');
};

const files = corpusFiles().map((file) => path.basename(file));

describe('half-width commas in the corpus', () => {
  it('covers every corpus file', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s: one finding per comma the independent pattern counts', (name) => {
    const text = readCorpus(name);
    expect(countCommas(text)).toBe(EXPECTED[name]);
    const plain = checkPlainText(text, { fallbackTitle: name });
    expect(plain.findings.filter((f) => f.id === 'punct.half-width-comma')).toHaveLength(EXPECTED[name]!);
    const draft = importPlainText(text, { fallbackTitle: name });
    expect(runChecks(draft).filter((f) => f.id === 'punct.half-width-comma')).toHaveLength(countCommas(printed(draft)));
  });

  it.each(files)('%s: applyFixes on the imported draft leaves none, changing nothing but widths and spaces', (name) => {
    const draft = importPlainText(readCorpus(name), { fallbackTitle: name });
    const before = printed(draft);
    const { draft: fixed, remaining } = fixAllMechanical(draft);
    const after = printed(fixed);
    expect(countCommas(after)).toBe(0);
    expect(remaining.filter((f) => f.fixAll)).toEqual([]);
    expect(remaining.filter((f) => f.id.startsWith('punct.half-width'))).toEqual([]);
    expect(normalize(after)).toBe(normalize(before));
    expect(fixed.children.map((b) => b.type)).toEqual(draft.children.map((b) => b.type));
  });
});
