import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { PLATFORM_CHANNELS, type MenuCommand } from '../core/services/bridge.js';

/**
 * The Chinese application menu. File commands are carried out by the page,
 * like its top-bar buttons. Their shortcuts are shown here but not
 * registered (`registerAccelerator: false`): the page handles the keys
 * itself, the same way in Electron and in the browser, so a key press
 * cannot fire twice.
 */
export function installApplicationMenu(): void {
  const command = (label: string, accelerator: string | undefined, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => BrowserWindow.getFocusedWindow()?.webContents.send(PLATFORM_CHANNELS.menuCommand, name),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ label: '稿匠', submenu: [{ role: 'about' as const, label: '关于稿匠' }, { role: 'quit' as const, label: '退出稿匠' }] }] : []),
    {
      label: '文件',
      submenu: [
        command('新建…', 'CmdOrCtrl+N', 'new'),
        command('打开…', 'CmdOrCtrl+O', 'open'),
        command('导入 Word / 文本 / 网页…', 'CmdOrCtrl+I', 'import'),
        { type: 'separator' },
        command('保存', 'CmdOrCtrl+S', 'save'),
        command('另存为…', 'CmdOrCtrl+Shift+S', 'save-as'),
        command('历史版本…', undefined, 'history'),
        command('关闭稿件', 'CmdOrCtrl+W', 'close'),
        { type: 'separator' },
        command('导出 Word…', 'CmdOrCtrl+E', 'export'),
        { type: 'separator' },
        // Quitting closes the window, which asks about unsaved work first (unsaved-close.ts).
        { label: '退出', accelerator: 'CmdOrCtrl+Q', click: () => app.quit() },
      ],
    },
    {
      // No 撤销/重做 roles: they would run the browser's own undo, not the editor's history.
      label: '编辑',
      submenu: [
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { role: 'resetZoom', label: '实际大小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    { label: '征集', submenu: [command('征集汇编（收稿、查重、汇编）…', undefined, 'organizer')] },
    { label: '帮助', submenu: [command('稿匠帮助', 'F1', 'help')] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
