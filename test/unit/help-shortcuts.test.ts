import { describe, expect, it } from 'vitest';
import { shortcutCommand } from '../../renderer/src/app/commands.js';
import { shortcutRows } from '../../renderer/src/app/help/shortcut-table.js';

/** The 帮助 page lists exactly what the key handlers do (they are asked, not copied). */
describe('帮助: shortcut table', () => {
  const rows = shortcutRows();
  const keysOf = (action: string) => rows.find((row) => row.action === action)?.keys;

  it('lists the file commands and the editing commands with every chord that does each', () => {
    expect(keysOf('保存')).toEqual(['Ctrl+S']);
    expect(keysOf('另存为')).toEqual(['Ctrl+Shift+S']);
    expect(keysOf('导出 Word')).toEqual(['Ctrl+E']);
    expect(keysOf('关闭稿件（有未保存的修改时先问是否保存）')).toEqual(['Ctrl+W']);
    expect(keysOf('打开本帮助')).toEqual(['F1']);
    expect(keysOf('打印（分页预览）')).toEqual(['Ctrl+P']);
    expect(keysOf('把当前段设为一级标题')).toEqual(['Ctrl+1']);
    expect(keysOf('把当前段设为分点')).toEqual(['Ctrl+5']);
    expect(keysOf('设为领起句（分点开头加粗的一句）')).toEqual(['Ctrl+L']);
    expect(keysOf('重做')).toEqual(['Ctrl+Y', 'Ctrl+Shift+Z']);
    expect(keysOf('当前段上移')).toEqual(['Alt+↑']);
    // Ctrl+Shift+I (developer tools) is not ours, so not listed.
    expect(rows.flatMap((row) => row.keys)).not.toContain('Ctrl+Shift+I');
  });

  it('puts the file commands first, in the top bar’s order', () => {
    expect(rows.filter((row) => row.group === '文件').map((row) => row.action)).toEqual([
      '新建稿件',
      '打开稿件',
      '导入 Word、文本或网页材料',
      '保存',
      '另存为',
      '关闭稿件（有未保存的修改时先问是否保存）',
      '导出 Word',
      '打开本帮助',
      '打印（分页预览）',
    ]);
  });

  it('F1 alone opens 帮助', () => {
    const press = { key: 'F1', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
    expect(shortcutCommand(press)).toBe('help');
    expect(shortcutCommand({ ...press, ctrlKey: true })).toBeNull();
  });
});
