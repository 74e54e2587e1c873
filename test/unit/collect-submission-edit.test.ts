import { describe, expect, it } from 'vitest';
import { editBlockText } from '../../core/collect/submission-edit.js';
import type { Block } from '../../core/model/schema.js';
import { blockText } from '../../core/model/text.js';

const point: Block = { type: 'point', children: [{ text: '加强学习。', lead: true }, { text: '要把学习成果转化为实效，' }, { type: 'quote', quoteId: 'q1', speaker: '习近平', source: '', children: [{ text: '空谈误国，实干兴邦' }] }, { text: '。' }] };

describe('editBlockText (the organizer’s light edit)', () => {
  it.each([
    ['加强理论学习。要把学习成果转化为实效，“空谈误国，实干兴邦”。'],
    ['加强学习。要把学习成果切实转化为实效，“空谈误国，实干兴邦”。'],
    ['加强学习。要把成果转化为实效，“空谈误国，实干兴邦”。'],
    ['加强学习。“空谈误国，实干兴邦”。'],
    ['加强学习。要把学习成果转化为实效，“空谈误国，实干兴邦”。我们要行动。'],
  ])('keeps the lead clause and the quotation: %s', (text) => {
    const edited = editBlockText(point, text);
    expect(blockText(edited)).toBe(text);
    expect(edited.children.some((inline) => 'type' in inline && inline.quoteId === 'q1')).toBe(true);
    expect(edited.children.some((inline) => !('type' in inline) && inline.lead)).toBe(true);
  });

  it('an edit across the lead and the body keeps the lead leaf', () => {
    const edited = editBlockText(point, '加强学习，要把学习成果转化为实效，“空谈误国，实干兴邦”。');
    expect(blockText(edited)).toBe('加强学习，要把学习成果转化为实效，“空谈误国，实干兴邦”。');
  });

  it('an edit inside a quotation leaves plain text with the new wording', () => {
    const edited = editBlockText(point, '加强学习。要把学习成果转化为实效，“空谈误国，实干才能兴邦”。');
    expect(edited.children).toEqual([{ text: '加强学习。要把学习成果转化为实效，“空谈误国，实干才能兴邦”。' }]);
    expect(editBlockText(point, blockText(point))).toBe(point);
  });
});

describe('reviseSubmission / submissionDraft (#15 item 2)', () => {
  it('keeps the organizer’s edit as a new version and the member’s file untouched', async () => {
    const { localServices } = await import('../support/local-services.js');
    const { services } = localServices();
    const collection = await services.saveCollection({ fields: { theme: '研讨' } });
    const { submission } = await services.importSubmission({ collectionId: collection.id, file: { name: '张三-体会.txt', source: { kind: 'text', text: '学习体会\n\n我们要加强学习，提高认识。' } } });
    const { draft, version } = await services.submissionDraft({ id: submission.id });
    expect(version).toBe(1);
    const at = draft.children.findIndex((block) => blockText(block).includes('加强学习'));
    const edited = { ...draft, children: draft.children.map((block, i) => (i === at ? editBlockText(block, '我们要加强理论学习，提高认识。') : block)) };
    const revised = await services.reviseSubmission({ id: submission.id, draft: edited });
    expect(revised).toMatchObject({ version: 2, origin: '组织者修改', fileName: '张三-体会.txt', status: '已交' });
    expect(blockText((await services.submissionDraft({ id: submission.id })).draft.children[at]!)).toBe('我们要加强理论学习，提高认识。');
    expect(blockText((await services.submissionDraft({ id: submission.id, version: 1 })).draft.children[at]!)).toBe('我们要加强学习，提高认识。');
  });
});
