import { memo, useEffect, useState } from 'react';
import { Editor, Transforms } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import type { Block } from '../../../../core/model/schema.js';
import type { Template } from '../../../../core/templates/schema.js';
import { useChecks, useChecksStore } from '../checks/checks-context.js';
import { ChecksTab } from '../checks/ChecksTab.js';
import { isBlock, selectedBlockIndex } from '../model/blocks.js';
import { adviceFor } from '../model/section-info.js';
import type { QuoteDraftFields } from '../quotes/quote-logic.js';
import { QuotesTab } from '../quotes/QuotesTab.js';
import './panes.css';

/** Tabs of the right-hand panel. */
const TABS = [
  { id: 'guidance', name: '写作要点' },
  { id: 'quotes', name: '金句' },
  { id: 'checks', name: '体检' },
] as const;
type TabId = (typeof TABS)[number]['id'];

interface SidePanelProps {
  template: Template | null;
  /** draft.meta.theme, for the 金句 tab's suggestions. */
  draftTheme: string;
}

export const SidePanel = memo(function SidePanel({ template, draftTheme }: SidePanelProps) {
  const [tab, setTab] = useState<TabId>('guidance');
  // The 添加金句 form's fields while it is open; kept here so another tab can open it pre-filled.
  const [addQuote, setAddQuote] = useState<QuoteDraftFields | null>(null);
  const checks = useChecksStore();
  // The pre-export summary's 去修改 shows the 体检 tab.
  useEffect(() => checks.onReveal(() => setTab('checks')), [checks]);
  const addToLibrary = (fields: QuoteDraftFields): void => {
    setAddQuote(fields);
    setTab('quotes');
  };
  return (
    <aside className="dw-side" aria-label="辅助面板">
      <div className="dw-tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" id={`dw-tab-${t.id}`} aria-selected={tab === t.id} aria-controls={`dw-tabpanel-${t.id}`} className="dw-tab" onClick={() => setTab(t.id)}>
            {t.name}
            {t.id === 'checks' && <FindingCount />}
          </button>
        ))}
      </div>
      <div className="dw-tabpanel" role="tabpanel" id={`dw-tabpanel-${tab}`} aria-labelledby={`dw-tab-${tab}`}>
        {tab === 'guidance' && <GuidanceTab template={template} />}
        {tab === 'quotes' && <QuotesTab draftTheme={draftTheme} addRequest={addQuote} onAddRequest={setAddQuote} />}
        {tab === 'checks' && <ChecksTab onAddQuote={addToLibrary} />}
      </div>
    </aside>
  );
});

/** How many findings the 体检 tab lists (decoration: the tab's name stays 体检). */
function FindingCount() {
  const { findings } = useChecks();
  if (findings.length === 0) return null;
  return (
    <span className="dw-tab-count" aria-hidden="true">
      {findings.length}
    </span>
  );
}

/** The block kind and section at the cursor, as a key that changes only when they do (not on every keystroke). */
function cursorBlockKey(editor: Editor): string {
  const index = selectedBlockIndex(editor);
  const block = index === undefined ? undefined : editor.children[index];
  if (!isBlock(block)) return '';
  return JSON.stringify([block.type, 'section' in block ? (block.section ?? '') : '', block.type === 'heading' ? block.level : 0]);
}

function blockFromKey(key: string): Block | undefined {
  if (!key) return undefined;
  const [type, section, level] = JSON.parse(key) as [Block['type'], string, number];
  return { type, section: section || undefined, level, children: [{ text: '' }] } as Block;
}

function GuidanceTab({ template }: { template: Template | null }) {
  const editor = useSlateStatic();
  const key = useSlateSelector(cursorBlockKey);
  const advice = adviceFor(template, blockFromKey(key));
  if (!template) {
    return (
      <div className="dw-guidance">
        <p className="dw-guidance-text">这是一份自由稿件，没有模板的写作要点。</p>
        <p className="dw-guidance-text">可用上方工具栏把段落设为标题或分点，编号（一是、一、（一）等）由稿匠自动生成并随调整更新。</p>
      </div>
    );
  }
  if (!advice) return <p className="dw-pane-empty">把光标放在正文的某一部分，这里会显示该部分的写作要点和常用句式。</p>;
  const insert = (starter: string) => {
    if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
    Editor.insertText(editor, starter);
    ReactEditor.focus(editor);
  };
  return (
    <div className="dw-guidance">
      <h3 className="dw-guidance-name">
        {advice.name}
        {advice.target !== undefined && <span className="dw-guidance-target">约 {advice.target} 字</span>}
      </h3>
      <p className="dw-guidance-text">{advice.guidance}</p>
      {advice.starters.length > 0 && (
        <>
          <h4 className="dw-starters-title">{advice.startersTitle} · 点击插入到光标处</h4>
          <ul className="dw-starters">
            {advice.starters.map((starter) => (
              <li key={starter}>
                <button type="button" className="dw-starter" onMouseDown={(event) => event.preventDefault()} onClick={() => insert(starter)}>
                  {starter}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
