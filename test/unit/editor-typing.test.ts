import { Editor, Node, Transforms } from 'slate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toggleLead, toggleMark } from '../../renderer/src/editor/model/marks.js';
import { compositionEnded, compositionStarted, TYPING_PAUSE_MS } from '../../renderer/src/editor/plugins/with-undo-steps.js';
import { blocks, cursor, editorWith, nextTick, para, point, title } from './editor-test-kit.js';

const text = (editor: Editor, index = 1): string => Node.string(blocks(editor)[index]!);

/** What slate-react does for one committed IME phrase in Chrome: our handler, its insert, its microtask. */
async function commit(editor: Editor, words: string): Promise<void> {
  compositionStarted(editor);
  await nextTick();
  compositionEnded(editor);
  Editor.insertText(editor, words);
  await nextTick();
}

describe('undo steps', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-01T09:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('end a typing run at a pause of a second, not before', async () => {
    const editor = editorWith([title('题'), para('')]);
    cursor(editor, 1);
    for (const ch of '2024') {
      Editor.insertText(editor, ch);
      await nextTick();
      vi.advanceTimersByTime(300);
    }
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    Editor.insertText(editor, '年');
    await nextTick();
    editor.undo();
    expect(text(editor)).toBe('2024');
    editor.undo();
    expect(text(editor)).toBe('');
  });

  it('take back one committed phrase at a time, however quickly they came', async () => {
    const editor = editorWith([title('题'), para('')]);
    cursor(editor, 1);
    for (const words of ['深入', '学习', '贯彻']) await commit(editor, words);
    expect(text(editor)).toBe('深入学习贯彻');
    editor.undo();
    expect(text(editor)).toBe('深入学习');
    editor.undo();
    expect(text(editor)).toBe('深入');
  });

  it('take back a phrase composed over a selection together with the words it replaced', async () => {
    const editor = editorWith([title('题'), para('学习贯彻落实')]);
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 2 }, focus: { path: [1, 0], offset: 4 } });
    compositionStarted(editor);
    Editor.deleteFragment(editor);
    await nextTick();
    // The writer takes a while choosing the candidate.
    vi.advanceTimersByTime(3000);
    compositionEnded(editor);
    Editor.insertText(editor, '领悟');
    await nextTick();
    expect(text(editor)).toBe('学习领悟落实');
    editor.undo();
    expect(text(editor)).toBe('学习贯彻落实');
  });

  it('keep formatting a step of its own, right after typing', async () => {
    const editor = editorWith([title('题'), para('')]);
    cursor(editor, 1);
    Editor.insertText(editor, '加强学习');
    await nextTick();
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 0 }, focus: { path: [1, 0], offset: 2 } });
    toggleMark(editor, 'bold');
    await nextTick();
    editor.undo();
    expect(blocks(editor)[1]).toEqual(para('加强学习'));
    editor.undo();
    expect(text(editor)).toBe('');
  });
});

describe('the lead clause', () => {
  it('is not continued by typing after it once finished with 。', () => {
    const editor = editorWith([title('题'), point('坚持人民至上。')]);
    cursor(editor, 1);
    Editor.insertText(editor, '深刻领悟');
    expect(blocks(editor)[1]).toEqual(point('坚持人民至上。', '深刻领悟'));
  });

  it('grows while it is written after Ctrl+L, up to its 。', () => {
    const editor = editorWith([title('题'), { type: 'point', children: [{ text: '' }] }]);
    cursor(editor, 1);
    toggleLead(editor);
    for (const words of ['坚持', '人民至上', '。', '深刻']) Editor.insertText(editor, words);
    expect(blocks(editor)[1]).toEqual(point('坚持人民至上。', '深刻'));
  });
});
