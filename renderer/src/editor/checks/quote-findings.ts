import { toLeafOffset, viewBlock } from '../../../../core/checks/block-view.js';
import { blockFingerprint, leafText } from '../../../../core/checks/leaf-edit.js';
import type { Finding, Severity } from '../../../../core/checks/types.js';
import type { Block, Draft } from '../../../../core/model/schema.js';
import type { ServiceOutput } from '../../../../core/services/contract.js';

/**
 * The quotation verifier's findings (verifyDraft) as 体检 findings: a near
 * miss becomes a warning whose fix puts the library's words in; 未收录 and
 * 库中有此句（出处待核） hints; a quotation matching the library but with
 * another speaker a warning. Only a match with an 已核 wording is a ✓. The verifier counts offsets in the reader text (quote elements
 * with their “”), the checks in leaf text: converted here.
 */
export type QuoteFinding = ServiceOutput<'verifyDraft'>['findings'][number];

/** Finding-shaped data for runChecks' externalFindings (kind defaults to 引文). */
export type ExternalFinding = Omit<Finding, 'kind' | 'excerpt'>;

/** What the 体检 tab shows beside a quotation finding: the diff, the library's words, 加入金句库. */
export interface QuoteCheckDetail {
  status: QuoteFinding['status'];
  text: string;
  speaker: string;
  suggestion?: string;
  diff?: QuoteFinding['diff'];
  library?: QuoteFinding['library'];
}

export const QUOTE_FINDING_IDS = {
  nearMiss: 'quote.near-miss',
  notFound: 'quote.not-found',
  pending: 'quote.source-pending',
  speaker: 'quote.speaker-mismatch',
} as const;

/** Where a finding is, as a key: the 体检 tab finds a quotation finding's detail by it. */
export const locationKey = (location: { block: number; start: number; end: number }): string =>
  `${location.block}:${location.start}:${location.end}`;

/** A quotation that matches the library (✓): listed with its source, not a problem. */
export interface VerifiedQuote {
  location: { block: number; start: number; end: number };
  text: string;
  library: NonNullable<QuoteFinding['library']>;
  punctuationDiffers: boolean;
}

export interface QuoteCheckResult {
  external: ExternalFinding[];
  details: Map<string, QuoteCheckDetail>;
  verified: VerifiedQuote[];
}

function externalFor(found: QuoteFinding, block: Block, start: number, end: number): ExternalFinding | undefined {
  const location = { block: found.blockIndex, start, end };
  const finding = (id: string, severity: Severity, message: string): ExternalFinding => ({ id, severity, message, detail: found.message, location });
  if (found.status === 'near-miss' && found.suggestion !== undefined) {
    const text = leafText(block);
    return {
      ...finding(QUOTE_FINDING_IDS.nearMiss, 'warning', `引文与金句库有 ${found.differences ?? 1} 处字词不同，可替换为金句库原文`),
      fix: { type: 'edit', edits: [{ block: found.blockIndex, start, end, text: found.suggestion, expected: text.slice(start, end), blockHash: blockFingerprint(block) }] },
      fixAll: false,
    };
  }
  if (found.status === 'not-found') return finding(QUOTE_FINDING_IDS.notFound, 'info', '未收录：金句库中找不到这条引文，请核对原文出处');
  if ((found.status === 'ok' || found.status === 'pending') && found.speakerMismatch && found.library) {
    return finding(QUOTE_FINDING_IDS.speaker, 'warning', `讲话人与金句库不符（金句库为“${found.library.speaker || '未注明'}”）`);
  }
  if (found.status === 'pending') return finding(QUOTE_FINDING_IDS.pending, 'info', '库中有此句（出处待核）：使用前请对照原文核实');
  return undefined;
}

/** The verifier's findings on `draft` as external findings, with their details by location. */
export function quoteCheckResult(draft: Draft, findings: readonly QuoteFinding[]): QuoteCheckResult {
  const external: ExternalFinding[] = [];
  const details = new Map<string, QuoteCheckDetail>();
  const verified: VerifiedQuote[] = [];
  for (const found of findings) {
    const block = draft.children[found.blockIndex];
    if (!block) continue;
    const view = viewBlock(block, found.blockIndex);
    const start = toLeafOffset(view, found.start);
    const end = toLeafOffset(view, found.end);
    if (found.status === 'ok' && found.library) {
      verified.push({ location: { block: found.blockIndex, start, end }, text: found.text, library: found.library, punctuationDiffers: found.punctuationDiffers ?? false });
    }
    const converted = externalFor(found, block, start, end);
    if (!converted) continue;
    external.push(converted);
    details.set(locationKey(converted.location), {
      status: found.status,
      text: found.text,
      speaker: found.speaker,
      ...(found.suggestion !== undefined ? { suggestion: found.suggestion } : {}),
      ...(found.diff ? { diff: found.diff } : {}),
      ...(found.library ? { library: found.library } : {}),
    });
  }
  return { external, details, verified };
}

/**
 * Keeps the findings on blocks that are still the blocks the verifier saw
 * (same object: Slate replaces a block it edits), so typing in one paragraph
 * does not move the others' underlines while the next verification runs.
 */
export function stillCurrent(result: QuoteCheckResult, checked: readonly Block[], current: readonly Block[]): QuoteCheckResult {
  const same = (index: number): boolean => checked[index] !== undefined && checked[index] === current[index];
  const external = result.external.filter((finding) => same(finding.location.block));
  const details = new Map([...result.details].filter(([key]) => same(Number(key.split(':')[0]))));
  const verified = result.verified.filter((quote) => same(quote.location.block));
  return { external, details, verified };
}
