import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDraftToDocx } from '../../core/export/docx.js';
import { createDraft } from '../../core/model/create.js';
import type { Block } from '../../core/model/schema.js';
import { variedArticles } from '../fixtures/collect-drafts.js';
import { AppPage } from '../support/app-page.js';
import { readCorpus } from '../support/corpus.js';
import { docxParagraphTexts } from '../support/docx-text.js';
import { TEST_OUTPUT, useEditorSession } from '../support/editor-session.js';
import { OrganizerPage } from '../support/organizer-page.js';

const THEME = '主题教育专题研讨发言';
const ROSTER = '\uFEFF姓名,单位,联系方式\r\n张三,办公室,13800000001\r\n李四,财务科,\r\n王五,办公室,\r\n赵六,人事科,\r\n钱七,后勤中心,\r\n';

const session = useEditorSession();

const text = (name: string, content: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(content, 'utf8') });

/** A member's Word file as 稿匠 exports it, the body from the corpus-built fixtures. */
async function wordSubmission(name: string, title: string, author: string, unit: string) {
  const body = variedArticles(1, title.length)[0]!.children.filter((block: Block) => block.type !== 'title' && block.type !== 'author-line');
  const draft = createDraft(title, { author, unit });
  const bytes = await exportDraftToDocx({ ...draft, children: [...draft.children.slice(0, 2), ...body] });
  return { name, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(bytes) };
}

describe('the organizer’s 征集汇编', () => {
  it('collects, reminds, checks similarity and compiles a 汇编 in the chosen order', async () => {
    const app = await AppPage.open(session.context(), session.web().host.url);
    const organizer = await OrganizerPage.open(app.page);
    await organizer.createCollection(THEME, '2026-12-01', '机关党委');

    await organizer.openTab('名单');
    await organizer.upload('从 CSV 导入名单', [{ name: '名单.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER, 'utf8') }]);
    await expect.poll(() => organizer.table('名单').locator('tbody tr').count()).toBe(6); // five members and the row for adding one

    // Every roster action once: edit a member, add one with Enter, delete it through the app's own dialog.
    const roster = organizer.table('名单');
    await roster.getByRole('row').filter({ hasText: '赵六' }).getByRole('button', { name: '编辑' }).click();
    await roster.getByLabel('联系方式').first().fill('13900000004');
    await roster.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => roster.getByRole('row').filter({ hasText: '赵六' }).textContent()).toContain('13900000004');
    const adding = roster.locator('tr.adding-row');
    await adding.getByLabel('姓名').fill('孙八');
    await adding.getByLabel('单位').fill('办公室');
    await adding.getByLabel('单位').press('Enter');
    await expect.poll(() => roster.locator('tbody tr').count()).toBe(7);
    await expect.poll(() => adding.getByLabel('姓名').inputValue()).toBe('');
    await roster.getByRole('row').filter({ hasText: '孙八' }).getByRole('button', { name: '删除' }).click();
    await organizer.page.getByRole('dialog', { name: '删除人员' }).getByRole('button', { name: '删除' }).click();
    await expect.poll(() => roster.locator('tbody tr').count()).toBe(6);

    await organizer.openTab('交稿情况');
    const copied = readCorpus('speeches-excerpts.txt').split('\n').filter((line) => line.length > 80).slice(0, 3);
    await organizer.upload('选择稿件文件', [
      text('张三-研讨发言.txt', `学习浦江经验的体会\n\n${copied.join('\n')}\n`),
      await wordSubmission('专题研讨发言.docx', '在专题研讨会上的发言', '李四', '财务科'),
      await wordSubmission('王五-心得体会.docx', '以学促干的几点体会', '', ''),
      text('无署名.txt', '立足岗位做好后勤保障\n\n一、提高思想认识。后勤工作是机关运转的基础，我们要把服务保障放在心上、抓在手上。\n二、改进工作作风。坚持问题导向，聚焦群众反映的突出问题抓整改。\n'),
    ]);
    const outcomes = organizer.region.getByRole('list', { name: '导入结果' }).locator('li');
    // Four imports through the host: seconds, not one, on a busy machine.
    await expect.poll(() => outcomes.count(), { timeout: 20_000 }).toBe(4);
    await expect(outcomes.allTextContents()).resolves.toEqual([
      '张三-研讨发言.txt：已对应 张三',
      '专题研讨发言.docx：已对应 李四',
      '王五-心得体会.docx：已对应 王五',
      '无署名.txt：未对应到名单，请在下方指定',
    ]);

    // 张三 hands in a revised file: a second version, the first kept.
    await organizer.upload('选择稿件文件', [text('张三-研讨发言（修改稿）.txt', `学习浦江经验的体会\n\n${copied.join('\n')}\n结合岗位实际，我将把学习成果转化为推动工作的实际成效。\n`)]);
    await expect.poll(() => outcomes.allTextContents()).toEqual(['张三-研讨发言（修改稿）.txt：已对应 张三']);
    await organizer.table('交稿情况').getByRole('button', { name: '第 2 版' }).click();
    await expect.poll(() => organizer.region.getByRole('list', { name: '历次交稿' }).locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^第 2 版：张三-研讨发言（修改稿）\.txt/),
      expect.stringMatching(/^第 1 版：张三-研讨发言\.txt/),
    ]);
    await organizer.table('交稿情况').screenshot({ path: path.join(TEST_OUTPUT, 'organizer-history.png') });

    // The unmatched file is assigned by hand; 赵六 has not handed in.
    await organizer.region.getByLabel('无署名.txt对应的人员').selectOption({ label: '钱七（后勤中心）' });
    await expect.poll(() => organizer.table('未对应的稿件').count()).toBe(0);
    await organizer.region.getByRole('group', { name: '筛选' }).getByRole('button', { name: '未交' }).click();
    await expect.poll(() => organizer.firstColumn('交稿情况')).toEqual(['赵六']);
    await expect(organizer.region.getByLabel('交稿统计').textContent()).resolves.toContain('未交 1');
    const reminder = await organizer.region.getByLabel('催交名单').inputValue();
    expect(reminder).toContain(`“${THEME}”征集催交名单`);
    expect(reminder).toContain('尚未交稿（1 人）：\n人事科：赵六');
    await organizer.region.getByRole('button', { name: '复制催交名单' }).click();
    await organizer.page.getByText('催交名单已复制').waitFor();
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'organizer-submissions.png') });

    // 查重 against the corpus text the first submission copied from.
    await organizer.openTab('查重');
    await organizer.upload('选择范文文件', [text('speeches-excerpts.txt', readCorpus('speeches-excerpts.txt'))]);
    await organizer.region.getByLabel('参考范文').getByText('参考范文 1 篇').waitFor();
    await organizer.region.getByRole('button', { name: '开始查重' }).click();
    const results = organizer.table('查重结果');
    await results.waitFor();
    // 张三's own row (other rows may name 张三 among their closest matches).
    const zhang = results.locator('tbody tr').filter({ has: organizer.page.getByRole('button', { name: /^张三：/ }) });
    expect(parseFloat((await zhang.locator('.share').textContent()) ?? '0')).toBeGreaterThan(80);
    await expect(zhang.getAttribute('class')).resolves.toContain('exceeds');
    // Highest rate first; the passages are fetched when the pair opens.
    const shares = async () => (await results.locator('.share').allTextContents()).map((share) => parseFloat(share));
    await expect(shares()).resolves.toEqual([...(await shares())].sort((a, b) => b - a));
    await expect(results.locator('tbody tr').first().textContent()).resolves.toContain('张三');
    const sideBySide = organizer.region.getByLabel('相同片段对照');
    await expect.poll(() => sideBySide.getByLabel('本稿').locator('mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => sideBySide.getByLabel('对照文本').locator('mark').count()).toBeGreaterThan(0);
    await organizer.region.getByLabel('按单位筛选').selectOption('财务科');
    await expect.poll(() => results.locator('tbody tr').allTextContents()).toEqual([expect.stringContaining('李四')]);
    await organizer.region.getByLabel('按单位筛选').selectOption({ label: '全部单位' });
    await results.getByRole('button', { name: /重复率/ }).click();
    await expect.poll(shares).toEqual([...(await shares())].sort((a, b) => a - b));
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'organizer-similarity.png') });
    const csv = await organizer.download('导出 CSV');
    expect(csv.suggestedFilename()).toBe(`${THEME}查重报告.csv`);
    const report = await organizer.download('导出 Word 报告');
    expect(docxParagraphTexts(new Uint8Array(await readFile((await report.path())!))).join('\n')).toContain('speeches-excerpts.txt');

    // 汇编: by unit (办公室: 张三, 王五; 财务科: 李四; 后勤中心: 钱七), then 李四 moved up one.
    await organizer.openTab('汇编');
    await organizer.region.getByRole('button', { name: '按单位' }).click();
    await organizer.region.getByRole('button', { name: '上移在专题研讨会上的发言' }).click();
    const items = organizer.region.getByRole('list', { name: '汇编篇目' }).locator('.compile-title');
    const order = ['学习浦江经验的体会', '在专题研讨会上的发言', '以学促干的几点体会', '立足岗位做好后勤保障'];
    await expect.poll(() => items.allTextContents()).toEqual(order);
    await organizer.region.getByLabel('汇编标题').fill('主题教育研讨材料汇编');
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'organizer-compile.png') });
    // 汇编前检查: 赵六 has not handed in; the organizer compiles anyway.
    await organizer.region.getByRole('button', { name: /导出汇编/ }).click();
    const review = organizer.region.getByRole('region', { name: '汇编前检查' });
    await expect.poll(() => review.getByLabel('尚未交稿').textContent()).toBe('赵六（人事科）');
    const volume = await organizer.download('仍然汇编');
    expect(volume.suggestedFilename()).toBe('主题教育研讨材料汇编.docx');
    const paragraphs = docxParagraphTexts(new Uint8Array(await readFile((await volume.path())!)));
    const headings = paragraphs.flatMap((line, i) => (/^第\d+篇$/.test(line) ? [[line, paragraphs[i + 1]]] : []));
    expect(headings).toEqual(order.map((title, i) => [`第${i + 1}篇`, title]));
    expect(app.pageProblems).toEqual([]);
  }, 120_000);

  it('汇编前检查 shows what is wrong in the batch; 一键整理标点 fixes it as a new version; 去处理 leads to 查重', async () => {
    const app = await AppPage.open(session.context(), session.web().host.url);
    const organizer = await OrganizerPage.open(app.page);
    await organizer.createCollection('标点整理', '2026-12-04', '机关党委');
    await organizer.openTab('名单');
    await organizer.upload('从 CSV 导入名单', [{ name: '名单.csv', mimeType: 'text/csv', buffer: Buffer.from('姓名,单位\n张三,办公室\n李四,财务科\n王五,办公室\n', 'utf8') }]);
    await expect.poll(() => organizer.table('名单').locator('tbody tr').count()).toBe(4);
    await organizer.openTab('交稿情况');
    // A .docx 稿匠 exported re-imports exactly: the member's half-width marks reach the collection.
    const halfWidth = createDraft('学习体会', { author: '张三', unit: '办公室' });
    halfWidth.children = [...halfWidth.children.slice(0, 2), { type: 'paragraph', children: [{ text: '我们要深入学习,提高认识;做到知行合一!' }] }];
    const docx = { name: '张三.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(await exportDraftToDocx(halfWidth)) };
    const copied = readCorpus('speeches-excerpts.txt').split('\n').filter((line) => line.length > 80).slice(0, 3).join('\n');
    await organizer.upload('选择稿件文件', [docx, text('李四-体会.txt', `李四的体会\n\n${copied}\n`), text('王五-体会.txt', `王五的体会\n\n${copied}\n`)]);
    await expect.poll(() => organizer.region.getByRole('list', { name: '导入结果' }).locator('li').count(), { timeout: 20_000 }).toBe(3);

    await organizer.openTab('汇编');
    await organizer.region.getByRole('button', { name: /导出汇编/ }).click();
    const review = organizer.region.getByRole('region', { name: '汇编前检查' });
    await expect.poll(() => review.getByRole('list', { name: '重复率超标' }).locator('li').count()).toBe(2);
    await expect(review.getByRole('list', { name: '体检错误' }).textContent()).resolves.toContain('张三：学习体会');
    await expect(review.textContent()).resolves.toContain('1 篇稿件有 3 处标点可自动整理');
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'organizer-compile-review.png') });
    await review.getByRole('button', { name: '一键整理标点' }).click();
    await organizer.page.getByText(/已整理 1 篇稿件的标点，共 3 处/).waitFor();
    await expect.poll(() => review.textContent()).not.toContain('标点可自动整理');
    const volume = await organizer.download('仍然汇编');
    // Where the file went (the web host hands it to the browser's downloads; the desktop app adds 打开所在文件夹).
    await organizer.page.getByText(/^已导出汇编“标点整理材料汇编\.docx”，共 3 篇，保存在浏览器的“下载”文件夹$/).waitFor();
    const paragraphs = docxParagraphTexts(new Uint8Array(await readFile((await volume.path())!)));
    expect(paragraphs).toContain('我们要深入学习，提高认识；做到知行合一！');

    // The member's own file is kept: version 1 in the history, the cleaned text version 2.
    await organizer.openTab('交稿情况');
    await organizer.table('交稿情况').getByRole('button', { name: '第 2 版' }).click();
    await expect.poll(() => organizer.region.getByRole('list', { name: '历次交稿' }).locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^第 2 版：整理标点/),
      expect.stringMatching(/^第 1 版：张三\.docx/),
    ]);

    // 去处理 leads to 查重 when copies were found.
    await organizer.openTab('汇编');
    await organizer.region.getByRole('button', { name: /导出汇编/ }).click();
    await review.getByRole('button', { name: '去处理' }).click();
    await expect.poll(() => organizer.region.getByRole('tab', { name: '查重' }).getAttribute('aria-selected')).toBe('true');
    expect(app.pageProblems).toEqual([]);
  }, 120_000);

  it('opens a submission, edits it as a new version and sends it back with Word comments (已退回)', async () => {
    const app = await AppPage.open(session.context(), session.web().host.url);
    const organizer = await OrganizerPage.open(app.page);
    await organizer.createCollection('退回修改', '2026-12-04', '机关党委');
    await organizer.openTab('名单');
    await organizer.upload('从 CSV 导入名单', [{ name: '名单.csv', mimeType: 'text/csv', buffer: Buffer.from('姓名,单位\n张三,办公室\n', 'utf8') }]);
    await expect.poll(() => organizer.table('名单').locator('tbody tr').count()).toBe(2);
    await organizer.openTab('交稿情况');
    await organizer.upload('选择稿件文件', [text('张三-体会.txt', '学习体会\n\n我们要加强学习，提高认识。\n要把学习成果转化为推动工作的实际成效。\n')]);
    await expect.poll(() => organizer.region.getByRole('list', { name: '导入结果' }).locator('li').count(), { timeout: 20_000 }).toBe(1);

    await organizer.region.getByRole('button', { name: '打开张三的稿件' }).click();
    const editor = organizer.region.getByRole('region', { name: '查看稿件' });
    const paragraph = editor.locator('textarea').filter({ hasText: '我们要加强学习' });
    await paragraph.fill('我们要加强理论学习，提高认识。');
    await editor.getByRole('button', { name: '保存修改' }).click();
    await organizer.page.getByText('已保存为第 2 版（组织者修改），原稿保留').waitFor();

    // A note on a passage: select it in the text box, write the note.
    const body = editor.locator('textarea').filter({ hasText: '要把学习成果' });
    await body.evaluate((element: HTMLTextAreaElement) => {
      element.focus();
      element.setSelectionRange(2, 6);
    });
    await editor.getByLabel('批注内容').fill('请写明具体成果');
    await editor.getByRole('button', { name: '批注所选文字' }).click();
    await expect.poll(() => editor.getByRole('list', { name: '批注' }).textContent()).toContain('“学习成果”：请写明具体成果');
    const [returned] = await Promise.all([organizer.page.waitForEvent('download'), editor.getByRole('button', { name: '退回修改', exact: true }).click()]);
    expect(returned.suggestedFilename()).toBe('张三-学习体会（退回修改）.docx');
    const { readDocxParts } = await import('../support/docx-parts.js');
    const parts = readDocxParts(new Uint8Array(await readFile((await returned.path())!)));
    expect(parts.part('word/comments.xml')).toContain('请写明具体成果');
    expect(parts.document).toMatch(/<w:commentRangeStart w:id="0"\/>.*学习成果.*<w:commentRangeEnd w:id="0"\/>/);
    expect(docxParagraphTexts(new Uint8Array(await readFile((await returned.path())!)))).toContain('我们要加强理论学习，提高认识。');
    await expect.poll(() => organizer.region.getByLabel('张三的状态').inputValue()).toBe('已退回');

    await organizer.table('交稿情况').getByRole('button', { name: '第 2 版' }).click();
    await expect.poll(() => organizer.region.getByRole('list', { name: '历次交稿' }).locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^第 2 版：组织者修改/),
      expect.stringMatching(/^第 1 版：张三-体会\.txt/),
    ]);
    expect(app.pageProblems).toEqual([]);
  }, 120_000);

  it('shows and takes dates as 2026年12月4日, not mm/dd/yyyy', async () => {
    const app = await AppPage.open(session.context(), session.web().host.url);
    const organizer = await OrganizerPage.open(app.page);
    await organizer.region.getByRole('button', { name: '新建征集' }).click();
    const form = organizer.region.getByRole('form', { name: '新建征集' });
    await form.getByLabel('征集主题').fill('日期格式');
    await form.getByLabel('截止日期').fill('2026/12/4');
    await form.getByLabel('截止日期').blur();
    await expect(form.getByLabel('截止日期').inputValue()).resolves.toBe('2026年12月4日');
    await form.getByRole('button', { name: '创建征集' }).click();
    await organizer.region.getByRole('heading', { name: '日期格式' }).waitFor();
    await expect(organizer.region.locator('.collection-head').textContent()).resolves.toContain('截止 2026年12月4日');
    await expect(organizer.region.getByRole('list', { name: '征集列表' }).textContent()).resolves.toContain('截止 2026年12月4日');
    // The 汇编's date: today, in Chinese; a date that does not exist is refused in words.
    await organizer.openTab('汇编');
    const date = organizer.region.getByLabel('日期', { exact: true });
    await expect(date.inputValue()).resolves.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    await date.fill('2026年2月30日');
    await organizer.region.getByText('请按“2026年12月4日”的格式填写日期').waitFor();
    await organizer.openTab('设置');
    await expect(organizer.region.getByRole('form', { name: '征集设置' }).getByLabel('截止日期').inputValue()).resolves.toBe('2026年12月4日');
    await app.page.screenshot({ path: path.join(TEST_OUTPUT, 'organizer-dates.png') });
    expect(app.pageProblems).toEqual([]);
  });

  it('a draft made with 新建 while 征集汇编 is shown is shown, not left under the organizer page', async () => {
    const app = await AppPage.open(session.context(), session.web().host.url);
    const organizer = await OrganizerPage.open(app.page);
    await app.topButton('新建').click();
    await app.wizard.getByRole('button', { name: '空白稿件' }).click();
    await app.wizard.waitFor({ state: 'detached' });
    await expect.poll(() => organizer.region.count()).toBe(0);
    await expect(app.draft.isVisible()).resolves.toBe(true);

    // 导出 Word from over 征集汇编 shows the draft it exports.
    await organizer.show();
    await app.topButton('导出 Word').click();
    await app.exportDialog.or(app.checkSummaryDialog).waitFor();
    await expect.poll(() => organizer.region.count()).toBe(0);
  });
});
