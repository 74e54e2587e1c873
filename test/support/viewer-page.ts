import type { BrowserContext, Download, Locator, Page } from 'playwright-core';

type FileToOpen = string | { name: string; mimeType: string; buffer: Buffer };

/**
 * The viewer as a user sees it: a toolbar (打开稿件, 导出字体, 导出 Word), a
 * notice line and the draft page. Tests speak in these terms, not selectors.
 */
export class ViewerPage {
  /** Uncaught exceptions and CSP violations: either means the page is broken. */
  readonly pageProblems: string[] = [];

  private constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.pageProblems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
        this.pageProblems.push(`console: ${message.text()}`);
      }
    });
  }

  static async open(context: BrowserContext, url: string): Promise<ViewerPage> {
    const viewer = new ViewerPage(await context.newPage());
    await viewer.page.goto(url);
    await viewer.openButton.waitFor();
    return viewer;
  }

  get openButton(): Locator {
    return this.page.getByRole('button', { name: '打开稿件', exact: true });
  }

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: '导出 Word' });
  }

  get fontSelect(): Locator {
    return this.page.getByLabel('导出字体');
  }

  get draft(): Locator {
    return this.page.getByRole('article', { name: '稿件正文' });
  }

  get errorNotice(): Locator {
    return this.page.getByRole('alert');
  }

  get statusNotice(): Locator {
    return this.page.getByRole('status');
  }

  /** Waits until the error notice says something matching `pattern`, and returns its text (without the close button). */
  async waitForError(pattern: RegExp): Promise<string> {
    const notice = this.errorNotice.filter({ hasText: pattern });
    await notice.waitFor();
    return (await notice.locator('p').textContent()) ?? '';
  }

  /** Clicks 打开稿件 and answers the file chooser it opens (the hidden file input) with `file`. */
  async openDraftFile(file: FileToOpen): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.openButton.click()]);
    await chooser.setFiles(file);
  }

  /** The derived labels (一是, 一、 …) shown in the draft, in order; waits for a draft to be shown. */
  async labels(): Promise<string[]> {
    await this.draft.waitFor();
    return this.draft.locator('.label').allTextContents();
  }

  /** Clicks 导出 Word and waits for the browser download it starts. */
  async exportWord(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton.click()]);
    return download;
  }
}
