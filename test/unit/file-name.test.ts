import { describe, expect, it } from 'vitest';
import { exportFileName, sanitizeFileName } from '../../core/file-name.js';

describe('export file names', () => {
  it('uses the title and adds .docx once', () => {
    expect(exportFileName('深入学习“千万工程”经验 推动乡村全面振兴')).toBe('深入学习“千万工程”经验 推动乡村全面振兴.docx');
    expect(exportFileName('体会.docx')).toBe('体会.docx');
  });

  it('removes what file systems refuse', () => {
    expect(sanitizeFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j');
    expect(sanitizeFileName('标题。。. . ')).toBe('标题。。');
    expect(sanitizeFileName('line\nbreak\u0000')).toBe('line break');
    expect([...sanitizeFileName('长'.repeat(500))]).toHaveLength(120);
  });

  it('falls back to 稿件 for empty and reserved names', () => {
    expect(exportFileName('')).toBe('稿件.docx');
    expect(exportFileName('   ')).toBe('稿件.docx');
    expect(exportFileName('CON')).toBe('稿件.docx');
    expect(exportFileName('...')).toBe('稿件.docx');
  });
});
