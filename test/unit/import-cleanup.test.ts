import { describe, expect, it } from 'vitest';
import { cleanupLines, removeStraySpaces } from '../../core/import/cleanup.js';
import { importDocument } from '../../core/import/import-document.js';
import { linesFromText } from '../../core/import/source-lines.js';
import { GENUINE_ARABIC_HEADINGS, JUNK_PAGES, pageMarkerPage, sentencesOf } from '../fixtures/import/junk-pages.js';
import { headingTexts, kinds, printedText, squeeze } from '../support/import-helpers.js';

const importedText = async (text: string, kind: 'text' | 'paste' = 'paste') => {
  const result = await importDocument({ kind, text }, { keepHalfWidthPunctuation: true });
  return { result, printed: squeeze(result.drafts.map(printedText).join('\n')) };
};

describe.each(JUNK_PAGES)('cleanup of a junk-laden page: $name', (page) => {
  it('removes every junk line', async () => {
    const { printed } = await importedText(page.text);
    for (const junk of page.junk) expect(printed, `junk left: ${junk}`).not.toContain(squeeze(junk));
  });

  it('keeps every sentence of the article, sentence by sentence', async () => {
    const { printed } = await importedText(page.text);
    for (const line of page.article) {
      for (const sentence of sentencesOf(line)) expect(printed, `lost: ${sentence}`).toContain(sentence);
    }
  });

  it('notes each removed line with its line number', async () => {
    const { result } = await importedText(page.text);
    const removed = result.notes.filter((n) => n.kind === 'removed');
    expect(removed).toHaveLength(page.junk.length);
    const lines = page.text.split('\n');
    for (const n of removed) expect(page.junk).toContain(lines[(n.line ?? 0) - 1]);
  });

  it('does the same when the page is saved as HTML', async () => {
    const html = `<!doctype html><html><head><title>x</title><script>var a = "<p>首页</p>";</script></head><body>${page.text
      .split('\n')
      .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n')}<nav><a href="/">首页</a></nav></body></html>`;
    const result = await importDocument({ kind: 'html', html }, { keepHalfWidthPunctuation: true });
    const printed = squeeze(result.drafts.map(printedText).join(''));
    for (const junk of page.junk) expect(printed).not.toContain(squeeze(junk));
    for (const line of page.article) for (const sentence of sentencesOf(line)) expect(printed).toContain(sentence);
  });
});

describe('page boundaries of document-sharing sites', () => {
  it('joins a sentence split by a run-in page number (…深 / 2、学细悟…) and by a page-number line', async () => {
    const page = pageMarkerPage();
    const { result, printed } = await importedText(page.text);
    for (const joined of page.joined) expect(printed).toContain(squeeze(joined));
    expect(printed).toContain('深学细悟');
    expect(printed).not.toContain('2、学细悟');
    expect(printed).not.toContain('—3—');
    for (const line of page.article) for (const sentence of sentencesOf(line)) expect(printed).toContain(sentence);
    expect(result.notes.filter((n) => n.kind === 'joined')).toHaveLength(2);
    // The points are whole again: three 一是/二是/三是, no stray heading 2、.
    expect(kinds(result.drafts[0]!).filter((k) => k === 'pt')).toHaveLength(3);
    expect(headingTexts(result.drafts[0]!)).toEqual([]);
  });

  it('keeps genuine 1、2、 headings: the line before each ends a sentence or is a heading', async () => {
    const { result } = await importedText(GENUINE_ARABIC_HEADINGS);
    expect(headingTexts(result.drafts[0]!)).toEqual(['提高思想认识', '坚持问题导向']);
    expect(result.notes.filter((n) => n.kind === 'joined')).toEqual([]);
  });

  it('keeps, and flags for review, a 2、 after a short line that stops mid-sentence', () => {
    const { lines, notes } = cleanupLines(linesFromText('标题\n我们要深\n2、学细悟，把握精髓。'));
    expect(lines.map((l) => l.text)).toEqual(['标题', '我们要深', '2、学细悟，把握精髓。']);
    expect(notes).toEqual([expect.objectContaining({ kind: 'review', line: 3 })]);
  });
});

describe('cleanup never removes an article sentence', () => {
  it('keeps a long article sentence that mentions junk words, and flags it', () => {
    const sentence =
      '要注重运用网络手段，通过调查问卷、网上信箱等形式走好网上群众路线，引导群众下载APP反映诉求，更大范围地收集到民情民意，更加精准地解题破难。';
    const { lines, notes } = cleanupLines(linesFromText(`标题\n${sentence}`));
    expect(lines.map((l) => l.text)).toContain(sentence);
    expect(notes).toEqual([expect.objectContaining({ kind: 'review', line: 2 })]);
  });

  it('keeps short headings that share words with junk rules', () => {
    const text = '标题\n深化下访接访\n正文一句话。\n关于我们的工作体会\n正文又一句话。';
    const { lines } = cleanupLines(linesFromText(text));
    expect(lines).toHaveLength(5);
  });
});

describe('stray spaces', () => {
  it('removes spaces between Chinese characters in body text, outside brackets', () => {
    expect(removeStraySpaces('习近平新时代中国特色社会主义 思想在浙江萌发和实践的集中体现，是我们学习的生动教材。(本报记者 李灿 陆乐)')).toBe(
      '习近平新时代中国特色社会主义思想在浙江萌发和实践的集中体现，是我们学习的生动教材。(本报记者 李灿 陆乐)',
    );
  });

  it('collapses letter-spaced short lines but keeps the space between a headline’s halves', () => {
    expect(removeStraySpaces('坚 持 人 民 至 上')).toBe('坚持人民至上');
    expect(removeStraySpaces('以先行者之姿 书写高质量答卷')).toBe('以先行者之姿 书写高质量答卷');
  });

  it('works through the whole import', async () => {
    const { result } = await importedText('学习体会\n我们要深入 学习贯彻习近平 新时代中国特色社会主义思想，不断提高政治站位和理论水平。');
    expect(printedText(result.drafts[0]!)).toContain('我们要深入学习贯彻习近平新时代中国特色社会主义思想');
  });
});
