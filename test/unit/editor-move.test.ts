import { Editor, Node } from 'slate';
import { describe, expect, it } from 'vitest';
import { moveUnitStep, moveUnitTo } from '../../renderer/src/editor/model/move.js';
import { siblingUnit, unitAt } from '../../renderer/src/editor/model/units.js';
import { blocks, cursor, editorWith, heading, labelled, nextTick, para, point, threePoints, title } from './editor-test-kit.js';

const texts = (editor: Editor) => blocks(editor).map((block) => Node.string(block));

describe('units', () => {
  it('a point takes its continuation paragraphs; a heading its subsection', () => {
    const three = threePoints();
    expect(unitAt(three, 3)).toEqual({ start: 3, end: 5 });
    expect(unitAt(three, 5)).toEqual({ start: 5, end: 6 }); // the closing is another section
    const outline = [title('题'), heading(1, '甲'), heading(2, '子'), para('文'), heading(1, '乙'), para('文')];
    expect(unitAt(outline, 1)).toEqual({ start: 1, end: 4 });
    expect(unitAt(outline, 2)).toEqual({ start: 2, end: 4 });
    expect(siblingUnit(outline, unitAt(outline, 4), 'up')).toEqual({ start: 1, end: 4 });
    expect(siblingUnit(outline, unitAt(outline, 2), 'up')).toBeUndefined();
  });

  it('sections are runs of blocks sharing a section id', () => {
    const three = threePoints();
    expect(unitAt(three, 3, 'section')).toEqual({ start: 2, end: 6 });
    expect(siblingUnit(three, unitAt(three, 3, 'section'), 'up', 'section')).toEqual({ start: 1, end: 2 });
    expect(siblingUnit(three, unitAt(three, 1, 'section'), 'up', 'section')).toBeUndefined();
  });
});

describe('moving blocks', () => {
  it('a point moves past its neighbour together with its continuation paragraphs', () => {
    const editor = editorWith(threePoints());
    cursor(editor, 3, 1);
    expect(moveUnitStep(editor, 3, 'up')).toBe(2);
    expect(texts(editor)).toEqual(['学习研讨发言', '开头。', '乙领起。乙正文。', '乙续段。', '甲领起。甲正文。', '丙领起。丙正文。', '结尾。']);
    // The cursor travels with the moved text.
    expect(editor.selection?.anchor.path[0]).toBe(2);
    expect(moveUnitStep(editor, 2, 'down')).toBe(3);
    expect(texts(editor)[4]).toBe('乙续段。');
    expect(moveUnitStep(editor, 3, 'down')).toBe(4);
    expect(labelled(editor).slice(2, 6)).toEqual(['一是|甲领起。甲正文。', '二是|丙领起。丙正文。', '三是|乙领起。乙正文。', '|乙续段。']);
  });

  it('stops at the edges of its group and never passes the title', () => {
    const editor = editorWith(threePoints());
    expect(moveUnitStep(editor, 2, 'up')).toBeUndefined();
    expect(moveUnitStep(editor, 5, 'down')).toBeUndefined();
    expect(moveUnitStep(editor, 1, 'up')).toBeUndefined();
    expect(moveUnitStep(editor, 0, 'down')).toBeUndefined();
  });

  it('a heading moves with its whole subsection', () => {
    const editor = editorWith([title('题'), heading(1, '甲'), heading(2, '甲一'), point('甲点。'), heading(1, '乙'), para('乙文')]);
    moveUnitStep(editor, 4, 'up');
    expect(labelled(editor)).toEqual(['|题', '一、|乙', '|乙文', '二、|甲', '（一）|甲一', '一是|甲点。']);
  });

  it('is one undo step, and undo restores the order', async () => {
    const editor = editorWith(threePoints());
    const before = texts(editor);
    await nextTick();
    moveUnitStep(editor, 3, 'up');
    await nextTick();
    editor.undo();
    expect(texts(editor)).toEqual(before);
    editor.redo();
    expect(texts(editor)[2]).toBe('乙领起。乙正文。');
  });

  it('moveUnitTo (drag and drop) takes the same steps, as one undo step', async () => {
    const editor = editorWith([...threePoints().slice(0, 6), point('丁。', '', 'sandian'), ...threePoints().slice(6)]);
    await nextTick();
    expect(moveUnitTo(editor, 6, 2)).toBe(2);
    expect(labelled(editor).filter((line) => /^.是/.test(line))).toEqual(['一是|丁。', '二是|甲领起。甲正文。', '三是|乙领起。乙正文。', '四是|丙领起。丙正文。']);
    await nextTick();
    editor.undo();
    expect(texts(editor)[6]).toBe('丁。');
    // Whole sections move in the outline: the closing before the points.
    expect(moveUnitTo(editor, 7, 2, 'section')).toBe(2);
    expect(texts(editor).slice(0, 4)).toEqual(['学习研讨发言', '开头。', '结尾。', '甲领起。甲正文。']);
  });
});
