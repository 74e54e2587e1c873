import { useState } from 'react';
import type { FontProfile } from '../../../../core/export/options.js';
import type { ExportSettings } from '../export-settings.js';
import { Modal } from './Modal.js';

const FONT_CHOICES: readonly { value: FontProfile; label: string; hint: string }[] = [
  { value: 'gb2312', label: '方正/GB2312 字体', hint: '仿宋_GB2312、楷体_GB2312、方正小标宋简体。机关电脑通常已安装，符合公文格式标准。' },
  { value: 'windows', label: 'Windows 常用字体', hint: '仿宋、楷体、黑体、宋体。适合没有安装 GB2312 字体的电脑。' },
];

/** 导出 Word: which fonts, and whether to print the 作者/单位 line. Starts from the last choice. */
export function ExportDialog({ initial, onAnswer }: { initial: ExportSettings; onAnswer(settings: ExportSettings | null): void }) {
  const [fonts, setFonts] = useState<FontProfile>(initial.fonts);
  const [printAuthorLine, setPrintAuthorLine] = useState(initial.printAuthorLine);
  return (
    <Modal title="导出 Word" onDismiss={() => onAnswer(null)} className="narrow">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onAnswer({ fonts, printAuthorLine });
        }}
      >
        <div className="modal-body">
          <fieldset className="choice-group">
            <legend>字体</legend>
            {FONT_CHOICES.map((choice) => (
              <label key={choice.value} className={`choice${fonts === choice.value ? ' selected' : ''}`}>
                <input
                  type="radio"
                  name="fonts"
                  value={choice.value}
                  checked={fonts === choice.value}
                  onChange={() => setFonts(choice.value)}
                  {...(fonts === choice.value ? { 'data-autofocus': true } : {})}
                />
                <span>
                  <span className="choice-label">{choice.label}</span>
                  <span className="choice-hint">{choice.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <label className="check">
            <input type="checkbox" checked={printAuthorLine} onChange={(event) => setPrintAuthorLine(event.target.checked)} />
            <span>打印作者单位行（标题下的单位、姓名）</span>
          </label>
          <p className="field-hint">A4 纸，GB/T 9704 版式：每页 22 行、每行 28 字，页码“— 1 —”。</p>
        </div>
        <footer className="modal-footer">
          <span className="spacer" />
          <button type="button" className="button" onClick={() => onAnswer(null)}>
            取消
          </button>
          <button type="submit" className="button primary">
            导出
          </button>
        </footer>
      </form>
    </Modal>
  );
}
