import type { Download, Locator, Page } from 'playwright-core';

/** The 征集汇编 page, driven the way an organizer uses it. */
export class OrganizerPage {
  constructor(readonly page: Page) {}

  /** Opens 征集汇编 from the top bar. */
  static async open(page: Page): Promise<OrganizerPage> {
    const organizer = new OrganizerPage(page);
    await organizer.show();
    return organizer;
  }

  /** Clicks 征集汇编 in the top bar and waits for the page. */
  async show(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: '征集汇编', exact: true }).click();
    await this.region.waitFor();
  }

  get region(): Locator {
    return this.page.getByRole('region', { name: '征集汇编' });
  }

  async createCollection(theme: string, deadline: string, organizerUnit: string): Promise<void> {
    await this.region.getByRole('button', { name: '新建征集' }).click();
    const form = this.region.getByRole('form', { name: '新建征集' });
    await form.getByLabel('征集主题').fill(theme);
    await form.getByLabel('截止日期').fill(deadline);
    await form.getByLabel('组织单位').fill(organizerUnit);
    await form.getByRole('button', { name: '创建征集' }).click();
    await this.region.getByRole('heading', { name: theme }).waitFor();
  }

  async openTab(name: '交稿情况' | '名单' | '查重' | '汇编' | '设置'): Promise<void> {
    await this.region.getByRole('tab', { name }).click();
  }

  /** Clicks `button` and answers the file chooser it opens with `files`. */
  async upload(button: string, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.region.getByRole('button', { name: button }).click()]);
    await chooser.setFiles(files);
  }

  table(name: string): Locator {
    return this.region.getByRole('table', { name });
  }

  /** The first column of each body row. */
  async firstColumn(tableName: string): Promise<string[]> {
    return this.table(tableName).locator('tbody tr td:first-child').allTextContents();
  }

  /** Starts the export `button` triggers and returns its download. */
  async download(button: RegExp | string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.region.getByRole('button', { name: button }).click()]);
    return download;
  }
}
