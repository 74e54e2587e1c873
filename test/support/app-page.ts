import type { BrowserContext, Download, Locator, Page } from 'playwright-core';

/** What the export dialog offers; absent fields keep the remembered choice. */
export interface ExportChoices {
  fonts?: 'gb2312' | 'windows';
  printAuthorLine?: boolean;
  quoteSources?: 'none' | 'footnotes' | 'endnote-list';
}

const QUOTE_SOURCE_LABELS = { none: '不标注', footnotes: '脚注', 'endnote-list': '文末列出' } as const;

export type FileToUpload = string | { name: string; mimeType: string; buffer: Buffer };

export interface WizardValues {
  theme: string;
  role?: string;
  unit?: string;
  author?: string;
  date?: string;
}

/**
 * The application as a user sees it: the top bar (新建 打开 最近 保存 另存为
 * 导出 Word), the file name with its ● mark, notices, the draft, and the
 * dialogs. Tests speak in these terms, not in selectors.
 */
export class AppPage {
  /** Uncaught exceptions and CSP violations: either means the page is broken. */
  readonly pageProblems: string[] = [];
  /** Every console error, failed loads included (a missing favicon shows as “Failed to load resource: … 404”). */
  readonly consoleErrors: string[] = [];

  private constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.pageProblems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
        this.pageProblems.push(`console: ${message.text()}`);
      }
    });
  }

  static async open(context: BrowserContext, url: string): Promise<AppPage> {
    const app = new AppPage(await context.newPage());
    await app.page.goto(url);
    await app.topButton('新建').waitFor();
    return app;
  }

  topButton(name: '新建' | '打开' | '最近' | '导入' | '保存' | '另存为' | '历史版本' | '关闭' | '导出 Word' | '征集汇编' | '帮助'): Locator {
    return this.page.getByRole('banner').getByRole('button', { name, exact: true });
  }

  /** The file name in the top bar, with the ● mark when there are unsaved changes. */
  get fileLabel(): Locator {
    return this.page.locator('.bar-file');
  }

  async isDirty(): Promise<boolean> {
    return (await this.fileLabel.getByLabel('有未保存的修改').count()) > 0;
  }

  /** The draft being edited (the editor) or shown (the read-only page). */
  get draft(): Locator {
    return this.page.getByRole('article', { name: '稿件正文' }).or(this.page.getByRole('textbox', { name: '稿件正文' })).first();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  get errorNotice(): Locator {
    return this.page.getByRole('alert');
  }

  get statusNotice(): Locator {
    return this.page.getByRole('status');
  }

  /** Waits until an error says something matching `pattern`, and returns its text. */
  async waitForError(pattern: RegExp): Promise<string> {
    const notice = this.errorNotice.filter({ hasText: pattern }).first();
    await notice.waitFor();
    return ((await notice.locator('p').first().textContent()) ?? '').trim();
  }

  /** The derived labels (一是, 一、 …) shown in the draft, in order. */
  async labels(): Promise<string[]> {
    await this.draft.waitFor();
    return this.draft.locator('.label, .dw-label').allTextContents();
  }

  /**
   * Puts the caret in the first empty body paragraph (the opening, in a new
   * draft from a template) and types `text` there, as a user would.
   */
  async typeInFirstEmptyParagraph(text: string): Promise<void> {
    const paragraph = this.draft.locator('p.dw-paragraph.is-empty, p.dw-paragraph:has(.dw-placeholder)').first();
    // The placeholder is drawn over the empty line; the caret goes where the text starts.
    await paragraph.locator('.dw-text').click({ position: { x: 1, y: 4 }, force: true });
    await this.page.keyboard.type(text);
    await this.draft.getByText(text).waitFor();
  }

  /** The quotations in the draft as read on screen (with their “”), and their tooltips. */
  async quotes(): Promise<{ text: string; title: string | null }[]> {
    await this.draft.waitFor();
    const quotes = this.draft.locator('.quote, .dw-quote');
    return Promise.all(
      (await quotes.all()).map(async (quote) => ({
        // The editor pads inline elements with invisible characters for the caret; a reader does not see them.
        text: ((await quote.textContent()) ?? '').replace(/[\u00a0\ufeff\u200b]/g, ''),
        title: await quote.getAttribute('title'),
      })),
    );
  }

  // ---------- new-draft wizard ----------
  get wizard(): Locator {
    return this.dialog(/^新建稿件|^模板管理/);
  }

  /** 新建 → pick `templateName` by searching for it → fill the form → 创建稿件. */
  async newDraftFromTemplate(templateName: string, values: WizardValues): Promise<void> {
    await this.topButton('新建').click();
    await this.wizard.waitFor();
    await this.wizard.getByRole('combobox', { name: '搜索模板' }).fill(templateName);
    await this.wizard.getByRole('option', { name: templateName }).click();
    await this.wizard.getByRole('button', { name: '下一步' }).click();
    await this.fillWizardForm(values);
    await this.wizard.getByRole('button', { name: '创建稿件' }).click();
    await this.wizard.waitFor({ state: 'detached' });
  }

  async fillWizardForm(values: WizardValues): Promise<void> {
    const labels: Record<keyof WizardValues, RegExp> = {
      theme: /^学习主题/,
      role: /^岗位/,
      unit: /^单位/,
      author: /^姓名/,
      date: /^日期/,
    };
    for (const [key, value] of Object.entries(values) as [keyof WizardValues, string | undefined][]) {
      if (value !== undefined) await this.wizard.getByLabel(labels[key]).fill(value);
    }
  }

  // ---------- opening ----------
  get openDialog(): Locator {
    return this.dialog('打开稿件');
  }

  /** 打开 (unless the dialog is already open, e.g. showing an error) → 从电脑上传… → `file`. */
  async uploadDraft(file: FileToUpload): Promise<void> {
    if (!(await this.openDialog.isVisible())) await this.topButton('打开').click();
    await this.chooseFile(this.openDialog.getByRole('button', { name: '从电脑上传…' }), file);
  }

  /** 打开 → the file named `fileName` in the workspace's 稿件 folder. */
  async openFromLibrary(fileName: string): Promise<void> {
    await this.topButton('打开').click();
    await this.openDialog.getByRole('button', { name: new RegExp(`^${escapeRegExp(fileName)}`) }).click();
    await this.openDialog.waitFor({ state: 'detached' });
  }

  // ---------- importing ----------
  get importDialog(): Locator {
    return this.dialog(/^导入/);
  }

  /** 导入 → 选择文件… → `file`; resolves once the preview (or an error) shows. */
  async importFile(file: FileToUpload): Promise<void> {
    if (!(await this.importDialog.isVisible())) await this.topButton('导入').click();
    await this.chooseFile(this.importDialog.getByRole('button', { name: '选择文件…' }), file);
    await this.importDialog.getByRole('region', { name: '识别结果' }).or(this.importDialog.getByRole('alert')).first().waitFor();
  }

  /** The preview's left pane (the source as read) and right pane (the recognised structure). */
  importPanes(): { source: Locator; structure: Locator } {
    return {
      source: this.importDialog.getByRole('region', { name: '原文' }),
      structure: this.importDialog.getByRole('region', { name: '识别结果' }),
    };
  }

  /** Clicks `button`, which opens the browser's file chooser, and picks `file` in it. */
  async chooseFile(button: Locator, file: FileToUpload): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), button.click()]);
    await chooser.setFiles(file);
  }

  // ---------- saving ----------
  get saveDialog(): Locator {
    return this.dialog('保存稿件');
  }

  /** Answers the browser's save prompt with `name` (without extension). */
  async answerSaveName(name: string): Promise<void> {
    await this.saveDialog.getByLabel('文件名').fill(name);
    await this.saveDialog.getByRole('button', { name: '保存', exact: true }).click();
    await this.saveDialog.waitFor({ state: 'detached' });
  }

  // ---------- export ----------
  get exportDialog(): Locator {
    return this.dialog('导出 Word');
  }

  /** The 体检 summary asked before export when the draft has problems: 发现 N 处问题. */
  get checkSummaryDialog(): Locator {
    return this.dialog(/^发现 \d+ 处问题$/);
  }

  /**
   * 导出 Word → (the 体检 summary, if the draft has problems: 仍然导出) →
   * the settings dialog (as given, else as remembered) → 导出, and the download it starts.
   */
  async exportWord(settings: ExportChoices = {}): Promise<Download> {
    await this.topButton('导出 Word').click();
    await this.exportDialog.or(this.checkSummaryDialog).waitFor();
    if (await this.checkSummaryDialog.isVisible()) await this.checkSummaryDialog.getByRole('button', { name: '仍然导出' }).click();
    await this.exportDialog.waitFor();
    if (settings.fonts) {
      await this.exportDialog.getByRole('radio', { name: settings.fonts === 'windows' ? /^Windows 常用字体/ : /^方正\/GB2312 字体/ }).check();
    }
    if (settings.printAuthorLine !== undefined) {
      await this.exportDialog.getByRole('checkbox', { name: /打印作者单位行/ }).setChecked(settings.printAuthorLine);
    }
    if (settings.quoteSources) {
      // The radios are drawn as a segmented control: the user clicks the segment's label.
      const label = QUOTE_SOURCE_LABELS[settings.quoteSources];
      await this.exportDialog.locator('label').filter({ hasText: new RegExp(`^${label}$`) }).click();
      if (!(await this.exportDialog.getByRole('radio', { name: label, exact: true }).isChecked())) throw new Error(`引文出处 ${label} not chosen`);
    }
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.exportDialog.getByRole('button', { name: '导出', exact: true }).click(),
    ]);
    return download;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
