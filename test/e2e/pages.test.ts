import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft } from '../../core/model/create.js';
import type { Block, Draft } from '../../core/model/schema.js';
import { blockStartPages, paginateDraft } from '../../core/pages/paginate.js';
import { blockText } from '../../core/model/text.js';
import { readCorpus } from '../support/corpus.js';
import { writeWorkspaceDraft } from '../support/editor-host.js';
import { EditorPage } from '../support/editor-page.js';
import { TEST_OUTPUT, useEditorSession } from '../support/editor-session.js';

const run = promisify(execFile);
const session = useEditorSession();

/** A draft of some pages: headings and paragraphs cut from the corpus, a signature at the end. */
function longDraft(): Draft {
  const sentences = readCorpus('speeches-excerpts.txt')
    .split(/(?<=[。！？])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 10);
  const draft = createDraft('学习“千万工程”经验研讨发言', { author: '张三', unit: '某某县交通运输局' });
  const body: Block[] = [];
  for (let i = 0; i < 14; i++) {
    if (i % 4 === 0) body.push({ type: 'heading', level: 1, children: [{ text: `第${i / 4 + 1}部分的标题` }] });
    body.push({ type: 'paragraph', children: [{ text: `段落${i + 1}：${sentences.slice(i * 3, i * 3 + 4).join('')}` }] });
  }
  body.push({ type: 'signature', children: [{ text: '张三' }] });
  return { ...draft, children: [...draft.children.filter((block) => block.type !== 'paragraph'), ...body] };
}

let draft: Draft;
let fileName: string;

beforeEach(async () => {
  draft = longDraft();
  fileName = await writeWorkspaceDraft(session.web().workspace, '分页预览', draft);
});

describe('分页预览 in Chromium', () => {
  it('shows the exported pages with their count, jumps back to a clicked paragraph, and prints only the pages', async () => {
    const expected = paginateDraft(draft);
    const pageCount = expected.pages.length;
    expect(pageCount).toBeGreaterThanOrEqual(3);
    const editor = await EditorPage.open(session.context(), session.web(), fileName);
    const { page } = editor;

    // The status bar counts the pages while writing.
    await expect.poll(() => editor.statusBar.getByTestId('page-count').textContent()).toBe(String(pageCount));
    await expect(editor.statusBar.textContent()).resolves.toMatch(new RegExp(`共 ${pageCount} 页，约 \\d+ 分钟`));

    await page.getByRole('button', { name: '分页预览', exact: true }).click();
    const view = page.locator('[data-page-view]');
    await view.waitFor();
    await expect(editor.editor.isVisible()).resolves.toBe(false);
    const pages = view.locator('.pv-page');
    await expect.poll(() => pages.count()).toBe(pageCount);
    await expect(view.getByTestId('page-view-count').textContent()).resolves.toBe(`共 ${pageCount} 页`);
    // A4 at true proportion, and “— N —” at each foot.
    const box = (await pages.first().boundingBox())!;
    expect(box.height / box.width).toBeCloseTo(297 / 210, 2);
    await expect(pages.nth(1).locator('.pv-page-number').textContent()).resolves.toBe('— 2 —');
    await expect(pages.first().locator('.pv-kind-title').textContent()).resolves.toContain('学习“千万工程”经验研讨发言');
    await expect(pages.first().locator('.pv-kind-author-line').textContent()).resolves.toContain('张三');
    // Every paragraph is drawn on the page the pagination module puts it on, each page at most 22 lines.
    const drawnStarts = await view.locator('.pv-paragraph[data-block]').evaluateAll((nodes) => {
      const starts: Record<string, number> = {};
      for (const node of nodes) {
        const block = node.getAttribute('data-block')!;
        if (!(block in starts)) starts[block] = Number(node.closest('.pv-page')!.getAttribute('data-page'));
      }
      return starts;
    });
    expect(drawnStarts).toEqual(Object.fromEntries([...blockStartPages(expected)].map(([block, p]) => [String(block), p])));
    for (let i = 0; i < pageCount; i++) expect(await pages.nth(i).locator('.pv-line').count()).toBeLessThanOrEqual(22);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'page-view-1366.png') });

    // A click on a paragraph of the last page (here one begun on the page before) returns to the editor with the cursor at that paragraph's start.
    const lastPage = pages.nth(pageCount - 1);
    const target = lastPage.locator('.pv-kind-body[data-block]').first();
    const block = Number(await target.getAttribute('data-block'));
    await target.click();
    await editor.editor.waitFor({ state: 'visible' });
    await expect(view.count()).resolves.toBe(0);
    await editor.type('★');
    const edited = await editor.editor.locator(':scope > [data-slate-node="element"]').nth(block).textContent();
    expect(edited).toContain(`★${blockText(draft.children[block]!).slice(0, 10)}`);

    // Ctrl+P opens the page view and prints it; the print stylesheet shows the A4 pages and nothing else.
    await page.evaluate(() => {
      const counted = window as unknown as { printed: number };
      counted.printed = 0;
      window.print = () => {
        counted.printed++;
      };
    });
    await page.keyboard.press('Control+p');
    await view.waitFor();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner').isVisible()).resolves.toBe(false);
    await expect(editor.statusBar.isVisible()).resolves.toBe(false);
    await expect(pages.first().isVisible()).resolves.toBe(true);
    const pdf = path.join(TEST_OUTPUT, 'page-view-print.pdf');
    await writeFile(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const { stdout: info } = await run('pdfinfo', [pdf]);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(pageCount);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const { stdout: firstPage } = await run('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', pdf, '-']);
    expect(firstPage.replace(/\s/g, '')).toContain('学习“千万工程”经验研讨发言');
    expect(firstPage).not.toContain('分页预览');
    await page.emulateMedia({ media: 'screen' });
    expect(editor.problems).toEqual([]);
  });
});
