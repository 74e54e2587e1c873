import type { Draft } from '../model/schema.js';
import { coversVirtual, toLeafOffset, type BlockView } from './block-view.js';
import { buildCheckContext } from './context.js';
import { acceptExternalFindings } from './external.js';
import { blockFingerprint } from './leaf-edit.js';
import { lengthSummary, type LengthSummary } from './length/length-summary.js';
import { sectionLengths } from './length/section-length.js';
import { totalLength } from './length/total-length.js';
import { leadClauseEnds } from './numbering/lead-clause-end.js';
import { literalNumbers } from './numbering/literal-number.js';
import { literalSequences } from './numbering/literal-sequence.js';
import { loneItems } from './numbering/lone-item.js';
import { longShouXianGroups } from './numbering/long-shou-xian.js';
import { sequenceWords } from './numbering/sequence-words.js';
import { skippedLevels } from './numbering/skipped-level.js';
import { parallelItems } from './parallel/parallel-items.js';
import { doubledMarks } from './punctuation/doubled.js';
import { wrongDash } from './punctuation/dash.js';
import { wrongEllipsis } from './punctuation/ellipsis.js';
import { enumerationCommas } from './punctuation/enumeration-comma.js';
import { halfWidthParens } from './punctuation/half-width-parens.js';
import { halfWidthMarks } from './punctuation/half-width.js';
import { smallFormMarks } from './punctuation/small-forms.js';
import { spacesInText } from './punctuation/spaces.js';
import { unbalancedPairs } from './punctuation/unbalanced-pairs.js';
import { repeatedOpenings } from './repetition/repeated-opening.js';
import { repeatedPhrases } from './repetition/repeated-phrase.js';
import { repeatedSentences } from './repetition/repeated-sentence.js';
import { templateRules } from './template-rules/template-rules.js';
import { canonicalTerms } from './terms/canonical-terms.js';
import { quotedPairSpelling } from './terms/quoted-pair-spelling.js';
import { missingBookTitleMarks } from './titles/missing-book-title-marks.js';
import { asciiQuotes } from './punctuation/ascii-quotes.js';
import { quotedEnumeration } from './punctuation/quoted-enumeration.js';
import { deDiDe } from './words/de-di-de.js';
import { redundantWording } from './words/redundancy.js';
import { SEVERITIES, type CheckOptions, type Finding, type Fix, type RawFinding, type TextEdit, type WritingCheck } from './types.js';

/**
 * Every writing check, in the order their fixes win when two touch the same
 * text: the specific (a set phrase, a lead clause's end) before the general
 * (a comma's width), which the next round then finds settled.
 */
export const WRITING_CHECKS: readonly WritingCheck[] = [
  canonicalTerms,
  quotedPairSpelling,
  missingBookTitleMarks,
  redundantWording,
  deDiDe,
  literalNumbers,
  literalSequences,
  loneItems,
  skippedLevels,
  sequenceWords,
  leadClauseEnds,
  longShouXianGroups,
  enumerationCommas,
  quotedEnumeration,
  asciiQuotes,
  halfWidthMarks,
  halfWidthParens,
  smallFormMarks,
  wrongEllipsis,
  wrongDash,
  doubledMarks,
  spacesInText,
  unbalancedPairs,
  parallelItems,
  sectionLengths,
  totalLength,
  repeatedSentences,
  repeatedPhrases,
  repeatedOpenings,
  templateRules,
];

const EXCERPT_CONTEXT = 8;
const EXCERPT_MAX_RANGE = 24;

function excerpt(view: BlockView, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT_CONTEXT);
  const rangeEnd = Math.min(end, start + EXCERPT_MAX_RANGE);
  const to = Math.min(view.text.length, rangeEnd + EXCERPT_CONTEXT);
  return view.text.slice(from, to).replace(/\s+/g, ' ');
}

/**
 * A reader-text edit in leaf offsets, stamped with its block's fingerprint;
 * undefined if it would touch a “” the model does not hold.
 */
function toLeafEdit(views: readonly BlockView[], hashes: Map<number, string>, edit: TextEdit): TextEdit | undefined {
  const view = views[edit.block];
  if (!view || coversVirtual(view, edit.start, edit.end)) return undefined;
  if (!hashes.has(view.index)) hashes.set(view.index, blockFingerprint(view.block));
  return { ...edit, start: toLeafOffset(view, edit.start), end: toLeafOffset(view, edit.end), blockHash: hashes.get(view.index) };
}

function toLeafFix(views: readonly BlockView[], hashes: Map<number, string>, fix: Fix): Fix | undefined {
  const hashOf = (i: number): string | undefined => {
    const view = views[i];
    if (view && !hashes.has(i)) hashes.set(i, blockFingerprint(view.block));
    return hashes.get(i);
  };
  if (fix.type === 'edit') {
    const edits = fix.edits.map((edit) => toLeafEdit(views, hashes, edit));
    return edits.every((edit) => edit !== undefined) ? { type: 'edit', edits: edits as TextEdit[] } : undefined;
  }
  if (fix.type === 'convert-block') {
    const strip = fix.strip ? toLeafEdit(views, hashes, fix.strip) : undefined;
    if (fix.strip && !strip) return undefined;
    return { ...fix, ...(strip ? { strip } : {}), blockHash: hashOf(fix.block) };
  }
  if (fix.type === 'set-heading-levels') {
    return { ...fix, changes: fix.changes.map((change) => ({ ...change, blockHash: hashOf(change.block) })) };
  }
  return fix;
}

/** Reader offsets → leaf offsets, with the excerpt; a fix that cannot be expressed in the model is dropped. */
function localize(views: readonly BlockView[], hashes: Map<number, string>, raw: RawFinding): Finding {
  const view = views[raw.location.block]!;
  const { start, end } = raw.location;
  const { fix, fixAll, ...rest } = raw;
  const leafFix = fix ? toLeafFix(views, hashes, fix) : undefined;
  return {
    ...rest,
    location: { block: view.index, start: toLeafOffset(view, start), end: toLeafOffset(view, end) },
    excerpt: excerpt(view, start, end),
    ...(leafFix ? { fix: leafFix, fixAll: fixAll ?? false } : {}),
  };
}

function isDisabled(name: string, disabled: readonly string[] | undefined): boolean {
  return (disabled ?? []).some((prefix) => name === prefix || name.startsWith(prefix));
}

const severityRank = (finding: Finding): number => SEVERITIES.indexOf(finding.severity);

/** Document order; at one place, errors first. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.location.block - b.location.block ||
      a.location.start - b.location.start ||
      a.location.end - b.location.end ||
      severityRank(a) - severityRank(b) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** All checks on a draft, plus any external findings, in document order. */
export function runChecks(draft: Draft, options: CheckOptions = {}): Finding[] {
  const context = buildCheckContext(draft, options);
  const findings: Finding[] = [];
  const hashes = new Map<number, string>();
  const limit = context.findingLimit;
  const perId = new Map<string, number>();
  for (const check of WRITING_CHECKS) {
    if (isDisabled(check.name, options.disabled)) continue;
    for (const raw of check.run(context)) {
      const seen = perId.get(raw.id) ?? 0;
      if (seen >= limit || isDisabled(raw.id, options.disabled)) continue;
      perId.set(raw.id, seen + 1);
      findings.push(localize(context.views, hashes, raw));
    }
  }
  for (const finding of acceptExternalFindings(draft, options.externalFindings ?? [])) findings.push(finding);
  return sortFindings(findings);
}

/** Length and speaking time against the template, for the pre-export summary. */
export function draftLengthSummary(draft: Draft, options: Pick<CheckOptions, 'template'> = {}): LengthSummary {
  return lengthSummary(draft.children, options.template);
}
