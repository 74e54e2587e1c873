import { memo, useDeferredValue, useMemo, useState, type DragEvent } from 'react';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import type { Template } from '../../../../core/templates/schema.js';
import { selectedBlockIndex } from '../model/blocks.js';
import { moveUnitTo } from '../model/move.js';
import { buildOutline, type OutlineEntry } from '../model/outline.js';
import { useAnalysis } from './analysis-context.js';
import { jumpToBlock, revealBlock } from './reveal.js';
import './panes.css';

const DRAG_TYPE = 'application/x-gaojiang-outline';

/**
 * 提纲: the sections (or headings and points) in draft order with their
 * counts against the template's targets. Click to jump; drag to reorder,
 * using the same moves as Alt+↑/↓.
 */
export const OutlinePane = memo(function OutlinePane({ template }: { template: Template | null }) {
  const editor = useSlateStatic();
  // Typing stays ahead of the outline: it may lag a frame behind.
  const analysis = useDeferredValue(useAnalysis());
  const entries = useMemo(() => buildOutline(analysis, template), [analysis, template]);
  const cursorIndex = useSlateSelector((e) => selectedBlockIndex(e) ?? -1);
  const current = currentEntry(entries, cursorIndex);
  const [dragging, setDragging] = useState<OutlineEntry | null>(null);
  const [over, setOver] = useState<string | null>(null);

  const drop = (target: OutlineEntry) => (event: DragEvent) => {
    event.preventDefault();
    setOver(null);
    if (!dragging || dragging.blockIndex === undefined || target.blockIndex === undefined) return;
    const moved = moveUnitTo(editor, dragging.blockIndex, target.blockIndex, dragging.moveKind);
    if (moved !== undefined) revealBlock(editor, moved);
  };

  return (
    <nav className="dw-outline" aria-label="提纲">
      <h2 className="dw-pane-title">提纲</h2>
      {entries.length === 0 && <p className="dw-pane-empty">设置标题或分点后，这里会列出提纲。</p>}
      <ol className="dw-outline-list">
        {entries.map((entry) => (
          <li
            key={entry.key}
            className={['dw-outline-item', `depth-${Math.min(entry.depth, 3)}`, entry === current ? 'current' : '', over === entry.key ? 'drop-target' : '']
              .filter(Boolean)
              .join(' ')}
            draggable={entry.blockIndex !== undefined}
            onDragStart={(event) => {
              event.dataTransfer.setData(DRAG_TYPE, entry.key);
              event.dataTransfer.effectAllowed = 'move';
              setDragging(entry);
            }}
            onDragEnd={() => {
              setDragging(null);
              setOver(null);
            }}
            onDragOver={(event) => {
              if (!dragging || dragging.moveKind !== entry.moveKind || dragging === entry) return;
              event.preventDefault();
              setOver(entry.key);
            }}
            onDragLeave={() => setOver((key) => (key === entry.key ? null : key))}
            onDrop={drop(entry)}
          >
            <button
              type="button"
              className="dw-outline-jump"
              title={entry.guidance || undefined}
              disabled={entry.blockIndex === undefined}
              onClick={() => entry.blockIndex !== undefined && jumpToBlock(editor, entry.blockIndex)}
            >
              <span className="dw-outline-name">
                {entry.label && <span className="dw-outline-label">{entry.label}</span>}
                {entry.title}
              </span>
              <Progress chars={entry.chars} target={entry.target} />
            </button>
          </li>
        ))}
      </ol>
      <p className="dw-outline-tip">拖动可调整顺序，也可在正文中按 Alt+↑/↓。</p>
    </nav>
  );
});

function Progress({ chars, target }: { chars: number; target: number | undefined }) {
  if (!target) return <span className="dw-outline-count">{chars} 字</span>;
  const ratio = chars / target;
  const state = ratio > 1.3 ? 'over' : ratio >= 0.8 ? 'done' : '';
  return (
    <span className="dw-outline-progress">
      <span className="dw-outline-count">
        {chars}/{target} 字
      </span>
      <span className={`dw-bar ${state}`} aria-hidden="true">
        <span style={{ width: `${Math.min(100, Math.round(ratio * 100))}%` }} />
      </span>
    </span>
  );
}

/** The deepest entry at or before the cursor's block. */
function currentEntry(entries: readonly OutlineEntry[], index: number): OutlineEntry | undefined {
  let best: OutlineEntry | undefined;
  for (const entry of entries) {
    if (entry.blockIndex === undefined || entry.blockIndex > index) continue;
    if (!best || entry.blockIndex >= best.blockIndex!) best = entry;
  }
  return best;
}
