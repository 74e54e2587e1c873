/**
 * The editor in Chromium on a 20,000-character draft: typing latency,
 * renumbering after a move, and time to an editable page. Reports through
 * `report(name, value, unit)` as bench/run.ts prints them.
 *
 * Timings are taken inside the page with performance.now(): from the input
 * event (an IME commit, as Chinese is typed) or the keydown (Alt+↑) to the
 * mutation that puts the result in the DOM, so Playwright's own round trips
 * are not counted.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Draft } from '../core/model/schema.js';
import { launchChromium, newAppContext } from '../test/support/browser.js';
import { CORPUS_DIR } from '../test/support/corpus.js';
import { startEditorWebHost, writeWorkspaceDraft } from '../test/support/editor-host.js';
import { EditorPage } from '../test/support/editor-page.js';
import { percentile, type BenchReport } from './harness.js';
import { buildSampleDraft, corpusSentences } from './sample-drafts.js';


const DRAFT_CHARS = 20_000;
const KEYSTROKES = 200;
const MOVES = 20;
const TYPED = '坚持以人民为中心的发展思想把学习成果转化为推动高质量发展的实际行动';

export async function runBrowserBench(report: BenchReport): Promise<void> {
  const web = await startEditorWebHost();
  const browser = await launchChromium();
  try {
    const fileName = await writeWorkspaceDraft(web.workspace, '两万字稿件', benchDraft());
    const context = await newAppContext(browser);
    await context.addInitScript(installProbes);
    const editor = await EditorPage.open(context, web, fileName);
    const page = editor.page;
    await page.waitForFunction(() => window.__probe?.readyAt !== undefined);
    report('renderer_ready_ms', await page.evaluate(() => window.__probe!.readyMs()), 'ms');

    // Type in the middle of the draft, one character at a time.
    await editor.clickInto('point', 20);
    await page.evaluate(() => window.__probe!.watchTyping());
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.keyboard.insertText(TYPED[i % TYPED.length]!);
      await page.waitForFunction((n) => window.__probe!.samples.length >= n, i + 1);
    }
    report('editor_keystroke_p95_ms', percentile(await page.evaluate(() => window.__probe!.samples), 0.95), 'ms');

    report('renumber_after_move_ms', await medianMove(page, editor), 'ms');
    if (editor.problems.length > 0) throw new Error(`page problems during the bench: ${editor.problems.join('; ')}`);
    await context.close();
  } finally {
    await browser.close();
    await web.close();
  }
}

/** A 研讨发言-shaped draft of 20,000 characters (real sentences when ../shared/corpus is there). */
function benchDraft(): Draft {
  const sentences = existsSync(CORPUS_DIR)
    ? corpusSentences(CORPUS_DIR)
    : ['深入学习贯彻党的创新理论，切实把学习成果转化为推动工作的实际行动。', '坚持问题导向，聚焦群众急难愁盼，持续改进工作作风。'];
  return buildSampleDraft(sentences, DRAFT_CHARS);
}

/** Alt+↑ on a point, MOVES times (alternating with Alt+↓ so it stays in its group): keydown → its new label in the DOM. */
async function medianMove(page: Page, editor: EditorPage): Promise<number> {
  await editor.clickInto('point', 31);
  const times: number[] = [];
  for (let i = 0; i < MOVES; i++) {
    const key = i % 2 === 0 ? 'Alt+ArrowUp' : 'Alt+ArrowDown';
    await page.evaluate((up) => window.__probe!.watchMove(up), i % 2 === 0);
    await page.keyboard.press(key);
    times.push(await page.evaluate(() => window.__probe!.moveDone!));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}


interface Probe {
  readyAt: number | undefined;
  shellAt: number | undefined;
  clickAt: number | undefined;
  readyMs(): number;
  samples: number[];
  watchTyping(): void;
  moveDone: Promise<number> | undefined;
  watchMove(up: boolean): void;
}

declare global {
  interface Window {
    __probe?: Probe;
  }
}

/**
 * Runs in the page before any of its scripts. Records when the editor
 * becomes editable, and timestamps input events and the DOM mutations that
 * answer them.
 */
function installProbes(): void {
  const editorSelector = '[data-slate-editor="true"][contenteditable="true"]';
  const probe: Probe = {
    readyAt: undefined,
    shellAt: undefined,
    clickAt: undefined,
    // The draft is opened from the 打开 dialog: count page load to the app's first button, then the click on the file to an editable page, not the wait between.
    readyMs: () => (probe.clickAt === undefined ? probe.readyAt! : probe.shellAt! + (probe.readyAt! - probe.clickAt)),
    samples: [],
    watchTyping() {
      const root = document.querySelector(editorSelector)!;
      let started: number | undefined;
      root.addEventListener('beforeinput', (event) => (started = event.timeStamp), true);
      new MutationObserver(() => {
        if (started === undefined) return;
        probe.samples.push(performance.now() - started);
        started = undefined;
      }).observe(root, { subtree: true, childList: true, characterData: true });
    },
    moveDone: undefined,
    watchMove(up) {
      const root = document.querySelector(editorSelector)!;
      const anchor = document.getSelection()?.anchorNode;
      const block = (anchor instanceof Element ? anchor : anchor?.parentElement)?.closest('.dw-point');
      const points = [...root.querySelectorAll('.dw-point')];
      const index = block ? points.indexOf(block) : -1;
      const expected = points[index + (up ? -1 : 1)]?.querySelector('.dw-label')?.textContent ?? '';
      let started = 0;
      probe.moveDone = new Promise((resolve) => {
        // React moves the block's element rather than recreating it, so the same element shows the new label.
        const observer = new MutationObserver(() => {
          if (block?.querySelector('.dw-label')?.textContent !== expected) return;
          observer.disconnect();
          resolve(performance.now() - started);
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true });
      });
      root.addEventListener('keydown', (event) => (started = event.timeStamp), { capture: true, once: true });
    },
  };
  window.__probe = probe;
  document.addEventListener('click', () => (probe.clickAt = performance.now()), true);
  new MutationObserver((_, observer) => {
    if (probe.shellAt === undefined && document.querySelector('button')) probe.shellAt = performance.now();
    const editor = document.querySelector<HTMLElement>(editorSelector);
    if (!editor) return;
    editor.focus();
    if (document.activeElement !== editor) return;
    probe.readyAt = performance.now();
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true });
}
