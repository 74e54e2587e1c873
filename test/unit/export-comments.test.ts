import { describe, expect, it } from 'vitest';
import { withCommentRanges } from '../../core/export/comment-ranges.js';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { createDraft } from '../../core/model/create.js';
import type { Draft } from '../../core/model/schema.js';
import { elements, paragraphs, readDocxParts } from '../support/docx-parts.js';

const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
/** The text each comment range holds, by id. */
function commented(paragraph: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, id] of paragraph.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)) {
    const start = paragraph.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
    const end = paragraph.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
    out[id!] = [...paragraph.slice(start, end).matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  }
  return out;
}

describe('withCommentRanges', () => {
  it('splits runs at the passage edges, keeps their properties and adds the reference after the range', () => {
    const paragraph = `<w:p><w:pPr/>${run('一是', true)}${run('加强学习&amp;提高认识。')}</w:p>`;
    const xml = withCommentRanges(paragraph, [
      { id: 0, start: 1, end: 4 },
      { id: 1, start: 7, end: 12 },
    ]);
    expect(commented(xml)).toEqual({ 0: '是加强', 1: '提高认识。' });
    expect(xml).toContain(`${run('是', true)}${run('加强')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`);
    expect(xml.replace(/<w:commentRange(?:Start|End) w:id="\d"\/>|<w:r><w:commentReference w:id="\d"\/><\/w:r>/g, '').replace(/<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">/g, '')).toContain('一是加强学习&amp;提高认识。');
  });

  it('keeps a passage past the end inside the paragraph', () => {
    const xml = withCommentRanges(`<w:p>${run('全文')}</w:p>`, [{ id: 3, start: 5, end: 9 }]);
    expect(commented(xml)).toEqual({ 3: '文' });
  });
});

describe('exportDraftToDocx with comments (退回修改)', () => {
  it('writes word/comments.xml and marks the passages, label offsets included', async () => {
    const draft: Draft = createDraft('学习体会', { author: '张三', unit: '办公室' });
    draft.children = [...draft.children.slice(0, 2), { type: 'point', children: [{ text: '加强学习。', lead: true }, { text: '要把学习成果转化为实效。' }] }, { type: 'point', children: [{ text: '狠抓落实。' }] }];
    const bytes = await exportDraftToDocx(draft, {}, { author: '机关党委', date: new Date('2026-12-04T08:00:00Z'), comments: [
      { block: 2, start: 5, end: 11, text: '请补充具体事例' },
      { block: 3, start: 0, end: 4, text: '表述过于笼统\n请结合岗位' },
    ] });
    const parts = readDocxParts(bytes);
    const comments = parts.part('word/comments.xml');
    expect(elements(comments, 'w:comment')).toHaveLength(2);
    expect(comments).toContain('w:author="机关党委"');
    expect(comments).toContain('请补充具体事例');
    expect(comments).toContain('请结合岗位');
    const points = paragraphs(parts.document).filter((p) => p.text.startsWith('一是') || p.text.startsWith('二是'));
    expect(commented(points[0]!.xml)).toEqual({ 0: '要把学习成果' });
    expect(commented(points[1]!.xml)).toEqual({ 1: '狠抓落实' });
    expect(parts.document).toContain('<w:commentReference w:id="1"/>');
    // Without comments nothing changes.
    expect(readDocxParts(await exportDraftToDocx(draft)).names).not.toContain('word/comments.xml');
  });
});
