import type { AppCommand } from './commands.js';
import { RecentMenu } from './RecentMenu.js';

interface TopBarProps {
  /** The open document's name, or null when none is open. */
  fileName: string | null;
  dirty: boolean;
  onCommand(command: AppCommand): void;
  onOpenRecent(path: string): void;
  /** Browsers keep Ctrl+N (new window) for themselves; only the desktop app gets it. */
  newShortcutWorks: boolean;
}

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
const key = (letter: string, shift = false): string => (isMac ? `⌘${shift ? '⇧' : ''}${letter}` : `Ctrl+${shift ? 'Shift+' : ''}${letter}`);

/** 新建 打开 最近 导入 | 保存 另存为 | the file name with its ● | 导出 Word. */
export function TopBar({ fileName, dirty, onCommand, onOpenRecent, newShortcutWorks }: TopBarProps) {
  const hasDocument = fileName !== null;
  return (
    <header className="top-bar">
      <div className="brand" aria-label="稿匠">
        <span className="brand-mark">稿</span>
        <span className="brand-name">稿匠</span>
      </div>
      <nav className="bar-group" aria-label="文件">
        <button type="button" className="bar-button" onClick={() => onCommand('new')} title={newShortcutWorks ? `新建稿件（${key('N')}）` : '新建稿件'}>
          新建
        </button>
        <button type="button" className="bar-button" onClick={() => onCommand('open')} title={`打开稿件（${key('O')}）`}>
          打开
        </button>
        <RecentMenu onOpen={onOpenRecent} />
        <button type="button" className="bar-button" onClick={() => onCommand('import')} title={`导入 Word、文本或网页材料（${key('I')}）`}>
          导入
        </button>
        <span className="bar-divider" aria-hidden="true" />
        <button type="button" className="bar-button" onClick={() => onCommand('save')} disabled={!hasDocument} title={`保存（${key('S')}）`}>
          保存
        </button>
        <button
          type="button"
          className="bar-button"
          onClick={() => onCommand('save-as')}
          disabled={!hasDocument}
          title={`另存为（${key('S', true)}）`}
        >
          另存为
        </button>
        <button type="button" className="bar-button" onClick={() => onCommand('history')} disabled={!hasDocument} title="历史版本：每次保存留下的版本，可对比、恢复">
          历史版本
        </button>
        <button
          type="button"
          className="bar-button"
          onClick={() => onCommand('close')}
          disabled={!hasDocument}
          title={newShortcutWorks ? `关闭稿件（${key('W')}）` : '关闭稿件'}
        >
          关闭
        </button>
      </nav>
      <div className="bar-file" title={fileName ?? undefined}>
        {hasDocument ? (
          <>
            {dirty && (
              <span className="dirty-mark" title="有未保存的修改" aria-label="有未保存的修改">
                ●
              </span>
            )}
            <span className="bar-file-name">{fileName}</span>
          </>
        ) : (
          <span className="bar-file-name muted">未打开稿件</span>
        )}
      </div>
      <div className="bar-end">
        <button type="button" className="bar-button" onClick={() => onCommand('help')} title="文稿结构、快捷键、文件位置与备份（F1）">
          帮助
        </button>
        <button type="button" className="bar-button" onClick={() => onCommand('organizer')} title="收稿、查重、汇编成册">
          征集汇编
        </button>
        <button type="button" className="button primary" onClick={() => onCommand('export')} disabled={!hasDocument} title={`导出 Word（${key('E')}）`}>
          导出 Word
        </button>
      </div>
    </header>
  );
}
