import { memo, useDeferredValue } from 'react';
import { useSlateSelector } from 'slate-react';
import { speakingMinutes } from '../../../../core/model/stats.js';
import { isSpoken } from '../../../../core/templates/kinds.js';
import type { Template } from '../../../../core/templates/schema.js';
import { sectionOf, selectedBlockIndex } from '../model/blocks.js';
import { useAnalysis } from './analysis-context.js';
import { usePages } from '../pages/pages-context.js';

const DEFAULT_RATE = 240;

/** Always visible: total characters as printed, the template's range, pages and speaking time, and the current section's count. */
export const StatusBar = memo(function StatusBar({ template }: { template: Template | null }) {
  const analysis = useDeferredValue(useAnalysis());
  // Re-paginated after a pause in typing (pages-store.ts), so the count never slows a keystroke.
  const pages = usePages().pages.length;
  const cursorIndex = useSlateSelector((editor) => selectedBlockIndex(editor) ?? -1);
  const rate = template?.speakingRate ?? DEFAULT_RATE;
  const range = template?.targetLength;
  const state = range && analysis.total > range.max ? 'over' : range && analysis.total >= range.min ? 'ok' : '';
  const sectionId = sectionOf(analysis.blocks[cursorIndex]);
  const section = template?.sections.find((s) => s.id === sectionId);
  return (
    <footer className="dw-status" role="region" aria-label="字数统计">
      <span className={`dw-status-total ${state}`}>
        全文 <b data-testid="total-chars">{analysis.total.toLocaleString('zh-CN')}</b> 字
      </span>
      {range && (
        <span>
          目标 {range.min.toLocaleString('zh-CN')}—{range.max.toLocaleString('zh-CN')} 字
        </span>
      )}
      <span title={`按导出的 Word 版式（A4，每页 22 行）计${!template || isSpoken(template) ? `；发言按每分钟 ${rate} 字计` : ''}`}>
        共 <b data-testid="page-count">{pages}</b> 页
        {(!template || isSpoken(template)) && <>，约 {speakingMinutes(analysis.total, rate)} 分钟</>}
      </span>
      {section && sectionId && (
        <span className="dw-status-section">
          本部分 {analysis.bySection[sectionId] ?? 0}
          {section.targetLength ? `/${section.targetLength}` : ''} 字
        </span>
      )}
    </footer>
  );
});
