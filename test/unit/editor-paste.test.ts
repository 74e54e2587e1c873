import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { Editor, Node, Transforms } from 'slate';
import { afterAll, describe, expect, it } from 'vitest';
import { WORD_PASTE, WORD_PASTE_PLAIN } from '../fixtures/word-paste.js';
import { htmlToText, withoutAttributes, withoutStyleSheets, type HtmlSanitizer } from '../../renderer/src/editor/paste/html-to-text.js';
import { pastedTextToBlocks } from '../../renderer/src/editor/paste/insert-blocks.js';
import { decodeFragment, encodeFragment, SLATE_FRAGMENT, type ClipboardData } from '../../renderer/src/editor/plugins/with-paste.js';
import { rowLine } from '../../renderer/src/editor/paste/table-row.js';
import { blocks, closing, cursor, editorWith, labelled, para, point, title } from './editor-test-kit.js';

// A DOM for DOMPurify outside the browser (jsdom runs no scripts and loads nothing by default).
const { window } = new JSDOM('');
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]) as unknown as HtmlSanitizer;
afterAll(() => window.close());

const clipboard = (data: Record<string, string>): ClipboardData => ({ types: Object.keys(data), getData: (type) => data[type] ?? '' });
/** editor.insertData as the paste plugin defines it: anything with types and getData. */
const paste = (editor: Editor, data: ClipboardData): void => (editor.insertData as (data: ClipboardData) => void)(data);

describe('pasting plain text', () => {
  it('keeps paragraphs and turns numbered lines into points and headings without their numbers', () => {
    expect(pastedTextToBlocks('一、总体认识\n开头一段。\n\n一是加强学习。深入领会。\n二是狠抓落实。\n（一）具体做法\n')).toEqual([
      { type: 'heading', level: 1, children: [{ text: '总体认识' }] },
      { type: 'paragraph', children: [{ text: '开头一段。' }] },
      { type: 'point', children: [{ text: '加强学习。', lead: true }, { text: '深入领会。' }] },
      { type: 'point', children: [{ text: '狠抓落实。', lead: true }] },
      { type: 'heading', level: 2, children: [{ text: '具体做法' }] },
    ]);
  });

  it('goes into an empty block as blocks of its section, relabelled with the rest', () => {
    const editor = editorWith([title('题'), point('甲。', '', 's'), { type: 'paragraph', section: 's', children: [{ text: '' }] }]);
    cursor(editor, 2);
    paste(editor, clipboard({ 'text/plain': '一是乙。\n二是丙。' }));
    expect(labelled(editor)).toEqual(['|题', '一是|甲。', '二是|乙。', '三是|丙。']);
    expect(blocks(editor)[3]).toMatchObject({ type: 'point', section: 's' });
    expect(editor.selection?.anchor.path[0]).toBe(3);
  });

  it('goes into the text when it is a single line, and splits a block around several lines', () => {
    const editor = editorWith([title('题'), para('前后')]);
    cursor(editor, 1, 1);
    paste(editor, clipboard({ 'text/plain': '中' }));
    expect(Node.string(blocks(editor)[1]!)).toBe('前中后');
    cursor(editor, 1, 2);
    paste(editor, clipboard({ 'text/plain': '甲\n乙' }));
    expect(blocks(editor).map((block) => Node.string(block))).toEqual(['题', '前中', '甲', '乙', '后']);
  });
});

describe('pasting a table', () => {
  it('makes a row one line, its cells kept apart by “；” unless they end a clause already', () => {
    expect(rowLine(['问题类型', ' 具体表现 ', '', '整改措施'])).toBe('问题类型；具体表现；整改措施');
    expect(rowLine(['已完成。', '下一步'])).toBe('已完成。下一步');
  });

  it('reads tab-separated plain-text rows the same way, without tabs', () => {
    expect(pastedTextToBlocks('问题类型\t具体表现\r\n理论学习\t学用结合不够紧密\t')).toEqual([
      { type: 'paragraph', children: [{ text: '问题类型；具体表现' }] },
      { type: 'paragraph', children: [{ text: '理论学习；学用结合不够紧密' }] },
    ]);
  });
});

describe('pasting into an empty block', () => {
  it('keeps an empty 结尾: pasted paragraphs fill it, pasted structure goes in front of it', () => {
    const editor = editorWith([title('题'), point('甲。', '', 's'), closing('', 'end')]);
    cursor(editor, 2);
    paste(editor, clipboard({ 'text/plain': '以上是我的体会。\n今后继续努力。' }));
    expect(blocks(editor).slice(2)).toEqual([closing('以上是我的体会。', 'end'), para('今后继续努力。', 'end')]);

    const other = editorWith([title('题'), closing('', 'end')]);
    cursor(other, 1);
    paste(other, clipboard({ 'text/plain': '一是乙。\n二是丙。' }));
    expect(labelled(other)).toEqual(['|题', '一是|乙。', '二是|丙。', '|']);
    expect(blocks(other)[3]).toEqual(closing('', 'end'));
  });

  it('keeps an empty point a point when a paragraph comes first', () => {
    const editor = editorWith([title('题'), point('甲。', '', 's'), { type: 'point', section: 's', children: [{ text: '' }] }]);
    cursor(editor, 2);
    paste(editor, clipboard({ 'text/plain': '乙乙。\n续段。' }));
    expect(labelled(editor)).toEqual(['|题', '一是|甲。', '二是|乙乙。', '|续段。']);
  });
});

describe('pasting HTML', () => {
  const hostile = [
    '<p>第一段<img src=x onerror="alert(1)">文字</p>',
    '<script>alert(2)</script>',
    '<p><a href="javascript:alert(3)">链接文字</a></p>',
    '<style>p{color:red}</style><div onclick="alert(4)">一是<b>加强</b>学习。</div>',
    '<svg><script>alert(5)</script></svg><iframe src="javascript:alert(6)"></iframe>',
  ].join('');

  it('keeps only the text, one line per block element', () => {
    expect(htmlToText(hostile, purify)).toBe('第一段文字\n链接文字\n一是加强学习。');
  });

  it('drops every attribute before parsing, quoted “>” included', () => {
    expect(withoutAttributes('<p class="a>b" onclick=x>文<img/src=x onerror="y">字</p><br>')).toBe('<p>文<img>字</p><br>');
  });

  it('sanitises to structure without any attribute, script, image or link', () => {
    const fragment = purify.sanitize(hostile, { RETURN_DOM_FRAGMENT: false, ALLOWED_TAGS: ['p', 'div', 'b'], ALLOWED_ATTR: [] }) as string;
    expect(fragment).not.toMatch(/script|onerror|onclick|javascript|<img|<a |<iframe|<svg|alert/i);
  });

  it('inserts text blocks only, numbered lines recognised', () => {
    const editor = editorWith([title('题'), para('')], undefined, purify);
    cursor(editor, 1);
    paste(editor, clipboard({ 'text/html': hostile, 'text/plain': 'ignored' }));
    expect(labelled(editor)).toEqual(['|题', '|第一段文字', '|链接文字', '一是|加强学习。']);
    expect(JSON.stringify(editor.children)).not.toMatch(/alert|onerror|javascript|src/);
  });

  it('reads Word’s clipboard HTML paragraph by paragraph', () => {
    const word =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>.MsoNormal{}</style></head><body><!--StartFragment-->' +
      '<p class=MsoNormal>一、思想认识<o:p></o:p></p><p class=MsoNormal>二是&nbsp;狠抓\n落实。<o:p></o:p></p><!--EndFragment--></body></html>';
    expect(htmlToText(word, purify)).toBe('一、思想认识\n二是 狠抓 落实。');
  });
});

describe('pasting from Word', () => {
  it('reads paragraphs, list numbers, table rows as lines; drops the style sheet, image and script', () => {
    expect(htmlToText(WORD_PASTE, purify).split('\n')).toEqual([
      '按照党委统一安排，我认真学习了党的二十大报告。',
      // Word's list number and its &nbsp; spacer are text (the number then becomes the heading's level).
      '一、 深化理论学习',
      '坚持读原著、学原文、悟原理。',
      '二、 检视问题不足',
      '问题类型；具体表现；整改措施',
      '理论学习；学用结合不够紧密；每月开展一次专题研讨',
      '以上是我的学习体会。',
    ]);
  });

  it('strips every <style> sheet before anything parses it', () => {
    expect(withoutStyleSheets('<p>甲</p><STYLE type="text/css">p{x:"</p>"}</style ><p>乙</p><style>open')).toBe('<p>甲</p><p>乙</p>');
  });

  it('goes in as headings and paragraphs, the same from its HTML and its plain text', () => {
    const fromHtml = editorWith([title('题'), para('')], undefined, purify);
    cursor(fromHtml, 1);
    paste(fromHtml, clipboard({ 'text/html': WORD_PASTE, 'text/plain': WORD_PASTE_PLAIN }));
    const fromText = editorWith([title('题'), para('')]);
    cursor(fromText, 1);
    paste(fromText, clipboard({ 'text/plain': WORD_PASTE_PLAIN }));
    expect(labelled(fromHtml)).toEqual([
      '|题',
      '|按照党委统一安排，我认真学习了党的二十大报告。',
      '一、|深化理论学习',
      '|坚持读原著、学原文、悟原理。',
      '二、|检视问题不足',
      '|问题类型；具体表现；整改措施',
      '|理论学习；学用结合不够紧密；每月开展一次专题研讨',
      '|以上是我的学习体会。',
    ]);
    expect(blocks(fromText)).toEqual(blocks(fromHtml));
    expect(JSON.stringify(fromHtml.children)).not.toMatch(/pwned|file:|MsoNormal|mso-|\t/);
  });
});

describe('pasting a Slate fragment', () => {
  it('goes in as nodes when it is valid draft content', () => {
    const editor = editorWith([title('题'), point('甲。'), para('')]);
    cursor(editor, 2);
    paste(editor, clipboard({ [SLATE_FRAGMENT]: encodeFragment([point('乙。', '乙文')]), 'text/plain': '乙。乙文' }));
    expect(labelled(editor)).toEqual(['|题', '一是|甲。', '二是|乙。乙文']);
  });

  it('is refused (and the plain text used) when it is not', () => {
    expect(decodeFragment(btoa(encodeURIComponent('[{"type":"script","children":[{"text":"x"}]}]')))).toBeUndefined();
    expect(decodeFragment('%%%')).toBeUndefined();
    const editor = editorWith([title('题'), para('')]);
    cursor(editor, 1);
    paste(editor, clipboard({ [SLATE_FRAGMENT]: btoa('[{"type":"evil"}]'), 'text/plain': '纯文本' }));
    expect(blocks(editor)[1]).toEqual(para('纯文本'));
  });
});

describe('copying', () => {
  it('puts the text as printed on the clipboard: labels, quotation marks, no placeholders', () => {
    const editor = editorWith([
      title('题'),
      { type: 'paragraph', section: 'kaitou', children: [{ text: '' }] },
      point('甲。', '正文', 'sandian'),
      { type: 'point', section: 'sandian', children: [{ text: '正如' }, { type: 'quote', speaker: '某', children: [{ text: '引语' }] }, { text: '所说。' }] },
    ]);
    const data = new Map<string, string>();
    Transforms.select(editor, { anchor: Editor.start(editor, [1]), focus: { path: [3, 1, 0], offset: 1 } });
    editor.setFragmentData({ setData: (format: string, value: string) => data.set(format, value) } as unknown as DataTransfer);
    expect(data.get('text/plain')).toBe('\n一是甲。正文\n二是正如“引”');
    expect(data.get('text/html')).toBe('<p></p><p>一是甲。正文</p><p>二是正如“引”</p>');
    Transforms.select(editor, { anchor: { path: [2, 0], offset: 1 }, focus: Editor.end(editor, [2]) });
    editor.setFragmentData({ setData: (format: string, value: string) => data.set(format, value) } as unknown as DataTransfer);
    expect(data.get('text/plain')).toBe('。正文');
  });
});
