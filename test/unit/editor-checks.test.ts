// @vitest-environment jsdom
// The 体检 tab's logic without React: the store that re-runs the checks after typing, ignoring,
// fixes as Slate operations, the quotation verifier's findings and the page's underlines.
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runChecks } from '../../core/checks/registry.js';
import type { Finding } from '../../core/checks/types.js';
import { DEFAULT_NUMBERING, deriveLabels } from '../../core/model/numbering.js';
import type { Block, Draft } from '../../core/model/schema.js';
import { CHECK_DEBOUNCE_MS, createChecksStore, type ChecksStore } from '../../renderer/src/editor/checks/checks-store.js';
import { findingDecorator } from '../../renderer/src/editor/checks/finding-marks.js';
import { blockPlace, blockingFindings, excerptAround, groupBySeverity, groupFindings, ignoreKey, withoutIgnored } from '../../renderer/src/editor/checks/finding-view.js';
import { quoteCheckResult, stillCurrent, type QuoteFinding } from '../../renderer/src/editor/checks/quote-findings.js';
import { createAnalysisStore } from '../../renderer/src/editor/ui/analysis-store.js';
import { blocks, editorWith, heading, para, point, title } from './editor-test-kit.js';

const draftOf = (children: Block[]): Draft => ({
  schemaVersion: 1,
  meta: { author: '', unit: '', date: '', theme: '', genre: '学习心得体会', templateId: '' },
  numbering: DEFAULT_NUMBERING,
  children,
});

const texts = (editor: Editor): string[] => blocks(editor).map((block) => Editor.string(editor, [blocks(editor).indexOf(block)]));
const ids = (findings: readonly Finding[]): string[] => findings.map((finding) => finding.id);

/** Lets Slate flush its onChange (a microtask), then lets the typing pause pass. */
async function pauseTyping(): Promise<void> {
  await Promise.resolve();
  await Promise.resolve();
  vi.advanceTimersByTime(CHECK_DEBOUNCE_MS + 1);
}

interface Harness {
  editor: Editor;
  store: ChecksStore;
  stop(): void;
}

function harness(children: Block[], verify: (draft: Draft) => Promise<readonly QuoteFinding[] | undefined> = async () => []): Harness {
  const loaded = draftOf(children);
  const editor = editorWith(children);
  const analysis = createAnalysisStore(editor, null);
  const store = createChecksStore(editor, { loaded, analysis, verify });
  return { editor, store, stop: store.start() };
}

const COMMAS = '我们要加强理论学习,持续提高政治判断力,勇于担当作为。';

describe('grouping findings for the 体检 list', () => {
  it('groups by kind in the checks’ order, counts each group and how many 全部修正 would fix', () => {
    const draft = draftOf([title('题目'), para(COMMAS), para('学习贯彻要落到具体工作中去。学习贯彻要落到具体工作中去。')]);
    const groups = groupFindings(runChecks(draft));
    expect(groups.map((group) => [group.kind, group.findings.length, group.fixable])).toEqual([
      ['标点符号', 2, 2],
      ['重复', 1, 0],
    ]);
    // Each group in document order.
    expect(groups[0]!.findings.map((finding) => finding.location.start)).toEqual([9, 19]);
  });

  it('lists 错误 first, then 警告, then 提示, each grouped by kind', () => {
    const draft = draftOf([title('题目'), para(COMMAS), para('学习贯彻要落到具体工作中去。学习贯彻要落到具体工作中去。'), para('召开专题民主会，大家都把问题摆的很透彻。')]);
    const sections = groupBySeverity(runChecks(draft));
    expect(sections.map(({ severity, groups }) => [severity, groups.map((group) => group.kind)])).toEqual([
      ['error', ['标点符号', '规范表述']],
      ['warning', ['重复']],
    ]);
  });

  it('counts errors and warnings, not hints, for the pre-export summary', () => {
    const at = { block: 1, start: 0, end: 1 };
    const finding = (severity: Finding['severity']): Finding => ({ id: severity, kind: '重复', severity, message: 'm', location: at, excerpt: '' });
    expect(ids(blockingFindings([finding('info'), finding('error'), finding('warning')]))).toEqual(['error', 'warning']);
  });

  it('names where a finding is as a writer would: 标题, the label, or 第N段 among the body paragraphs', () => {
    const draft = [title('题'), para('开头。'), heading(1, '认识'), point('甲。'), point('乙。'), para('续段。')];
    const labels = deriveLabels(draft, DEFAULT_NUMBERING);
    expect(draft.map((_, i) => blockPlace(draft, labels, i))).toEqual(['标题', '第1段', '一、', '一是', '二是', '第4段']);
  });

  it('shows a finding’s text with a little of what surrounds it', () => {
    expect(excerptAround(para('一二三四五六七八九十甲乙丙'), 10, 11, 3)).toEqual({ before: '…八九十', match: '甲', after: '乙丙' });
  });
});

describe('the checks store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks at once, then again only after a pause in typing', async () => {
    const { editor, store, stop } = harness([title('题目'), para('我们要加强理论学习。')]);
    expect(await store.settled()).toEqual([]);
    const first = store.get().blocks;
    expect(first[1]).toBe(blocks(editor)[1]);
    Transforms.insertText(editor, ',持续提高', { at: Editor.end(editor, [1]) });
    await Promise.resolve();
    await Promise.resolve();
    vi.advanceTimersByTime(CHECK_DEBOUNCE_MS - 50);
    await store.settled();
    expect(store.get().blocks).toBe(first);
    expect(store.get().findings).toEqual([]);
    vi.advanceTimersByTime(60);
    expect(ids(await store.settled())).toEqual(['punct.half-width-comma']);
    expect(ids(store.get().findings)).toEqual(['punct.half-width-comma']);
    stop();
  });

  it('keeps an ignored finding hidden when the checks run again on the same text, and only that one', async () => {
    const { editor, store, stop } = harness([title('题目'), para(COMMAS), para('另一段。')]);
    const [first, second] = await store.settled();
    store.ignore(first!);
    expect(store.get().findings).toEqual([second]);
    // Typing elsewhere: the checks run again, the ignored comma stays hidden.
    Transforms.insertText(editor, '再写一句。', { at: Editor.end(editor, [2]) });
    await pauseTyping();
    await store.settled();
    expect(store.get().blocks[2]).toBe(blocks(editor)[2]);
    expect(store.get().findings.map((finding) => finding.location.start)).toEqual([19]);
    stop();
  });

  it('applies 修正 as Slate operations, one undo step, leaving the other findings', async () => {
    const { editor, store, stop } = harness([title('题目'), para(COMMAS), para('另一段。')]);
    const [first] = await store.settled();
    // Typed in the same tick: Slate would merge the fix into the typing's undo step.
    Transforms.insertText(editor, '再写。', { at: Editor.end(editor, [2]) });
    expect(store.fix([first!])).toBe(1);
    expect(texts(editor)[1]).toBe('我们要加强理论学习，持续提高政治判断力,勇于担当作为。');
    // The list is checked again at once, without waiting for a pause in typing.
    await store.settled();
    expect(store.get().blocks[1]).toBe(blocks(editor)[1]);
    expect(store.get().findings.map((finding) => finding.location.start)).toEqual([19]);
    HistoryEditor.undo(editor);
    expect(texts(editor).slice(1)).toEqual([COMMAS, '另一段。再写。']);
    stop();
  });

  it('全部修正 fixes every mechanical finding as one undo step; fixes for text that changed since are skipped', async () => {
    const { editor, store, stop } = harness([title('题目'), para(COMMAS), para('学习,学习,再学习……。'), para('学习贯彻要落到具体工作中去。学习贯彻要落到具体工作中去。')]);
    const stale = (await store.settled())[0]!;
    expect(store.fixAll()).toBeGreaterThanOrEqual(4);
    await store.settled();
    expect(texts(editor).slice(1, 3)).toEqual(['我们要加强理论学习，持续提高政治判断力，勇于担当作为。', '学习，学习，再学习……。']);
    // The repetition has no fix: it stays listed.
    expect(ids(store.get().findings)).toEqual(['repeat.sentence']);
    // A finding from before the fix no longer fits its block: nothing happens.
    expect(store.fix([stale])).toBe(0);
    await Promise.resolve();
    HistoryEditor.undo(editor);
    expect(texts(editor)[1]).toBe(COMMAS);
    expect(texts(editor)[2]).toBe('学习,学习,再学习……。');
    stop();
  });

  it('merges the quotation verifier’s findings; the replacement puts the library’s words in', async () => {
    const text = '习近平总书记强调：“绿水青山就是金山很山”。';
    const verify = vi.fn(async (draft: Draft): Promise<QuoteFinding[]> => {
      const found = draft.children[1] ? (draft.children[1].children[0] as { text: string }).text : '';
      if (!found.includes('很山')) return [okFinding(found.indexOf('“') + 1)];
      return [nearMiss(found.indexOf('“') + 1)];
    });
    const { editor, store, stop } = harness([title('题目'), para(text)], verify);
    await store.refresh();
    const [quote] = store.get().findings;
    expect(quote).toMatchObject({ id: 'quote.near-miss', kind: '引文', severity: 'warning', location: { block: 1, start: 10, end: 20 } });
    expect(store.get().quoteDetails.get('1:10:20')?.diff).toEqual(NEAR_MISS_DIFF);
    store.fix([quote!]);
    expect(texts(editor)[1]).toBe('习近平总书记强调：“绿水青山就是金山银山”。');
    await store.refresh();
    expect(store.get().findings).toEqual([]);
    expect(store.get().verifiedQuotes).toEqual([{ location: { block: 1, start: 10, end: 20 }, text: '绿水青山就是金山银山', library: LIBRARY, punctuationDiffers: false }]);
    stop();
  });

  it('goes on without the quotation check when there is no library', async () => {
    const { store, stop } = harness([title('题目'), para(COMMAS)], async () => {
      throw new Error('这里没有可用的金句库。');
    });
    const findings = await store.refresh();
    expect(store.get().verify).toBe('unavailable');
    expect(ids(findings)).toEqual(['punct.half-width-comma', 'punct.half-width-comma']);
    stop();
  });
});

const LIBRARY = { id: 'q1', text: '绿水青山就是金山银山', speaker: '习近平总书记', source: '《之江新语》', date: '', publishedIn: '', url: '', status: '已核' as const };
const NEAR_MISS_DIFF: QuoteFinding['diff'] = [
  { kind: 'same', text: '绿水青山就是金山' },
  { kind: 'removed', text: '很' },
  { kind: 'added', text: '银' },
  { kind: 'same', text: '山' },
];

function nearMiss(start: number): QuoteFinding {
  return {
    status: 'near-miss',
    origin: 'attributed-text',
    blockIndex: 1,
    start,
    end: start + 10,
    text: '绿水青山就是金山很山',
    speaker: '习近平总书记',
    library: LIBRARY,
    suggestion: LIBRARY.text,
    diff: NEAR_MISS_DIFF,
    differences: 1,
    speakerMismatch: false,
    message: '',
  };
}

function okFinding(start: number): QuoteFinding {
  return { status: 'ok', origin: 'attributed-text', blockIndex: 1, start, end: start + 10, text: LIBRARY.text, speaker: '习近平总书记', library: LIBRARY, speakerMismatch: false, message: '' };
}

describe('quotation findings from the verifier', () => {
  // A quote element: the verifier counts its “” (reader text), the checks do not (leaf text).
  const withElement: Block = {
    type: 'paragraph',
    children: [{ text: '总书记强调：' }, { type: 'quote', speaker: '习近平总书记', children: [{ text: '绿水青山就是金山很山' }] }, { text: '。' }],
  };

  it('moves offsets from reader text to leaf text, and a near miss’s fix replaces the quoted words', () => {
    const draft = draftOf([title('题目'), withElement]);
    const result = quoteCheckResult(draft, [{ ...nearMiss(7), origin: 'quote-element' }]);
    expect(result.external).toHaveLength(1);
    expect(result.external[0]!.location).toEqual({ block: 1, start: 6, end: 16 });
    const [finding] = runChecks(draft, { externalFindings: result.external });
    expect(finding).toMatchObject({ id: 'quote.near-miss', kind: '引文' });
    const editor = editorWith(draft.children);
    const store = createChecksStore(editor, { loaded: draft, analysis: createAnalysisStore(editor, null), verify: async () => [] });
    store.fix([finding!]);
    expect(blocks(editor)[1]!.children).toEqual([
      { text: '总书记强调：' },
      { type: 'quote', speaker: '习近平总书记', children: [{ text: '绿水青山就是金山银山' }] },
      { text: '。' },
    ]);
  });

  it('makes 未收录 a hint, lists matches as ✓, and drops what was found on blocks that changed since', () => {
    const draft = draftOf([title('题目'), withElement, para('他说：“人民就是江山”。')]);
    const notFound: QuoteFinding = { ...okFinding(4), status: 'not-found', blockIndex: 2, end: 9, text: '人民就是江山', speaker: '', library: undefined } as QuoteFinding;
    delete (notFound as Partial<QuoteFinding>).library;
    const result = quoteCheckResult(draft, [{ ...okFinding(7), origin: 'quote-element' }, notFound]);
    expect(result.external.map((finding) => [finding.id, finding.severity, finding.location])).toEqual([['quote.not-found', 'info', { block: 2, start: 4, end: 9 }]]);
    expect(result.verified.map((quote) => quote.location)).toEqual([{ block: 1, start: 6, end: 16 }]);
    const edited = [...draft.children];
    edited[2] = para('他说：“人民就是江山”。再写。');
    const current = stillCurrent(result, draft.children, edited);
    expect(current.external).toEqual([]);
    expect([...current.details.keys()]).toEqual([]);
    expect(current.verified).toHaveLength(1);
  });
});

describe('underlines in the page', () => {
  const paragraph = para(COMMAS);
  const checked = [title('题目'), paragraph];
  const findings = runChecks(draftOf(checked));

  it('decorates each finding’s characters in blocks the checks saw', () => {
    const decorate = findingDecorator(findings, checked);
    expect(decorate([paragraph, [1]])).toEqual([
      { anchor: { path: [1, 0], offset: 9 }, focus: { path: [1, 0], offset: 10 }, finding: 'error' },
      { anchor: { path: [1, 0], offset: 19 }, focus: { path: [1, 0], offset: 20 }, finding: 'error' },
    ]);
    expect(decorate([checked[0]!, [0]])).toEqual([]);
    expect(decorate([{ text: COMMAS }, [1, 0]])).toEqual([]);
  });

  it('draws nothing on a block edited since the checks ran', () => {
    const decorate = findingDecorator(findings, checked);
    expect(decorate([para(`${COMMAS}再`), [1]])).toEqual([]);
  });

  it('leaves ignored findings out of the list and the page alike', () => {
    const ignored = new Set([ignoreKey(findings[0]!)]);
    const shown = withoutIgnored(findings, ignored);
    expect(shown).toEqual([findings[1]]);
    expect(findingDecorator(shown, checked)([paragraph, [1]])).toHaveLength(1);
  });
});
