import { describe, expect, it } from 'vitest';
import { importDocument } from '../../core/import/import-document.js';
import { checkMaterialName, materialKind } from '../../core/import/material-kind.js';
import { articleSummary, detailsText, generalNotes, segmentsOf, sourceRows, structureRows, summaryText } from '../../renderer/src/app/import/import-preview.js';
import { readCorpus } from '../support/corpus.js';

const junkPage = ['学习心得', '首页 | 登录 | 注册', '一是提高认识。认识是前提。', '二是加强学习。学习是基础。', '版权所有 © 某某网 2024'].join('\n');

describe('the 导入 preview model', () => {
  it('marks removed junk and lines to review on the source as read, numbered like the notes', async () => {
    const result = await importDocument({ kind: 'paste', text: junkPage });
    const rows = sourceRows(result.sourceLines, result.notes);
    expect(rows.map((row) => row.text)).toEqual(junkPage.split('\n'));
    expect(rows.filter((row) => row.status === 'removed').map((row) => row.line)).toEqual([2, 5]);
    expect(rows.find((row) => row.line === 3)).toMatchObject({ status: 'kept' });
    expect(rows.find((row) => row.line === 5)?.message).toBeTruthy();
  });

  it('a removed line outranks a review note on the same line', () => {
    const rows = sourceRows(
      [{ line: 1, text: '甲' }],
      [
        { kind: 'review', line: 1, message: '请核对' },
        { kind: 'removed', line: 1, message: '版权声明' },
        { kind: 'info', message: '原文是繁体字，已转换为简体。' },
      ],
    );
    expect(rows).toEqual([{ line: 1, text: '甲', status: 'removed', message: '版权声明' }]);
  });

  it('strikes junk removed from inside a line where it stands, and keeps the line', async () => {
    const page = ['学习心得', '我们召开民主生活会(huì)，发(fā)言要实。##paidbegin##', '二是加强学习。学习是基础。'].join('\n');
    const result = await importDocument({ kind: 'paste', text: page });
    const row = sourceRows(result.sourceLines, result.notes).find((r) => r.line === 2)!;
    expect(row.status).toBe('kept');
    expect(row.struck?.filter((s) => s.removed).map((s) => s.text)).toEqual(['(huì)', '(fā)', '##paidbegin##']);
    expect(row.struck?.map((s) => s.text).join('')).toBe(row.text);
    expect(row.message).toMatch(/拼音|付费/);
  });

  it('names the details read off a byline (author, date, source) for the structure pane', async () => {
    const result = await importDocument({ kind: 'paste', text: ['学习心得体会', '作者:徐浩然;来源:《浙江日报》', '一是提高认识。认识是前提，要学深悟透。', '二是加强学习。学习是基础，要持之以恒。'].join('\n') });
    expect(detailsText(result.drafts[0]!.meta)).toBe('作者：徐浩然 · 来源：浙江日报');
    expect(detailsText({ ...result.drafts[0]!.meta, author: '', source: undefined })).toBe('');
  });

  it('marks a repeated piece at each of its places, once each', () => {
    expect(segmentsOf('发(fā)言，发(fā)展', ['(fā)', '(fā)'])).toEqual([
      { text: '发', removed: false },
      { text: '(fā)', removed: true },
      { text: '言，发', removed: false },
      { text: '(fā)', removed: true },
      { text: '展', removed: false },
    ]);
  });

  it('shows the recognised structure with derived labels and lead clauses', async () => {
    const result = await importDocument({ kind: 'text', text: readCorpus('speeches-excerpts.txt') }, { fallbackTitle: '发言摘编' });
    const rows = structureRows(result.drafts[0]!);
    expect(rows[0]).toMatchObject({ kind: 'title', text: '发言摘编' });
    expect(rows.filter((row) => row.kind === 'heading').map((row) => row.label)).toEqual(['一、', '二、', '三、']);
    const points = rows.filter((row) => row.kind === 'point');
    expect(points.map((row) => row.label)).toEqual(['一是', '二是', '三是', '一是', '二是', '三是']);
    expect(points[3]).toMatchObject({ lead: '完善工作机制。' });
    expect(points[3]!.text).toMatch(/^聚焦/);
    expect(summaryText(articleSummary(result.drafts[0]!, 'x'))).toMatch(/^3 个标题 · 6 个分点 · [\d,]+ 字$/);
  });

  it('a compilation gives one summary per article; whole-import notes are listed apart', async () => {
    const result = await importDocument({ kind: 'text', text: readCorpus('compilation-two-articles.txt') });
    const titles = result.drafts.map((draft) => articleSummary(draft, '').title);
    expect(titles).toEqual(['学习“千万工程”研讨发言材料', '学习“浦江经验”研讨发言材料']);
    expect(generalNotes(result.notes)).toContain('识别出 2 篇文章，已分为 2 份稿件。');
  });

  it('the source pane shows traditional text as read, the structure the converted text', async () => {
    const result = await importDocument({ kind: 'text', text: readCorpus('news-summary-traditional.txt') });
    expect(result.sourceLines[0]!.text).toBe(readCorpus('news-summary-traditional.txt').split('\n')[0]!.trim());
    expect(structureRows(result.drafts[0]!)[0]!.text).toBe('以先行者之姿 书写高质量答卷');
  });
});

describe('which files the 导入 dialog takes', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('by extension, and by content when the extension says nothing', () => {
    expect(materialKind('a.docx', bytes('x'), () => 'x')).toBe('docx');
    expect(materialKind('a.TXT', bytes('<html>'), () => '<html>')).toBe('text');
    expect(materialKind('page', bytes('<!DOCTYPE html>'), () => '<!DOCTYPE html>')).toBe('html');
    expect(materialKind('noname', new Uint8Array([0x50, 0x4b, 3, 4]), () => '')).toBe('docx');
  });
  it('refuses old Word and PDF files in Chinese', () => {
    const userMessage = (name: string) => {
      try {
        checkMaterialName(name);
        return '';
      } catch (error) {
        return (error as { userMessage: string }).userMessage;
      }
    };
    expect(userMessage('旧稿.doc')).toMatch(/另存为” \.docx/);
    expect(userMessage('讲话.pdf')).toMatch(/PDF/);
    expect(() => checkMaterialName('讲话.docx')).not.toThrow();
  });
});
