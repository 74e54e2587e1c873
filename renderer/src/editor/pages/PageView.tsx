import { memo, useEffect, type JSX } from 'react';
import type { FontProfile } from '../../../../core/export/options.js';
import { LINE_PITCH, PAGE_MARGINS } from '../../../../core/export/page-layout.js';
import type { PaginatedDraft, PrintedParagraph, Span } from '../../../../core/pages/paginate.js';
import { usePages } from './pages-context.js';
import './page-view.css';

/**
 * 分页预览: the draft as the exported .docx prints — A4 at true proportion,
 * the GB/T 9704 margins, 22 lines a page each one grid pitch high, the
 * lines broken where core/pages (which models LibreOffice) breaks them, the
 * export profile's fonts (with local fallbacks), “— N —” at the foot, odd
 * pages right and even pages left. A click on a paragraph asks to jump to it
 * in the editor.
 */
export interface PageViewProps {
  fonts: FontProfile;
  /** A line about the last print or PDF export ('' for none). */
  message: string;
  /** Called once the pages are first drawn (a waiting 打印 runs then). */
  onShown(): void;
  onJump(blockIndex: number): void;
  onPrint(): void;
  onExportPdf(): void;
  onClose(): void;
}

const twipsToPt = (twips: number): string => `${twips / 20}pt`;

function SpanText({ span }: { span: Span }): JSX.Element {
  return (
    <span className={`pv-look-${span.look}${span.bold ? ' pv-bold' : ''}`}>{span.text}</span>
  );
}

function Line({ paragraph, line, last }: { paragraph: PrintedParagraph; line: number; last: boolean }): JSX.Element {
  const spans = paragraph.lines[line] ?? [];
  const first = line === 0;
  const justified = paragraph.align === 'justify' && !last;
  return (
    <div
      className={`pv-line pv-align-${justified ? 'justify' : paragraph.align === 'justify' ? 'left' : paragraph.align}`}
      style={{
        paddingLeft: first && paragraph.firstLineIndent ? twipsToPt(paragraph.firstLineIndent) : undefined,
        paddingRight: paragraph.rightIndent ? twipsToPt(paragraph.rightIndent) : undefined,
      }}
    >
      {spans.map((span, i) => (
        <SpanText key={i} span={span} />
      ))}
    </div>
  );
}

const Page = memo(function Page({ paginated, index, onJump }: { paginated: PaginatedDraft; index: number; onJump(block: number): void }) {
  const number = index + 1;
  const fragments = paginated.pages[index] ?? [];
  return (
    <article className="pv-page" aria-label={`第 ${number} 页`} data-page={number}>
      <div className="pv-type-area">
        {fragments.map((fragment) => {
          const paragraph = paginated.paragraphs[fragment.paragraph]!;
          const lines = [];
          for (let line = fragment.from; line < fragment.to; line++) {
            lines.push(<Line key={line} paragraph={paragraph} line={line} last={line === paragraph.lines.length - 1} />);
          }
          return (
            <div
              key={`${fragment.paragraph}-${fragment.from}`}
              className={`pv-paragraph pv-kind-${paragraph.kind}${paragraph.level ? ` pv-level-${paragraph.level}` : ''}`}
              data-block={paragraph.block >= 0 ? paragraph.block : undefined}
              onClick={paragraph.block >= 0 ? () => onJump(paragraph.block) : undefined}
              title={paragraph.block >= 0 ? '单击在编辑区中定位到这一段' : undefined}
            >
              {lines}
            </div>
          );
        })}
      </div>
      <div className={`pv-page-number ${number % 2 === 1 ? 'pv-odd' : 'pv-even'}`}>— {number} —</div>
    </article>
  );
});

export function PageView({ fonts, message, onShown, onJump, onPrint, onExportPdf, onClose }: PageViewProps): JSX.Element {
  const paginated = usePages();
  const count = paginated.pages.length;
  useEffect(() => onShown(), [onShown]);
  return (
    <div className="pv" data-page-view="" data-fonts={fonts}>
      <div className="pv-toolbar" role="toolbar" aria-label="分页预览">
        <span className="pv-count" data-testid="page-view-count">
          共 {count} 页
        </span>
        <span className="pv-hint" role="status">{message || '按导出的 Word 版式（A4，每页 22 行、每行 28 字）分页；单击段落回到编辑区'}</span>
        <button type="button" className="button" onClick={onPrint} title="打印（Ctrl+P）">
          打印
        </button>
        <button type="button" className="button" onClick={onExportPdf}>
          导出 PDF
        </button>
        <button type="button" className="button primary" onClick={onClose}>
          返回编辑
        </button>
      </div>
      <div className="pv-scroll">
        <div
          className="pv-pages"
          style={{
            ['--pv-pitch' as string]: twipsToPt(LINE_PITCH),
            ['--pv-top' as string]: twipsToPt(PAGE_MARGINS.top),
            ['--pv-left' as string]: twipsToPt(PAGE_MARGINS.left),
            ['--pv-right' as string]: twipsToPt(PAGE_MARGINS.right),
          }}
        >
          {paginated.pages.map((_, index) => (
            <Page key={index} paginated={paginated} index={index} onJump={onJump} />
          ))}
        </div>
      </div>
    </div>
  );
}

export default PageView;
