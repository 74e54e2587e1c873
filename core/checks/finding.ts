import type { BlockView } from './block-view.js';
import type { Fix, FindingKind, RawFinding, Severity } from './types.js';

/** A finding at `[start, end)` of a block's reader text. */
export function findingAt(
  view: BlockView,
  spec: { id: string; kind: FindingKind; severity: Severity; message: string; detail?: string; start: number; end: number; fix?: Fix; fixAll?: boolean },
): RawFinding {
  const { start, end, fix, fixAll, ...rest } = spec;
  return { ...rest, location: { block: view.index, start, end }, ...(fix ? { fix, fixAll: fixAll ?? false } : {}) };
}

/** A mechanical fix replacing reader-text ranges of one block. */
export function replaceFix(view: BlockView, ...ranges: { start: number; end: number; text: string }[]): Fix {
  return {
    type: 'edit',
    edits: ranges.map(({ start, end, text }) => ({ block: view.index, start, end, text, expected: view.text.slice(start, end) })),
  };
}
