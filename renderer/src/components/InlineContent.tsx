import type { Inline, QuoteInline, TextLeaf } from '../../../core/model/schema.js';
import { CLOSE_QUOTE, OPEN_QUOTE } from '../../../core/model/text.js';

function Leaf({ leaf }: { leaf: TextLeaf }) {
  if (leaf.lead) return <strong className="lead">{leaf.text}</strong>;
  if (leaf.bold) return <strong>{leaf.text}</strong>;
  return <>{leaf.text}</>;
}

/** Who said it and where, shown as a tooltip: the quotation check will want it in view. */
export function quoteAttribution(quote: QuoteInline): string {
  const source = quote.source?.trim();
  return source ? `引自 ${quote.speaker}　出处：${source}` : `引自 ${quote.speaker}`;
}

function Quote({ quote }: { quote: QuoteInline }) {
  return (
    <span className="quote" title={quoteAttribution(quote)}>
      {OPEN_QUOTE}
      {quote.children.map((leaf, i) => (
        <Leaf key={i} leaf={leaf} />
      ))}
      {CLOSE_QUOTE}
    </span>
  );
}

export function InlineContent({ inlines }: { inlines: readonly Inline[] }) {
  return (
    <>
      {inlines.map((inline, i) => ('type' in inline ? <Quote key={i} quote={inline} /> : <Leaf key={i} leaf={inline} />))}
    </>
  );
}
