import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDraft } from '../../core/model/create.js';
import type { Block, Draft } from '../../core/model/schema.js';
import { findLibreOffice, libreOfficeCandidates } from '../../core/node/libreoffice.js';
import { layOutPagesWithFragments } from '../../core/pages/layout.js';
import { BODY_LINE, breakLines, countLines, lineEnds, textWidth, TYPE_AREA_WIDTH } from '../../core/pages/line-breaking.js';
import { blockStartPages, paginateDraft, printedParagraphs } from '../../core/pages/paginate.js';
import { createPagesStore } from '../../renderer/src/editor/pages/pages-store.js';

const han = (n: number): string => '学'.repeat(n);
const draftOf = (body: Block[], title = '关于学习的体会'): Draft => {
  const draft = createDraft(title, { author: '张三', unit: '某局' });
  return { ...draft, children: [...draft.children.filter((block) => block.type !== 'paragraph'), ...body] };
};
const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });
const heading = (text: string): Block => ({ type: 'heading', level: 1, children: [{ text }] });

const NO_LINE_START = [...'，。、；：？！”）》'];
const NO_LINE_END = [...'“（《'];

describe('line breaking on the 28-character grid', () => {
  it('breaks body text 26 + 28 + 28 … characters a line, and an empty paragraph still takes a line', () => {
    expect(breakLines(han(26 + 28 + 5)).map((line) => line.length)).toEqual([26, 28, 5]);
    expect(breakLines('')).toEqual(['']);
    expect(lineEnds(han(54))).toEqual([26, 54]);
  });

  it('never starts a line with ，。、；：？！”）》 nor ends one with “（《, and loses or adds no character', () => {
    const word = fc.stringMatching(/^[学习贯彻精神工作]{1,6}$/);
    const mark = fc.constantFrom(...NO_LINE_START, ...NO_LINE_END, '');
    const text = fc.array(fc.tuple(word, mark), { minLength: 1, maxLength: 80 }).map((parts) => parts.map(([w, m]) => w + m).join(''));
    fc.assert(
      fc.property(text, (t) => {
        const lines = breakLines(t);
        expect(lines.join('')).toBe(t);
        lines.forEach((line, i) => {
          if (i > 0) expect(NO_LINE_START, `line ${i} of ${JSON.stringify(lines)}`).not.toContain([...line][0]);
          if (i < lines.length - 1) expect(NO_LINE_END, `line ${i} of ${JSON.stringify(lines)}`).not.toContain([...line].at(-1));
          // Only ，。、 may stand in the margin.
          const width = textWidth(line.replace(/[，。、]$/, ''), BODY_LINE.size);
          expect(width).toBeLessThanOrEqual(TYPE_AREA_WIDTH - (i === 0 ? BODY_LINE.firstLineIndent : 0) + 1);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('moves a character with the ” that may not start the next line, and lets ，hang', () => {
    // 25 characters then “…”: the closing mark would start line 2, so 的 goes down with it.
    const lines = breakLines(`${han(24)}“的”${han(10)}`);
    expect([...lines[1]!][0]).not.toBe('”');
    expect(breakLines(`${han(26)}，${han(3)}`)[0]).toBe(`${han(26)}，`);
  });

  it('makes room for the space LibreOffice puts between Chinese and digits', () => {
    // LibreOffice's first line of this corpus paragraph (eval:pages); without the autospace 批在 would fit too.
    const text = `根据中央统一部署，2023年4月至2024年1月，浙江分两批在全省党员干部中开展`;
    expect(breakLines(text)[0]).toBe('根据中央统一部署，2023年4月至2024年1月，浙江分两');
    expect(textWidth('根据中央统一部署，2023年4月至2024年1月，浙江分两批', BODY_LINE.size)).toBeGreaterThan(TYPE_AREA_WIDTH - BODY_LINE.firstLineIndent);
  });

  it('gives a 22 pt title line 20 characters', () => {
    expect(countLines(han(20), { size: 44, width: TYPE_AREA_WIDTH, firstLineIndent: 0 })).toBe(1);
    expect(countLines(han(21), { size: 44, width: TYPE_AREA_WIDTH, firstLineIndent: 0 })).toBe(2);
  });
});

describe('page layout', () => {
  const body = (lines: number) => ({ lines, keepWithNext: false });
  const keep = (lines = 1) => ({ lines, keepWithNext: true });

  it('fills 22 lines a page and says which lines of which paragraph each page prints', () => {
    const { starts, pages, fragments } = layOutPagesWithFragments([body(10), body(30), body(4)]);
    expect(starts).toEqual([1, 1, 2]);
    expect(pages).toBe(2);
    expect(fragments).toEqual([
      [{ paragraph: 0, from: 0, to: 10 }, { paragraph: 1, from: 0, to: 12 }],
      [{ paragraph: 1, from: 12, to: 30 }, { paragraph: 2, from: 0, to: 4 }],
    ]);
  });

  it('keeps a heading with the next paragraph: one on a page’s last line moves over, with the heading before it', () => {
    expect(layOutPagesWithFragments([body(21), keep(), body(3)]).starts).toEqual([1, 2, 2]);
    expect(layOutPagesWithFragments([body(20), keep(), keep(), body(3)]).starts).toEqual([1, 2, 2, 2]);
    // Room for the heading and the next paragraph's first line: it stays.
    expect(layOutPagesWithFragments([body(20), keep(), body(3)]).starts).toEqual([1, 1, 1]);
    for (const page of layOutPagesWithFragments([body(21), keep(), body(30)]).fragments) {
      expect(page.reduce((n, f) => n + f.to - f.from, 0)).toBeLessThanOrEqual(22);
    }
  });
});

describe('paginateDraft: a draft as the exporter prints it', () => {
  it('prints the title, a blank line, the author line, a blank line, then the body', () => {
    const paginated = paginateDraft(draftOf([paragraph(han(30))]));
    expect(paginated.paragraphs.map((p) => p.kind)).toEqual(['title', 'blank', 'author-line', 'blank', 'body']);
    expect(paginated.paragraphs[0]!.lines.map((line) => line.map((s) => s.text).join(''))).toEqual(['关于学习的体会']);
    expect(paginated.paragraphs[4]!.lines).toHaveLength(2);
    expect(paginated.pages).toHaveLength(1);
    // Without the author line (export option) the head is two lines shorter.
    expect(paginateDraft(draftOf([paragraph(han(30))]), { printAuthorLine: false }).paragraphs.map((p) => p.kind)).toEqual(['title', 'blank', 'body']);
  });

  it('counts the pages, and moves a heading that would end a page to the next one', () => {
    // Head: 4 lines. 17 lines of body fill to line 21; the heading would be line 22: it moves to page 2.
    const draft = draftOf([paragraph(han(26 + 16 * 28)), heading('一个标题'), paragraph(han(40))]);
    const paginated = paginateDraft(draft);
    expect(paginated.pages).toHaveLength(2);
    const starts = blockStartPages(paginated);
    expect(starts.get(draft.children.length - 2)).toBe(2);
    expect(starts.get(draft.children.length - 1)).toBe(2);
    // One line shorter: the heading fits on line 21 with the next paragraph's first line on 22.
    const shorter = draftOf([paragraph(han(26 + 15 * 28)), heading('一个标题'), paragraph(han(40))]);
    expect(blockStartPages(paginateDraft(shorter)).get(shorter.children.length - 2)).toBe(1);
  });

  it('prints derived labels, a point’s lead clause bold, quotations with their marks, and a run-in heading’s body in body type', () => {
    const draft = draftOf([
      { type: 'heading', level: 2, children: [{ text: '强化学习。要把学习抓在手上' }] },
      { type: 'point', children: [{ text: '领起句。', lead: true }, { text: '正文' }, { type: 'quote', speaker: '习近平', children: [{ text: '引文' }] }] },
    ]);
    const [runIn, point] = printedParagraphs(draft).slice(-2);
    expect(runIn!.lines[0]).toEqual([
      { text: '（一）', look: 'heading2', bold: false },
      { text: '强化学习。', look: 'heading2', bold: false },
      { text: '要把学习抓在手上', look: 'body', bold: false },
    ]);
    expect(point!.lines[0]!.map((s) => [s.text, s.bold])).toEqual([['一是', true], ['领起句。', true], ['正文', false], ['“引文”', false]]);
  });

  it('re-breaks only the paragraphs that changed', () => {
    const draft = draftOf([paragraph(han(100)), paragraph(han(200))]);
    const before = printedParagraphs(draft);
    const edited = { ...draft, children: draft.children.map((block, i) => (i === draft.children.length - 1 ? paragraph(han(201)) : block)) };
    const after = printedParagraphs(edited);
    expect(after.at(-2)).toBe(before.at(-2));
    expect(after.at(-1)).not.toBe(before.at(-1));
  });
});

describe('the page view’s store: pagination off the typing path', () => {
  afterEach(() => vi.useRealTimers());

  it('re-paginates after a pause in typing, not on each change; flush paginates at once', () => {
    vi.useFakeTimers();
    let draft = draftOf([paragraph(han(100))]);
    const listeners = new Set<() => void>();
    const store = createPagesStore({ draft: () => draft, subscribe: (l) => (listeners.add(l), () => listeners.delete(l)) }, {}, 300);
    const stop = store.start();
    vi.advanceTimersByTime(400);
    const first = store.get();
    expect(first.pages).toHaveLength(1);
    const notified = vi.fn();
    store.subscribe(notified);
    for (let i = 1; i <= 5; i++) {
      draft = draftOf([paragraph(han(100 + i * 200))]);
      listeners.forEach((l) => l());
      vi.advanceTimersByTime(100);
    }
    // Typing goes on: nothing paginated yet.
    expect(store.get()).toBe(first);
    expect(notified).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(notified).toHaveBeenCalledTimes(1);
    expect(store.get().pages.length).toBeGreaterThan(1);
    draft = draftOf([paragraph(han(10))]);
    listeners.forEach((l) => l());
    expect(store.flush().pages).toHaveLength(1);
    stop();
    draft = draftOf([paragraph(han(3000))]);
    listeners.forEach((l) => l());
    vi.advanceTimersByTime(1000);
    expect(store.get().pages).toHaveLength(1);
  });
});

describe('finding LibreOffice', () => {
  it('looks on PATH first, then in the usual install folders', () => {
    const windows = libreOfficeCandidates('win32', { Path: 'C:\\Tools', ProgramFiles: 'C:\\Program Files' });
    expect(windows[0]).toBe('C:\\Tools\\soffice.exe');
    expect(windows).toContain('C:\\Program Files\\LibreOffice\\program\\soffice.exe');
    expect(windows).toContain('C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe');
    const linux = libreOfficeCandidates('linux', { PATH: '/home/u/bin' });
    expect(linux.slice(0, 2)).toEqual(['/home/u/bin/soffice', '/home/u/bin/libreoffice']);
    expect(linux).toContain('/usr/bin/soffice');
    expect(linux).toContain('/usr/lib/libreoffice/program/soffice');
  });

  it('takes GAOJIANG_SOFFICE when set, and finds none where nothing exists', () => {
    expect(findLibreOffice({ GAOJIANG_SOFFICE: '/x/soffice' }, (file) => file === '/x/soffice')).toBe('/x/soffice');
    expect(findLibreOffice({ GAOJIANG_SOFFICE: '/x/soffice' }, () => false)).toBeUndefined();
    expect(findLibreOffice({ PATH: '/nowhere' }, () => false)).toBeUndefined();
    expect(findLibreOffice({ PATH: '/nowhere' }, (file) => file === '/usr/bin/libreoffice')).toBe('/usr/bin/libreoffice');
  });
});
