import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppPage } from '../support/app-page.js';
import { useEditorSession } from '../support/editor-session.js';

/**
 * A save that fails tells the user in Chinese and loses nothing: the text
 * stays in the editor, still marked unsaved, and a save elsewhere keeps it.
 * The failure is real: a folder sits where the draft file would go.
 */
const session = useEditorSession();

describe('a failed save in Chromium against the web host', () => {
  it('shows a Chinese error and keeps the text in the editor, unsaved', async () => {
    const app = await AppPage.open(session.context(), session.web().host.url);
    await app.newDraftFromTemplate('研讨发言（三点式）', {
      theme: '学习“千万工程”经验',
      role: '交通运输执法队队员',
      unit: '某某县交通运输执法队',
      author: '张三',
      date: '2026年11月24日',
    });
    const typed = '通过深入学习，我深刻认识到必须坚持以人民为中心。';
    await app.typeInFirstEmptyParagraph(typed);
    await mkdir(path.join(session.web().workspace, '稿件', '被占用.gaojiang'), { recursive: true });

    await app.page.keyboard.press('Control+s');
    await app.answerSaveName('被占用');
    expect(await app.waitForError(/被占用\.gaojiang/)).toMatch(/[\u4e00-\u9fff]/);
    expect(await app.isDirty()).toBe(true);
    await expect(app.draft.getByText(typed).count()).resolves.toBe(1);

    // Saving under another name keeps everything that was typed.
    await app.page.keyboard.press('Control+s');
    await app.answerSaveName('另一个名字');
    await expect.poll(() => app.isDirty()).toBe(false);
    expect(await readFile(path.join(session.web().workspace, '稿件', '另一个名字.gaojiang'), 'utf8')).toContain(typed);
    expect(app.pageProblems).toEqual([]);
  });
});
