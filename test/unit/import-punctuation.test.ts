import { describe, expect, it } from 'vitest';
import { importDocument, type ImportSource } from '../../core/import/import-document.js';
import { documentXml, minimalDocx } from '../fixtures/import/zip-builders.js';
import { printedText } from '../support/import-helpers.js';

/** Half-width punctuation among Chinese text is made full width on import, as the 体检 checks would fix it. */
const TITLE = '学习心得体会';
const BODY = '我们要坚持人民至上,着力解决群众急难愁盼问题;做到知行合一!';
const FIXED = '我们要坚持人民至上，着力解决群众急难愁盼问题；做到知行合一！';

const sources: Record<string, ImportSource> = {
  text: { kind: 'text', text: `${TITLE}\n${BODY}` },
  paste: { kind: 'paste', text: `${TITLE}\n${BODY}` },
  html: { kind: 'html', html: `<h1>${TITLE}</h1><p>${BODY}</p>` },
  docx: { kind: 'docx', bytes: minimalDocx(documentXml([TITLE, BODY])) },
};

describe('half-width punctuation on import', () => {
  it.each(Object.entries(sources))('%s: made full width, with one note that counts them', async (_kind, source) => {
    const result = await importDocument(source);
    expect(printedText(result.drafts[0]!)).toContain(FIXED);
    expect(result.detected.halfWidthPunctuation).toBe(3);
    expect(result.notes.filter((note) => /半角标点/.test(note.message))).toEqual([{ kind: 'info', message: '已将 3 处半角标点改为全角。' }]);
  });

  it.each(Object.entries(sources))('%s: 保留原样 keeps them, and says how many', async (_kind, source) => {
    const result = await importDocument(source, { keepHalfWidthPunctuation: true });
    expect(printedText(result.drafts[0]!)).toContain(BODY);
    expect(result.detected.halfWidthPunctuation).toBe(3);
    expect(result.notes).toContainEqual({ kind: 'info', message: '按要求保留了 3 处半角标点。' });
  });

  it('leaves numbers, times, addresses and English alone; parentheses around Chinese and small forms become full width', async () => {
    const text = [
      '会议通知',
      '会议于10:30召开,共3,000人参加,网址是http://example.com/a?b=1,请用Word,Excel或WPS填写。',
      '各县(市、区)要在2024年(含)以前完成﹔英文摘要写作"Hello, world!"即可。',
    ].join('\n');
    const printed = printedText((await importDocument({ kind: 'text', text })).drafts[0]!);
    expect(printed).toContain('会议于10:30召开，共3,000人参加，网址是http://example.com/a?b=1，请用Word,Excel或WPS填写。');
    expect(printed).toContain('各县（市、区）要在2024年（含）以前完成；英文摘要写作"Hello, world!"即可。');
  });

  it('a text without half-width marks gets no note', async () => {
    const result = await importDocument({ kind: 'paste', text: `${TITLE}\n${FIXED}` });
    expect(result.detected.halfWidthPunctuation).toBe(0);
    expect(result.notes.some((note) => /半角标点/.test(note.message))).toBe(false);
  });
});
