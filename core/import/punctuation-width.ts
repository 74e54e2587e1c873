import { fixAllMechanical } from '../checks/fix-all.js';
import { runChecks, WRITING_CHECKS } from '../checks/registry.js';
import type { Draft } from '../model/schema.js';

/**
 * Half-width , ; : ? ! ( ) among Chinese text, and small-form marks (﹔﹐ …),
 * made full width on import. Web pages and PDFs are full of them (an
 * imported page used to open with ~170 体检 errors). What counts as wrong is
 * exactly what the 体检 checks mark (core/checks/punctuation: half-width.ts,
 * half-width-parens.ts, small-forms.ts): a mark with a Chinese neighbour, a
 * pair of parentheses around Chinese. 3,000 · 10:30 · http:// · Word,Excel
 * stay. The import applies those checks' own fixes, and only theirs.
 */
const WIDTH_CHECKS = new Set(['punct.half-width', 'punct.half-width-paren', 'punct.small-form']);
/** Every other check is switched off (CheckOptions.disabled matches by name prefix; none of them prefixes a width check). */
const OTHER_CHECKS = WRITING_CHECKS.map((check) => check.name).filter((name) => !WIDTH_CHECKS.has(name));

export interface PunctuationWidthResult {
  draft: Draft;
  /** How many marks were (or, when kept, would have been) made full width. */
  marks: number;
}

export function fullWidthPunctuation(draft: Draft, keep = false): PunctuationWidthResult {
  if (keep) return { draft, marks: runChecks(draft, { disabled: OTHER_CHECKS }).filter((finding) => finding.fixAll && finding.fix).length };
  const fixed = fixAllMechanical(draft, { disabled: OTHER_CHECKS });
  return { draft: fixed.draft, marks: fixed.fixed.length };
}
