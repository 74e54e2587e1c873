import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import { AppPage, type ExportChoices } from './app-page.js';
import type { EditorWebHost } from './editor-host.js';

/**
 * The draft workspace as a user sees it: the page (稿件正文) with its
 * labels, the formatting toolbar, the 提纲 outline, the 写作要点 panel and
 * the status bar. Opening a draft and exporting go through the app shell
 * (AppPage), so this page object is where the shell's flows are assumed.
 */
export class EditorPage {
  /** Uncaught exceptions, console errors and dialogs: any of them means something ran that should not have. */
  readonly problems: string[] = [];
  /** Every console message of any level (a Word paste must log nothing at all, CSP reports included). */
  readonly consoleMessages: string[] = [];

  private constructor(
    readonly page: Page,
    private readonly app: AppPage,
  ) {
    page.on('pageerror', (error) => this.problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      this.consoleMessages.push(`${message.type()}: ${message.text()}`);
      if (message.type() === 'error') this.problems.push(`console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      this.problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }

  /** Opens the workspace draft `fileName` (in the workspace's 稿件 folder) and waits for the editor. */
  static async open(context: BrowserContext, web: EditorWebHost, fileName: string): Promise<EditorPage> {
    const app = await AppPage.open(context, web.host.url);
    const editorPage = new EditorPage(app.page, app);
    await app.openFromLibrary(fileName);
    await editorPage.editor.waitFor();
    return editorPage;
  }

  /** The editor of a draft the shell has open already (made by the wizard, imported …). */
  static async attach(app: AppPage): Promise<EditorPage> {
    const editorPage = new EditorPage(app.page, app);
    await editorPage.editor.waitFor();
    return editorPage;
  }

  get editor(): Locator {
    return this.page.getByRole('textbox', { name: '稿件正文' });
  }

  get outline(): Locator {
    return this.page.getByRole('navigation', { name: '提纲' });
  }

  get sidePanel(): Locator {
    return this.page.getByRole('complementary', { name: '辅助面板' });
  }

  get statusBar(): Locator {
    return this.page.getByRole('region', { name: '字数统计' });
  }

  toolButton(name: string): Locator {
    return this.page.getByRole('toolbar', { name: '格式' }).getByRole('button', { name, exact: true });
  }

  /** The labels (一是, 一、 …) drawn in the page, in order. */
  labels(): Promise<string[]> {
    return this.editor.locator('.dw-label').allTextContents();
  }

  /** The points as “label|text”, in order. */
  async points(): Promise<string[]> {
    return this.editor.locator('.dw-point').evaluateAll((nodes) =>
      nodes.map((node) => `${node.querySelector('.dw-label')?.textContent ?? ''}|${node.querySelector('.dw-text')?.textContent?.replace(/\uFEFF/g, '') ?? ''}`),
    );
  }

  /** Every block as “kind|label|text” (kind: the block's dw- class, e.g. point, closing, heading), in order. */
  async blocks(): Promise<string[]> {
    return this.editor.locator('.dw-block').evaluateAll((nodes) =>
      nodes.map((node) => {
        const kind = [...node.classList].find((name) => name.startsWith('dw-') && name !== 'dw-block')?.slice(3) ?? '';
        const text = node.querySelector('.dw-text')?.textContent?.replace(/\uFEFF/g, '') ?? '';
        return `${kind}|${node.querySelector('.dw-label')?.textContent ?? ''}|${text}`;
      }),
    );
  }

  /** The text of the `index`-th block of `kind`, without its label. */
  async blockText(kind: 'point' | 'paragraph' | 'closing' | 'title', index: number): Promise<string> {
    const text = await this.editor.locator(`.dw-${kind}`).nth(index).locator('.dw-text').textContent();
    return (text ?? '').replace(/\uFEFF/g, '');
  }

  /** Puts the cursor at the end of the `index`-th block of `kind` (e.g. 'point'). */
  async clickInto(kind: 'point' | 'paragraph' | 'closing' | 'title', index: number): Promise<void> {
    const block = this.editor.locator(`.dw-${kind}`).nth(index);
    const text = block.locator('.dw-text');
    // An empty block without guidance has a text span of no width: click the line itself.
    await ((await text.boundingBox())?.width ? text : block).click();
    await this.page.keyboard.press('End');
    // slate-react takes the caret on a throttled selectionchange: let it, as a person's next keystroke would.
    await this.page.waitForTimeout(150);
  }

  /**
   * Selects the first occurrence of `text` in the page's editable text (as a
   * drag with the mouse would), or with `caret` puts the caret right after it
   * (as a click there would). The text must lie within one text node.
   */
  async select(text: string, caret = false): Promise<void> {
    await this.editor.evaluate(
      (editor, [wanted, collapse]) => {
        const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('[contenteditable="false"]')) continue;
          const at = node.textContent?.indexOf(wanted as string) ?? -1;
          if (at < 0) continue;
          const end = at + (wanted as string).length;
          if (collapse) document.getSelection()!.collapse(node, end);
          else document.getSelection()!.setBaseAndExtent(node, at, node, end);
          return;
        }
        throw new Error(`no text node holds ${wanted as string}`);
      },
      [text, caret] as const,
    );
    // slate-react reads the browser's selection on a throttled selectionchange.
    await this.page.waitForTimeout(200);
  }

  /** Types text as an IME would commit it. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.insertText(text);
  }

  /** Fires a paste of `data` (type → content) at the cursor, as the browser does for Ctrl+V. */
  async paste(data: Record<string, string>): Promise<void> {
    await this.editor.evaluate((editor, entries) => {
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
      const anchor = document.getSelection()?.anchorNode;
      const inside = anchor instanceof Element ? anchor : anchor?.parentElement;
      const target = inside && editor.contains(inside) ? inside : editor;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, data);
  }

  /** Fires a copy of the current selection, as the browser does for Ctrl+C, and returns what went on the clipboard. */
  async copy(select: () => Promise<void> = async () => undefined): Promise<Record<string, string>> {
    // slate-react reads the browser's selection on a throttled selectionchange, and a late
    // re-render (体检 underlines arriving) can collapse it: select and copy again until the
    // editor holds the selection (a copy changes nothing).
    let copied: Record<string, string> = {};
    for (let attempt = 0; attempt < 20 && !copied['text/plain']; attempt++) {
      await select();
      await this.page.waitForTimeout(200);
      copied = await this.editor.evaluate((editor) => {
        const transfer = new DataTransfer();
        const anchor = document.getSelection()?.anchorNode;
        const inside = anchor instanceof Element ? anchor : anchor?.parentElement;
        const target = inside && editor.contains(inside) ? inside : editor;
        target.dispatchEvent(new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }));
        return Object.fromEntries(transfer.types.map((type) => [type, transfer.getData(type)]));
      });
    }
    return copied;
  }

  /** 导出 Word, and the download it starts. */
  exportWord(settings: ExportChoices = {}): Promise<Download> {
    return this.app.exportWord(settings);
  }

  /** The shell around the editor (top bar, dialogs, notices). */
  get shell(): AppPage {
    return this.app;
  }

  // ---------- side panel ----------
  sideTab(name: '写作要点' | '金句' | '体检'): Locator {
    return this.sidePanel.getByRole('tab', { name, exact: true });
  }

  /** Shows a side panel tab and returns its panel. */
  async openSideTab(name: '写作要点' | '金句' | '体检'): Promise<Locator> {
    await this.sideTab(name).click();
    return this.sidePanel.getByRole('tabpanel', { name });
  }

  /** The 金句 tab's result cards. */
  get quoteCards(): Locator {
    return this.sidePanel.getByRole('list', { name: '金句' }).getByRole('listitem');
  }

  /** The 体检 tab's groups as “name count” in order, e.g. ['标点符号 2', '引文核校 1']. */
  findingGroups(): Promise<string[]> {
    return this.sidePanel
      .locator('.ck-group')
      .evaluateAll((groups) => groups.map((group) => `${group.getAttribute('aria-label')} ${group.querySelector('.ck-count')?.textContent ?? ''}`.trim()));
  }

  /** The findings the 体检 tab lists under `group` (标点符号, 引文核校 …). */
  findings(group: string): Locator {
    return this.sidePanel.getByRole('list', { name: group, exact: true }).getByRole('listitem');
  }

  /** Types into 搜索金句 as a user would and waits for the card holding `expected`. */
  async searchQuotes(query: string, expected: string): Promise<Locator> {
    const box = this.sidePanel.getByRole('searchbox', { name: '搜索金句' });
    await box.fill('');
    await box.pressSequentially(query, { delay: 30 });
    // Until the answer to the whole query is in, the list still shows the previous one.
    await this.sidePanel.locator('[aria-label="金句"][aria-busy="false"]').waitFor();
    const card = this.quoteCards.filter({ hasText: expected }).first();
    await card.waitFor();
    return card;
  }
}
