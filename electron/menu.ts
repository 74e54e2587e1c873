import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { PLATFORM_CHANNELS, type MenuCommand } from '../core/services/bridge.js';

/** The Chinese application menu; 打开 and 导出 are handled by the page, like its toolbar buttons. */
export function installApplicationMenu(): void {
  const send = (command: MenuCommand) => () => {
    BrowserWindow.getFocusedWindow()?.webContents.send(PLATFORM_CHANNELS.menuCommand, command);
  };
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ label: '稿匠', submenu: [{ role: 'about' as const, label: '关于稿匠' }, { role: 'quit' as const, label: '退出稿匠' }] }] : []),
    {
      label: '文件',
      submenu: [
        { label: '打开…', accelerator: 'CmdOrCtrl+O', click: send('open') },
        { label: '导出 Word…', accelerator: 'CmdOrCtrl+E', click: send('export') },
        { type: 'separator' },
        { label: '退出', accelerator: 'CmdOrCtrl+Q', click: () => app.quit() },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'copy', label: '复制' },
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
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
