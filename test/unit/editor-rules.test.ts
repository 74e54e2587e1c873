import { Editor, Node, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import type { Block, QuoteInline } from '../../core/model/schema.js';
import { DraftSchema } from '../../core/model/schema.js';
import { setBlockKind } from '../../renderer/src/editor/model/block-kind.js';
import { toggleLead } from '../../renderer/src/editor/model/marks.js';
import { currentDraft } from '../../renderer/src/editor/model/draft-editor.js';
import { blocks, cursor, editorWith, heading, labelled, labels, nextTick, para, point, threePoints, title } from './editor-test-kit.js';

describe('editor rules: Enter', () => {
  it('at the end of a point makes a new point in the same section', () => {
    const editor = editorWith(threePoints());
    cursor(editor, 5);
    editor.insertBreak();
    Editor.insertText(editor, '丁领起。');
    expect(blocks(editor)[6]).toEqual({ type: 'point', section: 'sandian', children: [{ text: '丁领起。' }] });
    expect(labels(editor)).toEqual(['一是', '二是', '三是', '四是']);
  });

  it('splitting a point keeps the lead mark on the first part only', () => {
    const editor = editorWith([title('题'), point('加强学习。', '深入领会。')]);
    cursor(editor, 1, 2);
    editor.insertBreak();
    expect(blocks(editor)[1]!.children).toEqual([{ text: '加强', lead: true }]);
    expect(blocks(editor)[2]).toEqual({ type: 'point', children: [{ text: '学习。深入领会。' }] });
    expect(labels(editor)).toEqual(['一是', '二是']);
  });

  it('in the title or a heading makes a body paragraph (in the heading’s section)', () => {
    const editor = editorWith([title('标题'), heading(1, '问题查摆', 'wenti'), para('正文')]);
    cursor(editor, 1);
    editor.insertBreak();
    expect(blocks(editor)[2]).toEqual({ type: 'paragraph', section: 'wenti', children: [{ text: '' }] });
    cursor(editor, 1, 2);
    editor.insertBreak();
    expect(blocks(editor)[1]).toEqual({ type: 'heading', level: 1, section: 'wenti', children: [{ text: '问题' }] });
    expect(blocks(editor)[2]).toEqual({ type: 'paragraph', section: 'wenti', children: [{ text: '查摆' }] });
    cursor(editor, 0);
    editor.insertBreak();
    expect(blocks(editor)[0]!.type).toBe('title');
    expect(blocks(editor)[1]).toEqual({ type: 'paragraph', children: [{ text: '' }] });
  });

  it('in an empty point turns it into a continuation paragraph', () => {
    const editor = editorWith([title('题'), point('一。'), { type: 'point', section: 's', children: [{ text: '' }] }]);
    cursor(editor, 2);
    editor.insertBreak();
    expect(blocks(editor)[2]).toEqual({ type: 'paragraph', section: 's', children: [{ text: '' }] });
    expect(labels(editor)).toEqual(['一是']);
  });

  it('at the start of a non-empty point puts an empty point in front and keeps the text’s lead', () => {
    const editor = editorWith([title('题'), point('甲。', '正文')]);
    cursor(editor, 1, 'start');
    editor.insertBreak();
    expect(labelled(editor)).toEqual(['|题', '一是|', '二是|甲。正文']);
    expect(blocks(editor)[2]!.children[0]).toEqual({ text: '甲。', lead: true });
  });
});

describe('editor rules: Backspace', () => {
  it('at the start of a point removes its number first, then merges', () => {
    const editor = editorWith(threePoints());
    cursor(editor, 3, 'start');
    editor.deleteBackward('character');
    expect(blocks(editor)[3]!.type).toBe('paragraph');
    expect(labels(editor)).toEqual(['一是', '二是']);
    editor.deleteBackward('character');
    expect(Node.string(blocks(editor)[2]!)).toBe('甲领起。甲正文。乙领起。乙正文。');
  });

  it('at the start of an empty point makes it a paragraph', () => {
    const editor = editorWith([title('题'), point('甲。'), { type: 'point', children: [{ text: '' }] }]);
    cursor(editor, 2);
    editor.deleteBackward('character');
    expect(blocks(editor)[2]).toEqual({ type: 'paragraph', children: [{ text: '' }] });
  });
});

describe('editor rules: normalisation', () => {
  it('keeps a title first', () => {
    const editor = editorWith([para('没有标题')]);
    expect(blocks(editor)[0]).toEqual({ type: 'title', children: [{ text: '' }] });
    Transforms.removeNodes(editor, { at: [0] });
    expect(blocks(editor)[0]!.type).toBe('title');
    expect(blocks(editor)[1]).toEqual(para('没有标题'));
  });

  it('turns foreign nodes into valid draft blocks', () => {
    const editor = editorWith([title('题')]);
    Transforms.insertNodes(
      editor,
      [
        { type: 'list-item', color: 'red', children: [{ text: '外来' }] },
        { type: 'paragraph', level: 2, children: [{ type: 'paragraph', children: [{ text: '嵌套', bold: false, italic: true }] }] },
        { type: 'signature', section: 'x', children: [{ text: '落款' }, { type: 'quote', speaker: '甲', children: [{ text: '引' }] }, { text: '' }] },
      ] as unknown as Block[],
      { at: [1] },
    );
    expect(blocks(editor).slice(1)).toEqual([
      { type: 'paragraph', children: [{ text: '外来' }] },
      { type: 'paragraph', children: [{ text: '嵌套' }] },
      { type: 'signature', children: [{ text: '落款引' }] },
    ]);
    expect(DraftSchema.safeParse(currentDraft(editor, { schemaVersion: 1, meta: meta(), numbering: editor.numbering, children: [] })).success).toBe(true);
  });

  it('keeps quotations inline with a speaker, and drops emptied ones', () => {
    const quote: QuoteInline = { type: 'quote', speaker: '习近平', source: '讲话', children: [{ text: '绿水青山' }] };
    const editor = editorWith([title('题'), { type: 'paragraph', children: [{ text: '正如' }, quote, { text: '。' }] }]);
    expect(Editor.isInline(editor, quote)).toBe(true);
    Transforms.unsetNodes(editor, 'speaker', { at: [1, 1] });
    expect(blocks(editor)[1]!.children[1]).toMatchObject({ type: 'quote', speaker: '' });
    Transforms.delete(editor, { at: { anchor: { path: [1, 1, 0], offset: 0 }, focus: { path: [1, 1, 0], offset: 4 } } });
    expect(blocks(editor)[1]!.children).toEqual([{ text: '正如。' }]);
  });

  it('drops marks from a block emptied of text', () => {
    const editor = editorWith([title('题'), point('甲。')]);
    Transforms.delete(editor, { at: { anchor: Editor.start(editor, [1]), focus: Editor.end(editor, [1]) } });
    expect(blocks(editor)[1]).toEqual({ type: 'point', children: [{ text: '' }] });
  });
});

describe('block kinds, lead clause and history', () => {
  it('turns blocks into points and headings and back, relabelling', async () => {
    const editor = editorWith([title('题'), para('甲。'), para('乙。'), para('丙。')]);
    Transforms.select(editor, { anchor: Editor.start(editor, [1]), focus: Editor.end(editor, [2]) });
    setBlockKind(editor, 'point');
    expect(labels(editor)).toEqual(['一是', '二是']);
    cursor(editor, 3);
    setBlockKind(editor, 'heading-2');
    expect(blocks(editor)[3]).toEqual({ type: 'heading', level: 2, children: [{ text: '丙。' }] });
    setBlockKind(editor, 'heading-2');
    expect(blocks(editor)[3]).toEqual(para('丙。'));
    cursor(editor, 0);
    setBlockKind(editor, 'point');
    expect(blocks(editor)[0]!.type).toBe('title');
    await nextTick();
  });

  it('Ctrl+L marks a point’s first sentence as its lead clause, and again unmarks it', () => {
    const editor = editorWith([title('题'), { type: 'point', children: [{ text: '坚持学以致用。把学习成果转化为行动。' }] }]);
    cursor(editor, 1, 3);
    toggleLead(editor);
    expect(blocks(editor)[1]!.children).toEqual([{ text: '坚持学以致用。', lead: true }, { text: '把学习成果转化为行动。' }]);
    toggleLead(editor);
    expect(blocks(editor)[1]!.children).toEqual([{ text: '坚持学以致用。把学习成果转化为行动。' }]);
  });

  it('领起句 in an empty point, type, 领起句 again, type: the first part is the lead clause, the rest is the body', () => {
    const editor = editorWith([title('题'), { type: 'point', children: [{ text: '' }] }]);
    cursor(editor, 1);
    toggleLead(editor);
    Editor.insertText(editor, '坚持学以致用。');
    toggleLead(editor);
    Editor.insertText(editor, '把学习成果转化为行动。');
    expect(blocks(editor)[1]!.children).toEqual([{ text: '坚持学以致用。', lead: true }, { text: '把学习成果转化为行动。' }]);
  });

  it('领起句 with the cursor after a typed first sentence marks it, and typing on is not lead', () => {
    const editor = editorWith([title('题'), { type: 'point', children: [{ text: '坚持学以致用。' }] }]);
    cursor(editor, 1);
    toggleLead(editor);
    Editor.insertText(editor, '把学习成果转化为行动。');
    expect(blocks(editor)[1]!.children).toEqual([{ text: '坚持学以致用。', lead: true }, { text: '把学习成果转化为行动。' }]);
  });

  it('undo and redo restore text and structure step by step', async () => {
    const editor = editorWith(threePoints());
    const before = structuredClone(blocks(editor));
    cursor(editor, 5);
    editor.insertBreak();
    await nextTick();
    Editor.insertText(editor, '丁。');
    await nextTick();
    editor.undo();
    expect(labels(editor)).toEqual(['一是', '二是', '三是', '四是']);
    editor.undo();
    expect(blocks(editor)).toEqual(before);
    editor.redo();
    editor.redo();
    expect(Node.string(blocks(editor)[6]!)).toBe('丁。');
  });
});

function meta() {
  return { author: '', unit: '', date: '', theme: '', genre: '研讨发言' as const, templateId: '' };
}
