/**
 * 写作体检 — the public API for the UI (体检 tab, pre-export summary), the
 * CLI and the services:
 * - runChecks(draft, options) → Finding[] in document order;
 * - applyFixes(draft, findings) → Draft (one finding's fix: 修正; several: 全部修正 of a kind);
 * - fixAllMechanical(draft, options) → { draft, fixed, remaining } (全部修正 / --fix);
 * - summarizeFindings, draftLengthSummary for counts, 字数 and minutes;
 * - checkPlainText / fixPlainText for .txt files;
 * - acceptExternalFindings / locateQuoteElements for the quotation verifier;
 * - parseCanonicalTermRules / mergeRuleSets / builtInCanonicalTerms for 规范表述 rules.
 */
export * from './types.js';
export { runChecks, sortFindings, draftLengthSummary, WRITING_CHECKS } from './registry.js';
export { applyFixes, applyFixesWithReport, type FixReport } from './apply-fixes.js';
export { fixAllMechanical, type FixAllResult } from './fix-all.js';
export { summarizeFindings, type FindingSummary } from './summary.js';
export { checkPlainText, fixPlainText, type PlainTextCheck, type PlainTextFixResult, type PlainTextOptions } from './plain-text.js';
export { acceptExternalFindings, locateQuoteElements, type QuoteElementLocation } from './external.js';
export { FindingSchema, ExternalFindingSchema, FixSchema } from './finding-schema.js';
export { leafText } from './leaf-edit.js';
export { lengthSummary, type LengthSummary, type SectionLength } from './length/length-summary.js';
export {
  builtInCanonicalTerms,
  mergeRuleSets,
  parseCanonicalTermRules,
  CanonicalTermRuleSchema,
  CanonicalTermRuleFileSchema,
  type CanonicalTermRule,
} from './terms/rules.js';
