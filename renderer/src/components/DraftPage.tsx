import { useMemo } from 'react';
import { deriveLabels } from '../../../core/model/numbering.js';
import type { Block, Draft, Inline } from '../../../core/model/schema.js';
import { InlineContent } from './InlineContent.js';

/** An empty block still takes a line, as it will in Word. */
function Content({ inlines }: { inlines: readonly Inline[] }) {
  const empty = inlines.every((inline) => !('type' in inline) && inline.text === '');
  return empty ? <br /> : <InlineContent inlines={inlines} />;
}

function startsWithLead(block: Block): boolean {
  const first = block.children[0];
  return first !== undefined && !('type' in first) && first.lead === true;
}

function BlockView({ block, label }: { block: Block; label: string }) {
  switch (block.type) {
    case 'title':
      return (
        <h1 className="block-title">
          <Content inlines={block.children} />
        </h1>
      );
    case 'author-line':
      return (
        <p className="block-author">
          <Content inlines={block.children} />
        </p>
      );
    case 'heading': {
      // Document headings start at h2: the page's h1 is the draft title.
      const Tag = (['h2', 'h3', 'h4', 'h5'] as const)[block.level - 1] ?? 'h5';
      return (
        <Tag className={`block-heading level-${block.level}`}>
          {label && <span className="label">{label}</span>}
          <Content inlines={block.children} />
        </Tag>
      );
    }
    case 'point':
      return (
        <p className="block-point">
          {/* The label reads as part of the lead clause (一是……), so it takes the lead's weight. */}
          {label && <span className={startsWithLead(block) ? 'label lead' : 'label'}>{label}</span>}
          <Content inlines={block.children} />
        </p>
      );
    case 'paragraph':
    case 'closing':
      return (
        <p className={`block-${block.type}`}>
          <Content inlines={block.children} />
        </p>
      );
    case 'signature':
      return (
        <p className="block-signature">
          <Content inlines={block.children} />
        </p>
      );
  }
}

/** The draft as a read-only page, numbering derived from position (never stored). */
export function DraftPage({ draft }: { draft: Draft }) {
  const labels = useMemo(() => deriveLabels(draft.children, draft.numbering), [draft]);
  return (
    <article className="page" aria-label="稿件正文">
      {draft.children.map((block, i) => (
        <BlockView key={i} block={block} label={labels[i] ?? ''} />
      ))}
    </article>
  );
}
