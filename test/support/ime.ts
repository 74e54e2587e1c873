import type { CDPSession, Page } from 'playwright-core';

/**
 * A pinyin input method, driven through Chromium's DevTools protocol the
 * way a real IME drives the page: `Input.imeSetComposition` for each
 * keystroke of pinyin (compositionstart/update, the letters shown
 * underlined in the text), then `Input.insertText` to commit the chosen
 * characters (compositionend). Playwright's keyboard.insertText skips the
 * composition altogether, which is how the bugs of issue #20 went unseen.
 */
export class Ime {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<Ime> {
    return new Ime(page, await page.context().newCDPSession(page));
  }

  /** Composes `pinyin` one letter at a time (x, xu, xue …), leaving the composition open. */
  async compose(pinyin: string): Promise<void> {
    for (let i = 1; i <= pinyin.length; i++) await this.setComposition(pinyin.slice(0, i));
  }

  /** Replaces the composition's text, the caret at its end (one IME keystroke). */
  async setComposition(text: string): Promise<void> {
    await this.cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }

  /** Commits `text` (the chosen candidate), ending the composition. */
  async commit(text: string): Promise<void> {
    await this.cdp.send('Input.insertText', { text });
  }

  /** Escape in an IME: the composition is dropped and nothing is inserted. */
  async cancel(): Promise<void> {
    await this.setComposition('');
  }

  /** Composes `pinyin` and commits `text`: one word typed as people do. */
  async type(pinyin: string, text: string): Promise<void> {
    await this.compose(pinyin);
    await this.commit(text);
  }

  /** Several words, each composed and committed, with `pause` ms between them (the writer choosing candidates). */
  async typeWords(words: readonly (readonly [pinyin: string, text: string])[], pause = 0): Promise<void> {
    for (const [pinyin, text] of words) {
      await this.type(pinyin, text);
      if (pause > 0) await this.page.waitForTimeout(pause);
    }
  }
}
