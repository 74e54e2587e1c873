import { describe, expect, it } from 'vitest';
import { detectTraditional, toSimplified } from '../../core/import/traditional.js';
import { importDocument } from '../../core/import/import-document.js';
import { readCorpus } from '../support/corpus.js';
import { printedText } from '../support/import-helpers.js';
import { GONGWEN_TERMS } from '../fixtures/import/gongwen-terms.js';

describe('traditional → simplified', () => {
  it('detects the traditional corpus text and none of the simplified ones', () => {
    expect(detectTraditional(readCorpus('news-summary-traditional.txt')).traditional).toBe(true);
    expect(detectTraditional(readCorpus('speeches-excerpts.txt'))).toMatchObject({ traditional: false });
    expect(detectTraditional(readCorpus('compilation-two-articles.txt')).share).toBeLessThan(0.01);
  });

  it('does not take a simplified text with a few variant characters for traditional', () => {
    expect(detectTraditional('乾隆年间的著作，干部要著书立说。').traditional).toBe(false);
    expect(detectTraditional('').traditional).toBe(false);
  });

  it('converts phrases, not only characters', () => {
    expect(toSimplified('學習貫徹習近平新時代中國特色社會主義思想')).toBe('学习贯彻习近平新时代中国特色社会主义思想');
    expect(toSimplified('頭髮')).toBe('头发');
  });

  it('converts the commonest 公文 terms, 著 as 着 in 著力/看著/意味著 and kept in 著作/顯著', () => {
    expect(GONGWEN_TERMS.length).toBeGreaterThanOrEqual(100);
    const wrong = GONGWEN_TERMS.filter(([traditional, simplified]) => toSimplified(traditional) !== simplified).map(
      ([traditional, simplified]) => `${traditional} → ${toSimplified(traditional)} (expected ${simplified})`,
    );
    expect(wrong).toEqual([]);
    // In running text too, where neighbouring words could make a longer match.
    expect(toSimplified('我們要著眼長遠、著力解決群眾急難愁盼問題，隨著改革深入，成效顯著，這部著作意味著新的開始。')).toBe(
      '我们要着眼长远、着力解决群众急难愁盼问题，随着改革深入，成效显著，这部著作意味着新的开始。',
    );
  });

  it('does not count 著 as a traditional character: simplified text writes 著作 and 显著 with it', () => {
    expect(detectTraditional('这部著作影响显著，著名学者的论著都引用过，著书立说。').traditional).toBe(false);
  });

  it('converts pasted traditional text, or keeps it on request', async () => {
    const text = '學習體會\n通過學習，我深刻認識到堅持人民至上的重要意義。';
    const converted = await importDocument({ kind: 'paste', text });
    expect(printedText(converted.drafts[0]!)).toBe('学习体会\n通过学习，我深刻认识到坚持人民至上的重要意义。');
    const kept = await importDocument({ kind: 'paste', text }, { keepTraditional: true });
    expect(printedText(kept.drafts[0]!)).toBe(text);
    expect(kept.detected).toMatchObject({ traditional: true, convertedToSimplified: false });
  });
});
