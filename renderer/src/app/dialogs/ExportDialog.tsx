import { useState } from 'react';
import type { FontProfile, QuoteSourcePlacement } from '../../../../core/export/options.js';
import type { ExportSettings } from '../export-settings.js';
import { Modal } from './Modal.js';

const FONT_CHOICES: readonly { value: FontProfile; label: string; hint: string }[] = [
  { value: 'gb2312', label: '方正/GB2312 字体', hint: '仿宋_GB2312、楷体_GB2312、方正小标宋简体。机关电脑通常已安装，符合公文格式标准。' },
  { value: 'windows', label: 'Windows 常用字体', hint: '仿宋、楷体、黑体、宋体。适合没有安装 GB2312 字体的电脑。' },
];

const QUOTE_SOURCE_CHOICES: readonly { value: QuoteSourcePlacement; label: string; hint: string }[] = [
  { value: 'none', label: '不标注', hint: '发言稿照念即可，不印出处（默认）。' },
  { value: 'footnotes', label: '脚注', hint: '每条引文后加脚注，页下注明出处。' },
  { value: 'endnote-list', label: '文末列出', hint: '正文之后附“引文出处”清单。' },
];

/** 导出 Word: which fonts, whether to print the 作者/单位 line, where quotation sources go. Starts from the last choice. */
export function ExportDialog({ initial, onAnswer }: { initial: ExportSettings; onAnswer(settings: ExportSettings | null): void }) {
  const [fonts, setFonts] = useState<FontProfile>(initial.fonts);
  const [printAuthorLine, setPrintAuthorLine] = useState(initial.printAuthorLine);
  const [quoteSources, setQuoteSources] = useState<QuoteSourcePlacement>(initial.quoteSources ?? 'none');
  const quoteHint = QUOTE_SOURCE_CHOICES.find((choice) => choice.value === quoteSources)?.hint;
  return (
    <Modal title="导出 Word" onDismiss={() => onAnswer(null)} className="narrow">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onAnswer({ fonts, printAuthorLine, ...(quoteSources === 'none' ? {} : { quoteSources }) });
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
          <fieldset className="choice-group segmented-group">
            <legend>引文出处</legend>
            <div className="segmented">
              {QUOTE_SOURCE_CHOICES.map((choice) => (
                <label key={choice.value} className={`segment${quoteSources === choice.value ? ' selected' : ''}`}>
                  <input type="radio" name="quoteSources" value={choice.value} checked={quoteSources === choice.value} onChange={() => setQuoteSources(choice.value)} />
                  <span>{choice.label}</span>
                </label>
              ))}
            </div>
            <p className="field-hint">{quoteHint}</p>
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
