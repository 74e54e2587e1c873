import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import type { QuoteInline } from '../../../../core/model/schema.js';
import { CLOSE_QUOTE, OPEN_QUOTE } from '../../../../core/model/text.js';
import type { FindingMark } from '../checks/finding-marks.js';

/** Bold and lead-clause text (the lead is printed bold too); a 体检 finding's text underlined. */
export function Leaf({ attributes, children, leaf }: RenderLeafProps) {
  const finding = (leaf as FindingMark).finding;
  const className = [leaf.lead ? 'dw-lead' : '', finding ? `dw-finding ${finding}` : ''].filter(Boolean).join(' ') || undefined;
  if (leaf.lead || leaf.bold) return <strong {...attributes} className={className}>{children}</strong>;
  return <span {...attributes} className={className}>{children}</span>;
}

/** Who said it and where, as a tooltip: the quotation check will want it in view. */
function quoteAttribution(quote: QuoteInline): string {
  const source = quote.source?.trim();
  const speaker = quote.speaker.trim() || '未注明';
  return source ? `引自 ${speaker}　出处：${source}` : `引自 ${speaker}`;
}

/** A quotation: the model holds the words, the “” are drawn here (and by the exporter). */
export function QuoteElement({ attributes, children, element }: Omit<RenderElementProps, 'element'> & { element: QuoteInline }) {
  return (
    <span {...attributes} className="dw-quote" title={quoteAttribution(element)}>
      <span contentEditable={false} className="dw-quote-mark">
        {OPEN_QUOTE}
      </span>
      {children}
      <span contentEditable={false} className="dw-quote-mark">
        {CLOSE_QUOTE}
      </span>
    </span>
  );
}
