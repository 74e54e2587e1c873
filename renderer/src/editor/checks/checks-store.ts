import type { Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import { applyFixesWithReport } from '../../../../core/checks/apply-fixes.js';
import { fixAllMechanical } from '../../../../core/checks/fix-all.js';
import type { Finding } from '../../../../core/checks/types.js';
import type { Block, Draft } from '../../../../core/model/schema.js';
import { currentDraft } from '../model/draft-editor.js';
import { replaceDraftContent } from '../model/replace-draft.js';
import type { AnalysisStore } from '../ui/analysis-store.js';
import { ignoreKey, withoutIgnored } from './finding-view.js';
import { createCheckRunner, type CheckRunner } from './check-runner.js';
import { quoteCheckResult, stillCurrent, type QuoteCheckDetail, type QuoteCheckResult, type QuoteFinding, type VerifiedQuote } from './quote-findings.js';

/** Typing pauses this long before the checks run again (in their worker: 5,000 characters take ~15 ms). */
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
  /** Resolves once the findings are those of the draft as it is now (tests, the pre-export summary). */
  settled(): Promise<readonly Finding[]>;
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
  /** The blocks `all` was found in: underlines are drawn only on blocks that are still these. */
  let checked: readonly Block[] = [];
  let runner: CheckRunner | undefined;
  let latest: Promise<readonly Finding[]> = Promise.resolve([]);

  const draftNow = (): Draft => currentDraft(editor, options.loaded);
  const notify = (): void => listeners.forEach((listener) => listener());

  const publish = (): void => {
    const current = quotes ? stillCurrent(quotes.result, quotes.checked, checked) : undefined;
    state = {
      findings: withoutIgnored(all, ignored),
      quoteDetails: current?.details ?? new Map(),
      verifiedQuotes: current?.verified ?? [],
      verify: verifyState,
      blocks: checked,
    };
    notify();
  };

  const templateOption = () => {
    const template = options.analysis.template();
    return template ? { template } : {};
  };

  /**
   * Checks the draft as it is now, in the checks worker (the page goes on);
   * the findings are published when they come back, unless a newer check was
   * asked for meanwhile, whose findings then answer this call too.
   */
  const check = (): Promise<readonly Finding[]> => {
    window.clearTimeout(checkTimer);
    checkTimer = undefined;
    const draft = draftNow();
    const current = quotes ? stillCurrent(quotes.result, quotes.checked, draft.children) : undefined;
    runner ??= createCheckRunner();
    const run = runner
      .run(draft, { ...templateOption(), externalFindings: current?.external ?? [] })
      .then((found): readonly Finding[] | Promise<readonly Finding[]> => {
        // Superseded: the newer check answers (unless the runner was disposed and none follows).
        if (found === undefined) return latest === run ? state.findings : latest;
        all = found;
        checked = draft.children;
        publish();
        return state.findings;
      })
      .catch((error: unknown) => {
        // The last findings stay listed; the next pause in typing tries again.
        console.error('writing checks failed', error);
        return state.findings;
      });
    latest = run;
    return run;
  };

  /** Puts a fixed draft into the editor as Slate operations (one undo step) and checks what is left at once. */
  const putFixed = (fixed: Draft, count: number): number => {
    if (count === 0) return 0;
    HistoryEditor.withNewBatch(editor, () => replaceDraftContent(editor, fixed));
    void check();
    return count;
  };

  const verify = async (): Promise<readonly Finding[]> => {
    window.clearTimeout(verifyTimer);
    verifyTimer = undefined;
    const run = ++verifyRun;
    const draft = draftNow();
    verifyState = 'running';
    try {
      const found = await options.verify(draft);
      if (stopped || run !== verifyRun) return latest;
      verifyState = found ? 'done' : 'unavailable';
      quotes = found ? { checked: draft.children, result: quoteCheckResult(draft, found) } : undefined;
    } catch {
      // The writing checks go on without the library; the tab says the quotation check is unavailable.
      if (stopped || run !== verifyRun) return latest;
      verifyState = 'unavailable';
      quotes = undefined;
    }
    return check();
  };

  const schedule = (): void => {
    window.clearTimeout(checkTimer);
    window.clearTimeout(verifyTimer);
    checkTimer = window.setTimeout(() => void check(), CHECK_DEBOUNCE_MS);
    verifyTimer = window.setTimeout(() => void verify(), VERIFY_DEBOUNCE_MS);
  };

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: () => verify(),
    settled: () => latest,
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
      void check();
      verifyTimer = window.setTimeout(() => void verify(), 0);
      return () => {
        stopped = true;
        unsubscribe();
        window.clearTimeout(checkTimer);
        window.clearTimeout(verifyTimer);
        runner?.dispose();
        runner = undefined;
      };
    },
  };
}
