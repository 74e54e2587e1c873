import type { FontProfile } from '../../../core/export/options.js';
import { FONT_PROFILE_CHOICES, isFontProfile } from '../font-profiles.js';

interface ToolbarProps {
  fileName: string | null;
  fonts: FontProfile;
  busy: boolean;
  canExport: boolean;
  onOpen: () => void;
  onExport: () => void;
  onFontsChange: (fonts: FontProfile) => void;
}

export function Toolbar({ fileName, fonts, busy, canExport, onOpen, onExport, onFontsChange }: ToolbarProps) {
  return (
    <header className="toolbar">
      <div className="brand" aria-label="稿匠">
        <span className="brand-mark">稿</span>
        <span className="brand-name">稿匠</span>
      </div>
      <button type="button" className="button" onClick={onOpen} disabled={busy}>
        打开稿件
      </button>
      <span className="file-name" title={fileName ?? undefined}>
        {fileName ?? '未打开稿件'}
      </span>
      <div className="toolbar-end">
        <label className="font-choice">
          <span>导出字体</span>
          <select
            value={fonts}
            onChange={(event) => {
              if (isFontProfile(event.target.value)) onFontsChange(event.target.value);
            }}
          >
            {FONT_PROFILE_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button primary" onClick={onExport} disabled={!canExport || busy}>
          {busy ? '正在导出…' : '导出 Word'}
        </button>
      </div>
    </header>
  );
}
