import type { Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import { applyFixesWithReport } from '../../../../core/checks/apply-fixes.js';
import { fixAllMechanical } from '../../../../core/checks/fix-all.js';
import { runChecks } from '../../../../core/checks/registry.js';
import type { Finding } from '../../../../core/checks/types.js';
import type { Block, Draft } from '../../../../core/model/schema.js';
import { currentDraft } from '../model/draft-editor.js';
import { replaceDraftContent } from '../model/replace-draft.js';
import type { AnalysisStore } from '../ui/analysis-store.js';
import { ignoreKey, withoutIgnored } from './finding-view.js';
import { loadRendererSegmenter } from './segmenter.js';
import { quoteCheckResult, stillCurrent, type QuoteCheckDetail, type QuoteCheckResult, type QuoteFinding, type VerifiedQuote } from './quote-findings.js';

/** Typing pauses this long before the checks run again (5,000 characters take ~15 ms). */
export const CHECK_DEBOUNCE_MS = 300;
/** The quotation verifier asks the library (a service call): a little longer. */
export const VERIFY_DEBOUNCE_MS = 700;

export interface ChecksState {
  /** What the 体检 tab lists and the page underlines: document order, ignored ones left out. */
  findings: readonly Finding[];
  /** Quotation findings' diffs and library words, by locationKey. */
  quoteDetails: ReadonlyMap<string, QuoteCheckDetail>;
  /** Quotations that match the library (✓ with source). */
  verifiedQuotes: readonly VerifiedQuote[];
  /** The quotation check: not yet run, running, done, or unavailable (no library). */
  verify: 'pending' | 'running' | 'done' | 'unavailable';
  /** The blocks the findings were made for. */
  blocks: readonly Block[];
}

export interface ChecksStore {
  get(): ChecksState;
  subscribe(listener: () => void): () => void;
  /** Checks now (and verifies quotations again), without waiting for a pause in typing. */
  refresh(): Promise<readonly Finding[]>;
  ignore(finding: Finding): void;
  /** 修正 (one finding) or a group's 全部修正: their fixes as one undo step; returns how many were applied. */
  fix(findings: readonly Finding[]): number;
  /** 全部修正: every mechanical fix, repeated until none is left, as one undo step; returns how many were applied. */
  fixAll(): number;
  /** Asks the side panel to show the 体检 tab (the pre-export summary's 查看问题). */
  reveal(): void;
  onReveal(listener: () => void): () => void;
  /** Starts checking after changes (an effect: React may start and stop it twice); returns stop. */
  start(): () => void;
}

export interface ChecksOptions {
  /** The draft as loaded (its meta travels with the checked draft). */
  loaded: Draft;
  analysis: AnalysisStore;
  /** The verifier (verifyDraft); undefined result: no library here. */
  verify(draft: Draft): Promise<readonly QuoteFinding[] | undefined>;
}

/**
 * Runs the writing checks on the editor's draft after each pause in typing,
 * and the quotation verifier a little later, merging its findings in as
 * external findings. One store per editor, like the analysis store.
 */
export function createChecksStore(editor: Editor, options: ChecksOptions): ChecksStore {
  const listeners = new Set<() => void>();
  const revealListeners = new Set<() => void>();
  const ignored = new Set<string>();
  let quotes: { checked: readonly Block[]; result: QuoteCheckResult } | undefined;
  let verifyState: ChecksState['verify'] = 'pending';
  let all: Finding[] = [];
  let state: ChecksState = { findings: [], quoteDetails: new Map(), verifiedQuotes: [], verify: 'pending', blocks: [] };
  let checkTimer: number | undefined;
  let verifyTimer: number | undefined;
  let verifyRun = 0;
  let stopped = true;

  const draftNow = (): Draft => currentDraft(editor, options.loaded);
  const notify = (): void => listeners.forEach((listener) => listener());

  const publish = (): void => {
    const blocks = editor.children as Block[];
    const current = quotes ? stillCurrent(quotes.result, quotes.checked, blocks) : undefined;
    state = {
      findings: withoutIgnored(all, ignored),
      quoteDetails: current?.details ?? new Map(),
      verifiedQuotes: current?.verified ?? [],
      verify: verifyState,
      blocks,
    };
    notify();
  };

  const templateOption = () => {
    const template = options.analysis.template();
    return template ? { template } : {};
  };

  const check = (): Finding[] => {
    window.clearTimeout(checkTimer);
    checkTimer = undefined;
    const draft = draftNow();
    const current = quotes ? stillCurrent(quotes.result, quotes.checked, draft.children) : undefined;
    all = runChecks(draft, { ...templateOption(), externalFindings: current?.external ?? [] });
    publish();
    return all;
  };

  /** Puts a fixed draft into the editor as Slate operations (one undo step) and lists what is left at once. */
  const putFixed = (fixed: Draft, count: number): number => {
    if (count === 0) return 0;
    HistoryEditor.withNewBatch(editor, () => replaceDraftContent(editor, fixed));
    check();
    return count;
  };

  const verify = async (): Promise<void> => {
    window.clearTimeout(verifyTimer);
    verifyTimer = undefined;
    const run = ++verifyRun;
    const draft = draftNow();
    verifyState = 'running';
    try {
      const found = await options.verify(draft);
      if (stopped || run !== verifyRun) return;
      verifyState = found ? 'done' : 'unavailable';
      quotes = found ? { checked: draft.children, result: quoteCheckResult(draft, found) } : undefined;
    } catch {
      // The writing checks go on without the library; the tab says the quotation check is unavailable.
      if (stopped || run !== verifyRun) return;
      verifyState = 'unavailable';
      quotes = undefined;
    }
    check();
  };

  const schedule = (): void => {
    window.clearTimeout(checkTimer);
    window.clearTimeout(verifyTimer);
    checkTimer = window.setTimeout(check, CHECK_DEBOUNCE_MS);
    verifyTimer = window.setTimeout(() => void verify(), VERIFY_DEBOUNCE_MS);
  };

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async refresh() {
      await verify();
      check();
      return state.findings;
    },
    ignore(finding) {
      ignored.add(ignoreKey(finding));
      publish();
    },
    fix(findings) {
      const report = applyFixesWithReport(draftNow(), findings);
      return putFixed(report.draft, report.applied.length);
    },
    fixAll() {
      const result = fixAllMechanical(draftNow(), templateOption());
      return putFixed(result.draft, result.fixed.length);
    },
    reveal: () => revealListeners.forEach((listener) => listener()),
    onReveal(listener) {
      revealListeners.add(listener);
      return () => revealListeners.delete(listener);
    },
    start() {
      stopped = false;
      const unsubscribe = options.analysis.subscribe(schedule);
      check();
      // Once the segmenter is there, check again with the word-based checks.
      void loadRendererSegmenter().then((loaded) => {
        if (loaded && !stopped) check();
      });
      verifyTimer = window.setTimeout(() => void verify(), 0);
      return () => {
        stopped = true;
        unsubscribe();
        window.clearTimeout(checkTimer);
        window.clearTimeout(verifyTimer);
      };
    },
  };
}
