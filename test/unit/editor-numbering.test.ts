import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { moveUnitStep } from '../../renderer/src/editor/model/move.js';
import { blocks, cursor, editorWith, heading, labelled, labels, nextTick, para, point, threePoints, title } from './editor-test-kit.js';

/** Numbering is derived from the current blocks after every kind of edit; nothing stored can go stale. */
describe('labels after each editing operation', () => {
  it('insert: a new point between others renumbers those after it', () => {
    const editor = editorWith(threePoints());
    Transforms.insertNodes(editor, point('新。', '', 'sandian'), { at: [3] });
    expect(labelled(editor).filter((line) => !line.startsWith('|'))).toEqual(['一是|甲领起。甲正文。', '二是|新。', '三是|乙领起。乙正文。', '四是|丙领起。丙正文。']);
  });

  it('delete: removing a point closes the gap', () => {
    const editor = editorWith(threePoints());
    Transforms.removeNodes(editor, { at: [2] });
    expect(labelled(editor).filter((line) => !line.startsWith('|'))).toEqual(['一是|乙领起。乙正文。', '二是|丙领起。丙正文。']);
  });

  it('split and merge', () => {
    const editor = editorWith(threePoints());
    cursor(editor, 2, 4);
    editor.insertBreak();
    expect(labels(editor)).toEqual(['一是', '二是', '三是', '四是']);
    cursor(editor, 3, 'start');
    editor.deleteBackward('character'); // number off
    editor.deleteBackward('character'); // merge back
    expect(labelled(editor)[2]).toBe('一是|甲领起。甲正文。');
    expect(labels(editor)).toEqual(['一是', '二是', '三是']);
  });

  it('move up and down', () => {
    const editor = editorWith(threePoints());
    moveUnitStep(editor, 5, 'up');
    expect(labelled(editor).filter((line) => !line.startsWith('|'))).toEqual(['一是|甲领起。甲正文。', '二是|丙领起。丙正文。', '三是|乙领起。乙正文。']);
    moveUnitStep(editor, 2, 'down');
    expect(labelled(editor).filter((line) => !line.startsWith('|'))).toEqual(['一是|丙领起。丙正文。', '二是|甲领起。甲正文。', '三是|乙领起。乙正文。']);
  });

  it('style change converts every label of that level, and undo/redo switch it back and forth', async () => {
    const editor = editorWith([title('题'), heading(1, '甲'), heading(2, '子'), point('一。'), point('二。'), point('三。'), heading(1, '乙')]);
    expect(labels(editor)).toEqual(['一、', '（一）', '一是', '二是', '三是', '二、']);
    editor.setNumberingStyle('point', 'shou-xian');
    expect(labels(editor)).toEqual(['一、', '（一）', '首先，', '其次，', '最后，', '二、']);
    editor.setNumberingStyle('point', 'di-yi');
    editor.setNumberingStyle('heading1', 'arabic-dot');
    editor.setNumberingStyle('heading2', 'none');
    expect(labels(editor)).toEqual(['1.', '第一，', '第二，', '第三，', '2.']);
    editor.undo();
    editor.undo();
    expect(labels(editor)).toEqual(['一、', '（一）', '第一，', '第二，', '第三，', '二、']);
    editor.redo();
    expect(labels(editor)[0]).toBe('1.');
    // A text edit after a style change is its own step; undoing it leaves the style.
    await nextTick();
    cursor(editor, 1);
    Editor.insertText(editor, '乙');
    await nextTick();
    editor.undo();
    expect(labels(editor)[0]).toBe('1.');
    expect(blocks(editor)[1]!.children).toEqual([{ text: '甲' }]);
    editor.undo();
    expect(labels(editor)[0]).toBe('一、');
  });

  it('a style change notifies the UI like any other change', () => {
    const editor = editorWith([title('题'), point('一。')]);
    let calls = 0;
    const { onChange } = editor;
    editor.onChange = (options) => {
      calls++;
      onChange(options);
    };
    editor.setNumberingStyle('point', 'di-yi');
    editor.setNumberingStyle('point', 'di-yi');
    expect(calls).toBe(1);
    expect(editor.numbering.point).toBe('di-yi');
  });

  it('paragraphs between points keep the count; a heading restarts it', () => {
    const editor = editorWith([title('题'), point('一。'), para('续。'), point('二。'), heading(1, '新节'), point('再一。')]);
    expect(labels(editor)).toEqual(['一是', '二是', '一、', '一是']);
  });
});
