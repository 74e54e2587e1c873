import { describe, expect, it } from 'vitest';
import type { Block } from '../../core/model/schema.js';
import { insertQuotation, quoteElement, sourceLine, type QuotationToInsert } from '../../renderer/src/editor/model/insert-quote.js';
import {
  highlightParts,
  isSearching,
  matchDraftTheme,
  NO_FILTERS,
  parseThemeList,
  quoteFieldErrors,
  quoteInputOf,
  searchArgument,
  EMPTY_QUOTE_FIELDS,
  type InstalledTheme,
} from '../../renderer/src/editor/quotes/quote-logic.js';
import { blocks, cursor, editorWith, para, title } from './editor-test-kit.js';

const QUOTE: QuotationToInsert = {
  id: 'q1',
  text: '干事担事，是干部的职责所在，也是价值所在',
  speaker: '习近平总书记',
  source: '《之江新语》',
  date: '2007年3月',
};

describe('inserting a library quotation', () => {
  it('writes 习近平总书记强调：“…”。 at the cursor, the words in a quote element bound to the library id', () => {
    const editor = editorWith([title('题'), para('我们要牢记。')]);
    cursor(editor, 1, 5);
    expect(insertQuotation(editor, QUOTE)).toBe(true);
    const block = blocks(editor)[1]!;
    expect(block.children).toEqual([
      { text: '我们要牢记习近平总书记强调：' },
      { type: 'quote', quoteId: 'q1', speaker: '习近平总书记', source: '《之江新语》，2007年3月', children: [{ text: QUOTE.text }] },
      { text: '。' },
    ]);
    // The 。 already there ends the sentence; the caret is after the quotation, outside the quote element.
    expect(editor.selection?.anchor).toEqual({ path: [1, 2], offset: 0 });
    cursor(editor, 1, 'end');
    insertQuotation(editor, QUOTE);
    expect(blocks(editor)[1]!.children.at(-1)).toEqual({ text: '。' });
    expect(blocks(editor)[1]!.children.at(-3)).toEqual({ text: '。习近平总书记强调：' });
    expect(editor.selection?.anchor).toEqual({ path: [1, 4], offset: 1 });
  });

  it('adds no full stop after a whole sentence or before punctuation, and no lead-in after a colon', () => {
    const sentence = { ...QUOTE, text: '做工作的根本目的在于解决问题。' };
    const editor = editorWith([title('题'), para('他指出：'), para('，这很重要')]);
    cursor(editor, 1, 'end');
    insertQuotation(editor, sentence);
    expect((blocks(editor)[1]!.children as { text?: string }[]).map((c) => c.text ?? '“quote”')).toEqual(['他指出：', '“quote”', '']);
    cursor(editor, 2, 'start');
    insertQuotation(editor, QUOTE);
    expect(blocks(editor)[2]!.children[0]).toEqual({ text: '习近平总书记强调：' });
    expect(blocks(editor)[2]!.children[2]).toEqual({ text: '，这很重要' });
  });

  it('inserts only the quotation when the library names no speaker', () => {
    const editor = editorWith([title('题'), para('')]);
    cursor(editor, 1, 'end');
    insertQuotation(editor, { ...QUOTE, speaker: '', source: '', date: '' });
    const inline = blocks(editor)[1]!.children[1];
    expect(inline).toEqual({ type: 'quote', quoteId: 'q1', speaker: '', children: [{ text: QUOTE.text }] });
  });

  it('goes to the end of the body text before the cursor when the cursor is in the title', () => {
    const editor = editorWith([title('题'), para('正文。'), { type: 'signature', children: [{ text: '张三' }] }]);
    cursor(editor, 2, 'end');
    insertQuotation(editor, QUOTE);
    const body: Block = blocks(editor)[1]!;
    expect(body.children[0]).toEqual({ text: '正文。习近平总书记强调：' });
    expect(blocks(editor)[2]!.children).toEqual([{ text: '张三' }]);
  });

  it('reports false when the draft has no body block', () => {
    const editor = editorWith([title('只有标题')]);
    cursor(editor, 0, 'end');
    expect(insertQuotation(editor, QUOTE)).toBe(false);
  });

  it('is one step in the undo history', () => {
    const editor = editorWith([title('题'), para('开头')]);
    cursor(editor, 1, 'end');
    insertQuotation(editor, QUOTE);
    editor.undo();
    expect(blocks(editor)[1]!.children).toEqual([{ text: '开头' }]);
  });

  it('joins source and date for the tooltip and footnote', () => {
    expect(sourceLine('《之江新语》', '')).toBe('《之江新语》');
    expect(sourceLine('', '2019年')).toBe('2019年');
    expect(quoteElement({ ...QUOTE, source: ' ', date: '' })).not.toHaveProperty('source');
  });
});

describe('金句 tab logic', () => {
  it('cuts a quotation at the service’s match spans, clipping and ordering them', () => {
    expect(highlightParts('江山就是人民', [{ start: 4, end: 6 }, { start: 0, end: 2 }])).toEqual([
      { text: '江山', match: true },
      { text: '就是', match: false },
      { text: '人民', match: true },
    ]);
    expect(highlightParts('人民', [{ start: 1, end: 9 }])).toEqual([
      { text: '人', match: false },
      { text: '民', match: true },
    ]);
    expect(highlightParts('无', [])).toEqual([{ text: '无', match: false }]);
  });

  it('turns the filters into a search argument', () => {
    expect(searchArgument(NO_FILTERS)).toEqual({ query: '', limit: 30 });
    expect(searchArgument({ query: ' 人民 ', speaker: ' 毛泽东 ', theme: '千万工程', status: '待核' })).toEqual({
      query: '人民',
      limit: 30,
      speaker: '毛泽东',
      theme: '千万工程',
      status: '待核',
    });
    expect(isSearching(NO_FILTERS)).toBe(false);
    expect(isSearching({ ...NO_FILTERS, status: '已核' })).toBe(true);
    expect(isSearching({ ...NO_FILTERS, speaker: '习近平' })).toBe(true);
  });

  it('finds the installed theme a draft’s theme names, exactly or by most shared words', () => {
    const theme = (id: string, title: string, tag: string): InstalledTheme => ({
      id,
      title,
      tag,
      organizer: '',
      description: '',
      keyPoints: [],
      subHeadings: [],
      templateId: 't',
      importedAt: '',
    });
    const themes = [theme('a', '学习“千万工程”“浦江经验”', '千万工程浦江经验'), theme('b', '主题教育', '主题教育')];
    expect(matchDraftTheme('主题教育', themes)?.id).toBe('b');
    expect(matchDraftTheme('学习“千万工程”经验', themes)?.id).toBe('a');
    expect(matchDraftTheme('党史学习教育', themes)).toBeUndefined();
    expect(matchDraftTheme('', themes)).toBeUndefined();
  });

  it('checks and converts the 添加金句 form', () => {
    expect(quoteFieldErrors(EMPTY_QUOTE_FIELDS)).toHaveProperty('text');
    expect(quoteFieldErrors({ ...EMPTY_QUOTE_FIELDS, text: '绿水青山', checked: true })).toEqual({ source: '标为“已核”须填写出处（讲话或文章、刊载处或网址）。' });
    expect(quoteFieldErrors({ ...EMPTY_QUOTE_FIELDS, text: '绿水青山', url: 'www.example.cn' })).toHaveProperty('url');
    expect(quoteFieldErrors({ ...EMPTY_QUOTE_FIELDS, text: '绿水青山', checked: true, url: 'http://www.example.cn/a.html' })).toEqual({});
    expect(parseThemeList('千万工程、浦江经验；千万工程 ')).toEqual(['千万工程', '浦江经验']);
    expect(quoteInputOf({ ...EMPTY_QUOTE_FIELDS, text: '“绿水青山就是金山银山”', themes: '生态' })).toEqual({
      text: '绿水青山就是金山银山',
      speaker: '习近平总书记',
      source: '',
      date: '',
      publishedIn: '',
      url: '',
      themes: ['生态'],
      status: '待核',
    });
    const checked = { ...EMPTY_QUOTE_FIELDS, text: '绿水青山就是金山银山', source: '之江新语', checked: true };
    expect(quoteInputOf(checked, '2026-12-03')).toMatchObject({ status: '已核', checkedAt: '2026-12-03', source: '之江新语' });
  });
});
